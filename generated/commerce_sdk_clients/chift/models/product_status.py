from enum import StrEnum


class ProductStatus(StrEnum):
    ARCHIVED = "archived"
    PUBLISHED = "published"
    UNKNOWN = "unknown"
    UNPUBLISHED = "unpublished"

    def __str__(self) -> str:
        return str(self.value)
