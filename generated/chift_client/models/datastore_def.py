from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatastoreDef")


@_attrs_define
class DatastoreDef:
    """
    Attributes:
        columns (list[DatastoreColumn]):
        search_column (None | str | Unset):
    """

    columns: list[DatastoreColumn]
    search_column: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        search_column: None | str | Unset
        if isinstance(self.search_column, Unset):
            search_column = UNSET
        else:
            search_column = self.search_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )
        if search_column is not UNSET:
            field_dict["search_column"] = search_column

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("columns", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("columns: expected list, got " + type(_v).__name__)
        columns = []
        _columns = _v
        for columns_item_data in _columns:
            columns_item = DatastoreColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        def _parse_search_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_column = _parse_search_column(d.pop("search_column", UNSET))

        datastore_def = cls(
            columns=columns,
            search_column=search_column,
        )

        datastore_def.additional_properties = d
        return datastore_def

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


from ..models.datastore_column import DatastoreColumn
