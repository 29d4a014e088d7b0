from enum import StrEnum


class TransactionFilterDateType(StrEnum):
    EXECUTION_DATE = "execution_date"
    VALUE_DATE = "value_date"

    def __str__(self) -> str:
        return str(self.value)
