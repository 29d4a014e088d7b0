from enum import StrEnum


class Visibility(StrEnum):
    BOTH = "both"
    CONNECTOR = "connector"
    CONSUMER = "consumer"

    def __str__(self) -> str:
        return str(self.value)
