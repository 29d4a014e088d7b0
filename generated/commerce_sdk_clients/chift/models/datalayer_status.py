from enum import StrEnum


class DatalayerStatus(StrEnum):
    NOT_ENABLED = "not_enabled"
    READY = "ready"
    STALE = "stale"
    SYNCING = "syncing"

    def __str__(self) -> str:
        return str(self.value)
