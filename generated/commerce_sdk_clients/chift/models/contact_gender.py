from enum import StrEnum


class ContactGender(StrEnum):
    F = "F"
    H = "H"
    NA = "N/A"

    def __str__(self) -> str:
        return str(self.value)
