from enum import StrEnum


class MiscellaneousOperationLineType(StrEnum):
    CUSTOMER_ACCOUNT = "customer_account"
    GENERAL_ACCOUNT = "general_account"
    SUPPLIER_ACCOUNT = "supplier_account"

    def __str__(self) -> str:
        return str(self.value)
