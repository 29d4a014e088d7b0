from enum import StrEnum


class ImageType(StrEnum):
    ICON = "icon"
    LOGO = "logo"

    def __str__(self) -> str:
        return str(self.value)
