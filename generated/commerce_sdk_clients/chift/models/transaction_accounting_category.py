from enum import StrEnum


class TransactionAccountingCategory(StrEnum):
    ALL = "all"
    FEE = "fee"
    FEE_CANCEL = "fee_cancel"
    INTERNAL_MOVE = "internal_move"
    INVOICE = "invoice"
    PAYMENT = "payment"
    PAYMENT_CANCEL = "payment_cancel"
    PAYOUT = "payout"
    PAYOUT_CANCEL = "payout_cancel"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
