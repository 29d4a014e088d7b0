from enum import StrEnum


class BankAccountRoutingType(StrEnum):
    ACH = "ach"
    BSB = "bsb"
    CLABE = "clabe"
    IFSC = "ifsc"
    SORT_CODE = "sort_code"
    TRANSIT = "transit"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
