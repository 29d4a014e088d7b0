from enum import StrEnum


class SettingType(StrEnum):
    BOOL = "bool"
    DATE = "date"
    DICT = "dict"
    ENUM = "enum"
    INT = "int"
    STR = "str"
    STR_LIST = "str_list"

    def __str__(self) -> str:
        return str(self.value)
