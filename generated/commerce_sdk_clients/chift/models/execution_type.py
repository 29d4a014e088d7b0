from enum import StrEnum


class ExecutionType(StrEnum):
    CODE = "code"
    MODULE = "module"

    def __str__(self) -> str:
        return str(self.value)
