from enum import StrEnum


class AccountItemType(StrEnum):
    BANK = "bank"
    CASH = "cash"
    EXPENSE = "expense"
    INCOME = "income"
    OTHER = "other"
    OTHER_EXPENSE = "other_expense"
    OTHER_FINANCIAL = "other_financial"
    PAYABLE = "payable"
    RECEIVABLE = "receivable"
    VAT = "vat"

    def __str__(self) -> str:
        return str(self.value)
