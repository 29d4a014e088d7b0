from enum import StrEnum


class PMSAccountingTransactionOriginType(StrEnum):
    INVOICE = "invoice"
    ORDER = "order"
    PAYMENT = "payment"

    def __str__(self) -> str:
        return str(self.value)
