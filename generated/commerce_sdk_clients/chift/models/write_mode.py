from enum import StrEnum


class WriteMode(StrEnum):
    DEBUG = "debug"
    NORMAL = "normal"
    PREVIEW = "preview"

    def __str__(self) -> str:
        return str(self.value)
