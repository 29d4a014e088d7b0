from enum import StrEnum


class AccountTaxMode(StrEnum):
    FORCED = "forced"
    FREE = "free"
    RESTRICTED = "restricted"

    def __str__(self) -> str:
        return str(self.value)
