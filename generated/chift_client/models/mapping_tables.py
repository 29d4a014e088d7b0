from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="MappingTables")


@_attrs_define
class MappingTables:
    """
    Attributes:
        tables (list[MappingTableItem]):
    """

    tables: list[MappingTableItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tables": tables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("tables", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("tables: expected list, got " + type(_v).__name__)
        tables = []
        _tables = _v
        for tables_item_data in _tables:
            tables_item = MappingTableItem.from_dict(tables_item_data)

            tables.append(tables_item)

        mapping_tables = cls(
            tables=tables,
        )

        mapping_tables.additional_properties = d
        return mapping_tables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.mapping_table_item import MappingTableItem
