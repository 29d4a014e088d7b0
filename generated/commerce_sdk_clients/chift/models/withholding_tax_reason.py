from enum import StrEnum


class WithholdingTaxReason(StrEnum):
    RT01 = "RT01"
    RT02 = "RT02"
    RT03 = "RT03"
    RT04 = "RT04"
    RT05 = "RT05"
    RT06 = "RT06"

    def __str__(self) -> str:
        return str(self.value)
