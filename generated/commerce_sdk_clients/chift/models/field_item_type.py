from enum import StrEnum


class FieldItemType(StrEnum):
    API = "api"
    FIXED = "fixed"

    def __str__(self) -> str:
        return str(self.value)
