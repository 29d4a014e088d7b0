from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewLink")


@_attrs_define
class PreviewLink:
    """
    Attributes:
        relation (str):
        synthetic_id (str):
        title (None | str | Unset):
    """

    relation: str
    synthetic_id: str
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relation = self.relation

        synthetic_id = self.synthetic_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relation": relation,
                "synthetic_id": synthetic_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("relation", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("relation: expected str, got " + type(_v).__name__)
        relation = _v

        _v = d.pop("synthetic_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("synthetic_id: expected str, got " + type(_v).__name__)
        synthetic_id = _v

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        preview_link = cls(
            relation=relation,
            synthetic_id=synthetic_id,
            title=title,
        )

        preview_link.additional_properties = d
        return preview_link

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
