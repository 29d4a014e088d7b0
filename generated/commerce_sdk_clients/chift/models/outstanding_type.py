from enum import StrEnum


class OutstandingType(StrEnum):
    CLIENT = "client"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
