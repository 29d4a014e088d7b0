from enum import StrEnum


class SettingGroup(StrEnum):
    OBSERVABILITY = "observability"
    PERIOD = "period"
    SCOPE = "scope"
    STATE = "state"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
