from enum import StrEnum


class EcommerceFulfillmentType(StrEnum):
    FBA = "FBA"
    FBM = "FBM"

    def __str__(self) -> str:
        return str(self.value)
