from enum import StrEnum


class PMSAccountingTransactionStatus(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"

    def __str__(self) -> str:
        return str(self.value)
