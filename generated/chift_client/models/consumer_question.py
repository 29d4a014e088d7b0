from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ConsumerQuestion")


@_attrs_define
class ConsumerQuestion:
    """
    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        used_by (list[str]):
        required (bool):
        field (SettingField):
    """

    key: str
    id: UUID
    title: str
    description: str
    used_by: list[str]
    required: bool
    field: SettingField
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id = str(self.id)

        title = self.title

        description = self.description

        used_by = self.used_by

        required = self.required

        field = self.field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "id": id,
                "title": title,
                "description": description,
                "used_by": used_by,
                "required": required,
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("key", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("key: expected str, got " + type(_v).__name__)
        key = _v

        id = UUID(d.pop("id"))

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("used_by", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("used_by: expected list, got " + type(_v).__name__)
        used_by = cast(list[str], _v)

        _v = d.pop("required", UNSET)
        if type(_v) is not bool:
            raise TypeError("required: expected bool, got " + type(_v).__name__)
        required = _v

        field = SettingField.from_dict(d.pop("field"))

        consumer_question = cls(
            key=key,
            id=id,
            title=title,
            description=description,
            used_by=used_by,
            required=required,
            field=field,
        )

        consumer_question.additional_properties = d
        return consumer_question

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


from ..models.setting_field import SettingField
