from enum import StrEnum


class AccountTypeFilter(StrEnum):
    BANK = "bank"
    CASH = "cash"
    EXPENSE = "expense"
    INCOME = "income"
    OTHER_EXPENSE = "other_expense"
    VAT = "vat"

    def __str__(self) -> str:
        return str(self.value)
