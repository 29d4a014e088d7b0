from enum import StrEnum


class Api(StrEnum):
    ACCOUNTING = "Accounting"
    BANKING = "Banking"
    COMMUNICATION = "Communication"
    CUSTOM = "Custom"
    ECOMMERCE = "eCommerce"
    INVOICING = "Invoicing"
    PAYMENT = "Payment"
    POINT_OF_SALE = "Point of Sale"
    PROPERTY_MANAGEMENT_SYSTEM = "Property Management System"
    SPEND_MANAGEMENT = "Spend Management"

    def __str__(self) -> str:
        return str(self.value)
