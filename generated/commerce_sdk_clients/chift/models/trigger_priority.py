from enum import StrEnum


class TriggerPriority(StrEnum):
    HIGH = "HIGH"
    MEDIUM = "MEDIUM"
    NORMAL = "NORMAL"

    def __str__(self) -> str:
        return str(self.value)
