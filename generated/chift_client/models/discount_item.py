from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountItem")


@_attrs_define
class DiscountItem:
    """
    Attributes:
        total (float):
        name (None | str | Unset):
        type_ (DiscountType | Unset):
    """

    total: float
    name: None | str | Unset = UNSET
    type_: DiscountType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: DiscountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DiscountType(_type_)

        discount_item = cls(
            total=total,
            name=name,
            type_=type_,
        )

        discount_item.additional_properties = d
        return discount_item

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
