from enum import StrEnum


class ContactType(StrEnum):
    ALL = "all"
    CUSTOMER = "customer"
    PROSPECT = "prospect"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
