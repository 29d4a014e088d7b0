from enum import StrEnum


class PayoutStatus(StrEnum):
    CANCELED = "canceled"
    FAILED = "failed"
    IN_TRANSIT = "in_transit"
    PAID = "paid"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
