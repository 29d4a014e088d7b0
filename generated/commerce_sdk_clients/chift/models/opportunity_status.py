from enum import StrEnum


class OpportunityStatus(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    LOST = "lost"
    OPEN = "open"
    WON = "won"

    def __str__(self) -> str:
        return str(self.value)
