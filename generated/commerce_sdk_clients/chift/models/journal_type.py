from enum import StrEnum


class JournalType(StrEnum):
    CUSTOMER_INVOICE = "customer_invoice"
    CUSTOMER_REFUND = "customer_refund"
    FINANCIAL_OPERATION = "financial_operation"
    MISCELLANEOUS_OPERATION = "miscellaneous_operation"
    SUPPLIER_INVOICE = "supplier_invoice"
    SUPPLIER_REFUND = "supplier_refund"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
