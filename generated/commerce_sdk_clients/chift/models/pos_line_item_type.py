from enum import StrEnum


class POSLineItemType(StrEnum):
    GENERAL_DISCOUNT = "general_discount"
    MENU = "menu"
    PRODUCT = "product"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
