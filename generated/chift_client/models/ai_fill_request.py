from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiFillRequest")


@_attrs_define
class AiFillRequest:
    """
    Attributes:
        tables (list[str] | None | Unset):
        force_all (bool | Unset):  Default: False.
    """

    tables: list[str] | None | Unset = UNSET
    force_all: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tables: list[str] | None | Unset
        if isinstance(self.tables, Unset):
            tables = UNSET
        elif isinstance(self.tables, list):
            tables = self.tables

        else:
            tables = self.tables

        force_all = self.force_all

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tables is not UNSET:
            field_dict["tables"] = tables
        if force_all is not UNSET:
            field_dict["force_all"] = force_all

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_tables(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tables_type_0 = cast(list[str], data)

                return tables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tables = _parse_tables(d.pop("tables", UNSET))

        _v = d.pop("force_all", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("force_all: expected bool, got " + type(_v).__name__)
        force_all = _v

        ai_fill_request = cls(
            tables=tables,
            force_all=force_all,
        )

        ai_fill_request.additional_properties = d
        return ai_fill_request

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
