from enum import StrEnum


class PayoutType(StrEnum):
    BANK_ACCOUNT = "bank_account"
    OTHER = "other"
    PAYOUT = "payout"

    def __str__(self) -> str:
        return str(self.value)
