from enum import StrEnum


class PostConnectionItemApisType0Item(StrEnum):
    ACCOUNTING = "Accounting"
    BANKING = "Banking"
    CUSTOM = "Custom"
    ECOMMERCE = "eCommerce"
    INVOICING = "Invoicing"
    PAYMENT = "Payment"
    POINT_OF_SALE = "Point of Sale"
    PROPERTY_MANAGEMENT_SYSTEM = "Property Management System"

    def __str__(self) -> str:
        return str(self.value)
