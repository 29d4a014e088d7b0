from enum import StrEnum


class EntryLineType(StrEnum):
    CUSTOMER_ACCOUNT = "customer_account"
    EMPLOYEE_ACCOUNT = "employee_account"
    GENERAL_ACCOUNT = "general_account"
    SUPPLIER_ACCOUNT = "supplier_account"

    def __str__(self) -> str:
        return str(self.value)
