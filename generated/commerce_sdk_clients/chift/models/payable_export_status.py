from enum import StrEnum


class PayableExportStatus(StrEnum):
    EXPORTED = "exported"
    NOT_READY = "not_ready"
    TO_EXPORT = "to_export"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
