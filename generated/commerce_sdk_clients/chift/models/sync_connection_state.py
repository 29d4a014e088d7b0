from enum import StrEnum


class SyncConnectionState(StrEnum):
    CONNECTED = "connected"
    MISSING = "missing"
    TO_CHOOSE = "to_choose"
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)
