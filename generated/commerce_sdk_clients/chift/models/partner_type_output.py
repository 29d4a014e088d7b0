from enum import StrEnum


class PartnerTypeOutput(StrEnum):
    ACCOUNT = "account"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
