from enum import StrEnum


class InvoiceStatusIn(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"

    def __str__(self) -> str:
        return str(self.value)
