from enum import StrEnum


class AddressType(StrEnum):
    DELIVERY = "delivery"
    INVOICE = "invoice"
    MAIN = "main"

    def __str__(self) -> str:
        return str(self.value)
