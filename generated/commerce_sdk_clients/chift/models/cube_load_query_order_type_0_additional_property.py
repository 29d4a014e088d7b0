from enum import StrEnum


class CubeLoadQueryOrderType0AdditionalProperty(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
