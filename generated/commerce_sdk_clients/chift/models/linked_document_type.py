from enum import StrEnum


class LinkedDocumentType(StrEnum):
    INVOICE = "invoice"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
