from enum import StrEnum


class SyncIssueOwner(StrEnum):
    CONSUMER = "consumer"
    ENGINEERING = "engineering"
    SELF_HEALING = "self_healing"

    def __str__(self) -> str:
        return str(self.value)
