from enum import StrEnum


class PaymentReportingConditions(StrEnum):
    TP01 = "TP01"
    TP02 = "TP02"
    TP03 = "TP03"

    def __str__(self) -> str:
        return str(self.value)
