from enum import StrEnum


class BankTransactionCounterpartType(StrEnum):
    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
