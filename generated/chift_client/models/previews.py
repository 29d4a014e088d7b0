from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Previews")


@_attrs_define
class Previews:
    """
    Attributes:
        previews (list[Preview]):
    """

    previews: list[Preview]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previews = []
        for previews_item_data in self.previews:
            previews_item = previews_item_data.to_dict()
            previews.append(previews_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previews": previews,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("previews", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("previews: expected list, got " + type(_v).__name__)
        previews = []
        _previews = _v
        for previews_item_data in _previews:
            previews_item = Preview.from_dict(previews_item_data)

            previews.append(previews_item)

        previews = cls(
            previews=previews,
        )

        previews.additional_properties = d
        return previews

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


from ..models.preview import Preview
