from enum import StrEnum


class VatCodeScope(StrEnum):
    EU = "eu"
    INT = "int"
    NAT = "nat"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
