from enum import StrEnum


class PMSAccountingTransactionType(StrEnum):
    ADDON = "addon"
    FEE = "fee"
    INVOICE = "invoice"
    OTHER = "other"
    PAYMENT = "payment"
    POS = "pos"
    RESERVATION = "reservation"
    ROOM = "room"
    TAX = "tax"

    def __str__(self) -> str:
        return str(self.value)
