from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="MultipleMatchingIn")


@_attrs_define
class MultipleMatchingIn:
    """
    Attributes:
        matchings (list[MatchingIn]):
    """

    matchings: list[MatchingIn]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matchings = []
        for matchings_item_data in self.matchings:
            matchings_item = matchings_item_data.to_dict()
            matchings.append(matchings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matchings": matchings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("matchings", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("matchings: expected list, got " + type(_v).__name__)
        matchings = []
        _matchings = _v
        for matchings_item_data in _matchings:
            matchings_item = MatchingIn.from_dict(matchings_item_data)

            matchings.append(matchings_item)

        multiple_matching_in = cls(
            matchings=matchings,
        )

        multiple_matching_in.additional_properties = d
        return multiple_matching_in

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


from ..models.matching_in import MatchingIn
