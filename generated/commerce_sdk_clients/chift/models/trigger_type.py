from enum import StrEnum


class TriggerType(StrEnum):
    EVENT = "event"
    TIMER = "timer"

    def __str__(self) -> str:
        return str(self.value)
