from enum import StrEnum


class InvoiceStatusOut(StrEnum):
    CANCELLED = "cancelled"
    DRAFT = "draft"
    PAID = "paid"
    POSTED = "posted"

    def __str__(self) -> str:
        return str(self.value)
