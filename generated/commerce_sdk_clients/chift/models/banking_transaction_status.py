from enum import StrEnum


class BankingTransactionStatus(StrEnum):
    COMPLETED = "completed"
    DECLINED = "declined"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
