from enum import StrEnum


class PayableAllocationType(StrEnum):
    FINANCIAL_MOVEMENT = "financial_movement"
    PAYABLE = "payable"

    def __str__(self) -> str:
        return str(self.value)
