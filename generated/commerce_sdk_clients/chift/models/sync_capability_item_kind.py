from enum import StrEnum


class SyncCapabilityItemKind(StrEnum):
    MAIN = "main"
    SUPPORTING = "supporting"

    def __str__(self) -> str:
        return str(self.value)
