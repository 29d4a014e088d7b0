from enum import StrEnum


class OrderStatus(StrEnum):
    CANCELLED = "cancelled"
    CANCELLED_UNPAID = "cancelled_unpaid"
    CONFIRMED = "confirmed"
    DRAFT = "draft"
    REFUNDED = "refunded"
    SHIPPED = "shipped"

    def __str__(self) -> str:
        return str(self.value)
