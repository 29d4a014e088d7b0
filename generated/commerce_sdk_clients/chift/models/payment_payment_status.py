from enum import StrEnum


class PaymentPaymentStatus(StrEnum):
    AUTHORIZED = "authorized"
    CANCELED = "canceled"
    COMPLETED = "completed"
    FAILED = "failed"
    PARTIALLY_COMPLETED = "partially_completed"
    PENDING = "pending"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
