from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSyncMappingItemInput")


@_attrs_define
class CreateSyncMappingItemInput:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        display_order (int | Unset):  Default: 0.
        challenge_question (None | str | Unset):
        conditions (CreateSyncMappingItemInputConditionsType0 | None | Unset):
        sub_mappings (list[CreateSyncMappingToFieldItemInput] | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    display_order: int | Unset = 0
    challenge_question: None | str | Unset = UNSET
    conditions: CreateSyncMappingItemInputConditionsType0 | None | Unset = UNSET
    sub_mappings: list[CreateSyncMappingToFieldItemInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
        elif isinstance(self.conditions, CreateSyncMappingItemInputConditionsType0):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions

        sub_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_mappings, Unset):
            sub_mappings = []
            for sub_mappings_item_data in self.sub_mappings:
                sub_mappings_item = sub_mappings_item_data.to_dict()
                sub_mappings.append(sub_mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
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
        if sub_mappings is not UNSET:
            field_dict["sub_mappings"] = sub_mappings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

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

        def _parse_conditions(data: object) -> CreateSyncMappingItemInputConditionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_type_0 = CreateSyncMappingItemInputConditionsType0.from_dict(data)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateSyncMappingItemInputConditionsType0 | None | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        _v = d.pop("sub_mappings", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("sub_mappings: expected list, got " + type(_v).__name__)
        _sub_mappings = _v
        sub_mappings: list[CreateSyncMappingToFieldItemInput] | Unset = UNSET
        if _sub_mappings is not UNSET:
            sub_mappings = []
            for sub_mappings_item_data in _sub_mappings:
                sub_mappings_item = CreateSyncMappingToFieldItemInput.from_dict(sub_mappings_item_data)

                sub_mappings.append(sub_mappings_item)

        create_sync_mapping_item_input = cls(
            name=name,
            description=description,
            display_order=display_order,
            challenge_question=challenge_question,
            conditions=conditions,
            sub_mappings=sub_mappings,
        )

        create_sync_mapping_item_input.additional_properties = d
        return create_sync_mapping_item_input

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


from ..models.create_sync_mapping_item_input_conditions_type_0 import (
    CreateSyncMappingItemInputConditionsType0,
)
from ..models.create_sync_mapping_to_field_item_input import CreateSyncMappingToFieldItemInput
