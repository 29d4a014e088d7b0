from enum import StrEnum


class ItemAttachmentInfoStatus(StrEnum):
    NO = "no"
    UNKNOWN = "unknown"
    YES = "yes"
    YES_TO_REQUEST = "yes_to_request"

    def __str__(self) -> str:
        return str(self.value)
