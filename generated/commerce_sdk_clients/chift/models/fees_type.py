from enum import StrEnum


class FeesType(StrEnum):
    OTHER = "other"
    SHIPPING = "shipping"

    def __str__(self) -> str:
        return str(self.value)
