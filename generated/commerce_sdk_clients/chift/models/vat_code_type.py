from enum import StrEnum


class VatCodeType(StrEnum):
    BOTH = "both"
    PURCHASE = "purchase"
    SALE = "sale"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
