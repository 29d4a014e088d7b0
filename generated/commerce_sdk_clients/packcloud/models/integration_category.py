from enum import StrEnum


class IntegrationCategory(StrEnum):
    PAYMENT = "payment"
    SHIPPING = "shipping"
    SHOP = "shop"

    def __str__(self) -> str:
        return str(self.value)
