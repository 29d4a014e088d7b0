from enum import StrEnum


class FinancialMovementFeeType(StrEnum):
    ATM = "atm"
    FX = "fx"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
