from enum import StrEnum


class POSPaymentStatus(StrEnum):
    AUTHORISED = "Authorised"
    CANCELED = "Canceled"
    COMPLETED = "Completed"
    FAILED = "Failed"
    PENDING = "Pending"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
