from enum import StrEnum


class DocumentType(StrEnum):
    ENTRY = "entry"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
