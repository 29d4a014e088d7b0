from enum import StrEnum


class PayableType(StrEnum):
    CARD_PURCHASE = "card_purchase"
    SUPPLIER_INVOICE = "supplier_invoice"
    SUPPLIER_REFUND = "supplier_refund"

    def __str__(self) -> str:
        return str(self.value)
