from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemDangerousGoods")


@_attrs_define
class CreateItemDangerousGoods:
    """
    Attributes:
        un_number (str | Unset):  Example: 0070.
        hazard_no (str | Unset):  Example: Class1 explosives.
    """

    un_number: str | Unset = UNSET
    hazard_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        un_number = self.un_number

        hazard_no = self.hazard_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if un_number is not UNSET:
            field_dict["UnNumber"] = un_number
        if hazard_no is not UNSET:
            field_dict["HazardNo"] = hazard_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("UnNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("UnNumber: expected str, got " + type(_v).__name__)
        un_number = _v

        _v = d.pop("HazardNo", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("HazardNo: expected str, got " + type(_v).__name__)
        hazard_no = _v

        create_item_dangerous_goods = cls(
            un_number=un_number,
            hazard_no=hazard_no,
        )

        create_item_dangerous_goods.additional_properties = d
        return create_item_dangerous_goods

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
