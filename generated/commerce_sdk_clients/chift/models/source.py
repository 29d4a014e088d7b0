from enum import StrEnum


class Source(StrEnum):
    DELIVEROO = "DELIVEROO"
    FOODORA = "FOODORA"
    GLOVO = "GLOVO"
    JUSTEAT = "JUSTEAT"
    KIOSK = "KIOSK"
    MOBILE = "MOBILE"
    POS = "POS"
    REMOTE_POS = "REMOTE_POS"
    SMILEIN = "SMILEIN"
    UBEREATS = "UBEREATS"
    UNKNOWN = "UNKNOWN"
    WEB = "WEB"

    def __str__(self) -> str:
        return str(self.value)
