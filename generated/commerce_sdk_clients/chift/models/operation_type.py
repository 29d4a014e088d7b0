from enum import StrEnum


class OperationType(StrEnum):
    CARD = "card"
    CASHBACK = "cashback"
    CHEQUE = "cheque"
    DIRECT_DEBIT = "direct_debit"
    DIRECT_DEBIT_COLLECTION = "direct_debit_collection"
    DIRECT_DEBIT_HOLD = "direct_debit_hold"
    FEE = "fee"
    FINANCING_INSTALLMENT = "financing_installment"
    INCOMING_TRANSFER = "incoming_transfer"
    INTEREST = "interest"
    OTHER = "other"
    OUTGOING_TRANSFER = "outgoing_transfer"
    PAY_LATER = "pay_later"
    RECALL = "recall"
    SWIFT_INCOME = "swift_income"

    def __str__(self) -> str:
        return str(self.value)
