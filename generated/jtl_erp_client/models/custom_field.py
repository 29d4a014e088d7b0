from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """
    Attributes:
        custom_field_id (int):  Example: 9.
        group_name (str):  Example: Example Group.
        name (str):  Example: Technical Data.
        type_ (CustomFieldType):  Example: 3.
        possible_values (list[str]):
        attribut (CustomFieldAttribut | Unset):
    """

    custom_field_id: int
    group_name: str
    name: str
    type_: CustomFieldType
    possible_values: list[str]
    attribut: CustomFieldAttribut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        group_name = self.group_name

        name = self.name

        type_ = self.type_.value

        possible_values = self.possible_values

        attribut: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribut, Unset):
            attribut = self.attribut.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomFieldId": custom_field_id,
                "GroupName": group_name,
                "Name": name,
                "Type": type_,
                "PossibleValues": possible_values,
            }
        )
        if attribut is not UNSET:
            field_dict["Attribut"] = attribut

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("CustomFieldId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomFieldId: expected int, got " + type(_v).__name__)
        custom_field_id = _v

        _v = d.pop("GroupName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("GroupName: expected str, got " + type(_v).__name__)
        group_name = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        type_ = CustomFieldType(d.pop("Type"))

        _v = d.pop("PossibleValues", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("PossibleValues: expected list, got " + type(_v).__name__)
        possible_values = cast(list[str], _v)

        _attribut = d.pop("Attribut", UNSET)
        attribut: CustomFieldAttribut | Unset
        if isinstance(_attribut, Unset):
            attribut = UNSET
        else:
            attribut = CustomFieldAttribut.from_dict(_attribut)

        custom_field = cls(
            custom_field_id=custom_field_id,
            group_name=group_name,
            name=name,
            type_=type_,
            possible_values=possible_values,
            attribut=attribut,
        )

        custom_field.additional_properties = d
        return custom_field

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


from ..models.custom_field_attribut import CustomFieldAttribut
