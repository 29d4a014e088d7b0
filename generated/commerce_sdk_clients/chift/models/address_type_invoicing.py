from enum import StrEnum


class AddressTypeInvoicing(StrEnum):
    DELIVERY = "delivery"
    INVOICE = "invoice"
    MAIN = "main"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
