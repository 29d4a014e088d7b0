from enum import StrEnum


class InvoicingDocumentType(StrEnum):
    CUSTOMER_DOCUMENT = "customer_document"
    EMPLOYEE_EXPENSE = "employee_expense"
    SUPPLIER_DOCUMENT = "supplier_document"

    def __str__(self) -> str:
        return str(self.value)
