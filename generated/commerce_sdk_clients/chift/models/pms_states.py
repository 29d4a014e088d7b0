from enum import StrEnum


class PMSStates(StrEnum):
    CLOSED = "closed"
    CONSUMED = "consumed"

    def __str__(self) -> str:
        return str(self.value)
