from enum import StrEnum


class SyncJobType(StrEnum):
    ORDERS = "orders"
    PRODUCTS = "products"
    PRODUCT_STOCKS = "product_stocks"
    SHIPPING_SERVICES = "shipping_services"

    def __str__(self) -> str:
        return str(self.value)
