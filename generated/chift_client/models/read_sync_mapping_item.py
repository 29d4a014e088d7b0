from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadSyncMappingItem")


@_attrs_define
class ReadSyncMappingItem:
    """
    Attributes:
        name (str):
        values (list[ReadMappingItem]):
        hidden_source_ids (list[str]):
        sub_mapping_name (str):
        description (None | str | Unset):
        display_order (int | Unset):  Default: 0.
        challenge_question (None | str | Unset):
        conditions (None | ReadSyncMappingItemConditionsType0 | Unset):
        sub_mapping_description (None | str | Unset):
    """

    name: str
    values: list[ReadMappingItem]
    hidden_source_ids: list[str]
    sub_mapping_name: str
    description: None | str | Unset = UNSET
    display_order: int | Unset = 0
    challenge_question: None | str | Unset = UNSET
    conditions: None | ReadSyncMappingItemConditionsType0 | Unset = UNSET
    sub_mapping_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        hidden_source_ids = self.hidden_source_ids

        sub_mapping_name = self.sub_mapping_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_order = self.display_order

        challenge_question: None | str | Unset
        if isinstance(self.challenge_question, Unset):
            challenge_question = UNSET
        else:
            challenge_question = self.challenge_question

        conditions: dict[str, Any] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, ReadSyncMappingItemConditionsType0):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions

        sub_mapping_description: None | str | Unset
        if isinstance(self.sub_mapping_description, Unset):
            sub_mapping_description = UNSET
        else:
            sub_mapping_description = self.sub_mapping_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "values": values,
                "hidden_source_ids": hidden_source_ids,
                "sub_mapping_name": sub_mapping_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if challenge_question is not UNSET:
            field_dict["challenge_question"] = challenge_question
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if sub_mapping_description is not UNSET:
            field_dict["sub_mapping_description"] = sub_mapping_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("values", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("values: expected list, got " + type(_v).__name__)
        values = []
        _values = _v
        for values_item_data in _values:
            values_item = ReadMappingItem.from_dict(values_item_data)

            values.append(values_item)

        _v = d.pop("hidden_source_ids", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("hidden_source_ids: expected list, got " + type(_v).__name__)
        hidden_source_ids = cast(list[str], _v)

        _v = d.pop("sub_mapping_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("sub_mapping_name: expected str, got " + type(_v).__name__)
        sub_mapping_name = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _v = d.pop("display_order", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("display_order: expected int, got " + type(_v).__name__)
        display_order = _v

        def _parse_challenge_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        challenge_question = _parse_challenge_question(d.pop("challenge_question", UNSET))

        def _parse_conditions(data: object) -> None | ReadSyncMappingItemConditionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_type_0 = ReadSyncMappingItemConditionsType0.from_dict(data)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadSyncMappingItemConditionsType0 | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        def _parse_sub_mapping_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_mapping_description = _parse_sub_mapping_description(d.pop("sub_mapping_description", UNSET))

        read_sync_mapping_item = cls(
            name=name,
            values=values,
            hidden_source_ids=hidden_source_ids,
            sub_mapping_name=sub_mapping_name,
            description=description,
            display_order=display_order,
            challenge_question=challenge_question,
            conditions=conditions,
            sub_mapping_description=sub_mapping_description,
        )

        read_sync_mapping_item.additional_properties = d
        return read_sync_mapping_item

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


from ..models.read_mapping_item import ReadMappingItem
from ..models.read_sync_mapping_item_conditions_type_0 import ReadSyncMappingItemConditionsType0
