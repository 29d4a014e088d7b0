from enum import StrEnum


class ImportMode(StrEnum):
    FORCE_REIMPORT = "force_reimport"
    IMPORT_ONLY_MISSING_DAYS = "IMPORT_ONLY_MISSING_DAYS"
    NORMAL = "normal"
    REIMPORT_ENTIRE_PERIOD = "REIMPORT_ENTIRE_PERIOD"

    def __str__(self) -> str:
        return str(self.value)
