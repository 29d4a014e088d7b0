from enum import StrEnum


class InvoiceType(StrEnum):
    CUSTOMER_INVOICE = "customer_invoice"
    CUSTOMER_REFUND = "customer_refund"
    SUPPLIER_INVOICE = "supplier_invoice"
    SUPPLIER_REFUND = "supplier_refund"

    def __str__(self) -> str:
        return str(self.value)
