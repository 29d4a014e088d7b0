from enum import StrEnum


class DiscountType(StrEnum):
    LOSS = "LOSS"
    OFFERED = "OFFERED"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
