from enum import StrEnum


class CoverageStatus(StrEnum):
    NOT_IMPLEMENTED = "NOT_IMPLEMENTED"
    NOT_SUPPORTED = "NOT_SUPPORTED"
    SUPPORTED = "SUPPORTED"
    UNDER_ANALYSIS = "UNDER_ANALYSIS"

    def __str__(self) -> str:
        return str(self.value)
