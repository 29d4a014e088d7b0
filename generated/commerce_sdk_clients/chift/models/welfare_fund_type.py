from enum import StrEnum


class WelfareFundType(StrEnum):
    TC01 = "TC01"
    TC02 = "TC02"
    TC03 = "TC03"
    TC04 = "TC04"
    TC05 = "TC05"
    TC06 = "TC06"
    TC07 = "TC07"
    TC08 = "TC08"
    TC09 = "TC09"
    TC10 = "TC10"
    TC11 = "TC11"
    TC12 = "TC12"
    TC13 = "TC13"
    TC14 = "TC14"
    TC15 = "TC15"
    TC16 = "TC16"
    TC17 = "TC17"
    TC18 = "TC18"
    TC19 = "TC19"
    TC20 = "TC20"
    TC21 = "TC21"
    TC22 = "TC22"

    def __str__(self) -> str:
        return str(self.value)
