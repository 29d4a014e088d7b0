from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncsConnectionItem")


@_attrs_define
class SyncsConnectionItem:
    """
    Attributes:
        one_api (int | None | Unset):
        connection_type (int | None | Unset):
        display_order (int | Unset):  Default: 0.
        display_hidden (bool | Unset):  Default: False.
    """

    one_api: int | None | Unset = UNSET
    connection_type: int | None | Unset = UNSET
    display_order: int | Unset = 0
    display_hidden: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        one_api: int | None | Unset
        if isinstance(self.one_api, Unset):
            one_api = UNSET
        else:
            one_api = self.one_api

        connection_type: int | None | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = self.connection_type

        display_order = self.display_order

        display_hidden = self.display_hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if one_api is not UNSET:
            field_dict["one_api"] = one_api
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if display_hidden is not UNSET:
            field_dict["display_hidden"] = display_hidden

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_one_api(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        one_api = _parse_one_api(d.pop("one_api", UNSET))

        def _parse_connection_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        connection_type = _parse_connection_type(d.pop("connection_type", UNSET))

        _v = d.pop("display_order", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("display_order: expected int, got " + type(_v).__name__)
        display_order = _v

        _v = d.pop("display_hidden", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("display_hidden: expected bool, got " + type(_v).__name__)
        display_hidden = _v

        syncs_connection_item = cls(
            one_api=one_api,
            connection_type=connection_type,
            display_order=display_order,
            display_hidden=display_hidden,
        )

        syncs_connection_item.additional_properties = d
        return syncs_connection_item

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
