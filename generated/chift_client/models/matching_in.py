from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="MatchingIn")


@_attrs_define
class MatchingIn:
    """
    Attributes:
        entries (list[str]):
        partner_id (str):
    """

    entries: list[str]
    partner_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = self.entries

        partner_id = self.partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "partner_id": partner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("entries", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("entries: expected list, got " + type(_v).__name__)
        entries = cast(list[str], _v)

        _v = d.pop("partner_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("partner_id: expected str, got " + type(_v).__name__)
        partner_id = _v

        matching_in = cls(
            entries=entries,
            partner_id=partner_id,
        )

        matching_in.additional_properties = d
        return matching_in

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
