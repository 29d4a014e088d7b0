from enum import StrEnum


class PublicCubeMetaCubeTypeType0(StrEnum):
    CUBE = "cube"
    VIEW = "view"

    def __str__(self) -> str:
        return str(self.value)
