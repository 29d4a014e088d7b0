from enum import StrEnum


class SyncSkipReason(StrEnum):
    CHALLENGE = "challenge"
    CONNECTOR_FEATURE = "connector_feature"
    PRESYNC = "presync"

    def __str__(self) -> str:
        return str(self.value)
