from enum import StrEnum


class Mode(StrEnum):
    DELIVERY = "DELIVERY"
    EAT_IN = "EAT_IN"
    TAKEAWAY = "TAKEAWAY"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
