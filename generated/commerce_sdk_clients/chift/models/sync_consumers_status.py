from enum import StrEnum


class SyncConsumersStatus(StrEnum):
    ALL = "all"
    ENABLED = "enabled"
    NOT_ENABLED = "not_enabled"

    def __str__(self) -> str:
        return str(self.value)
