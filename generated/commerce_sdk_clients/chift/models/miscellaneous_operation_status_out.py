from enum import StrEnum


class MiscellaneousOperationStatusOut(StrEnum):
    CANCELLED = "cancelled"
    DRAFT = "draft"
    MATCHED = "matched"
    POSTED = "posted"

    def __str__(self) -> str:
        return str(self.value)
