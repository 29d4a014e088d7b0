from enum import StrEnum


class JournalInType(StrEnum):
    BANK = "bank"
    CASH = "cash"
    CUSTOMER_INVOICE = "customer_invoice"
    CUSTOMER_REFUND = "customer_refund"
    MISCELLANEOUS_OPERATION = "miscellaneous_operation"
    SUPPLIER_INVOICE = "supplier_invoice"
    SUPPLIER_REFUND = "supplier_refund"

    def __str__(self) -> str:
        return str(self.value)
