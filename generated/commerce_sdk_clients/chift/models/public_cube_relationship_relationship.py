from enum import StrEnum


class PublicCubeRelationshipRelationship(StrEnum):
    MANY_TO_ONE = "many_to_one"
    ONE_TO_MANY = "one_to_many"
    ONE_TO_ONE = "one_to_one"

    def __str__(self) -> str:
        return str(self.value)
