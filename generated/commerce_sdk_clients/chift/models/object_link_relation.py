from enum import StrEnum


class ObjectLinkRelation(StrEnum):
    NEEDED_BY = "needed_by"
    NEEDS = "needs"

    def __str__(self) -> str:
        return str(self.value)
