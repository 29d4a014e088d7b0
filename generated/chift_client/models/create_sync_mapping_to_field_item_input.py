from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSyncMappingToFieldItemInput")


@_attrs_define
class CreateSyncMappingToFieldItemInput:
    """
    Attributes:
        name (str):
        source_field (FieldItem):
        target_field (FieldItem):
        description (None | str | Unset):
        display_order (int | Unset):  Default: 0.
        challenge_question (None | str | Unset):
        conditions (CreateSyncMappingToFieldItemInputConditionsType0 | None | Unset):
        display_delete (bool | Unset):  Default: False.
        logic (CreateSyncMappingToFieldItemInputLogicType0 | None | Unset):
        manual_mapping (bool | Unset):  Default: False.
    """

    name: str
    source_field: FieldItem
    target_field: FieldItem
    description: None | str | Unset = UNSET
    display_order: int | Unset = 0
    challenge_question: None | str | Unset = UNSET
    conditions: CreateSyncMappingToFieldItemInputConditionsType0 | None | Unset = UNSET
    display_delete: bool | Unset = False
    logic: CreateSyncMappingToFieldItemInputLogicType0 | None | Unset = UNSET
    manual_mapping: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_field = self.source_field.to_dict()

        target_field = self.target_field.to_dict()

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
        elif isinstance(self.conditions, CreateSyncMappingToFieldItemInputConditionsType0):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions

        display_delete = self.display_delete

        logic: dict[str, Any] | None | Unset
        if isinstance(self.logic, Unset):
            logic = UNSET
        elif isinstance(self.logic, CreateSyncMappingToFieldItemInputLogicType0):
            logic = self.logic.to_dict()
        else:
            logic = self.logic

        manual_mapping = self.manual_mapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source_field": source_field,
                "target_field": target_field,
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
        if display_delete is not UNSET:
            field_dict["display_delete"] = display_delete
        if logic is not UNSET:
            field_dict["logic"] = logic
        if manual_mapping is not UNSET:
            field_dict["manual_mapping"] = manual_mapping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        source_field = FieldItem.from_dict(d.pop("source_field"))

        target_field = FieldItem.from_dict(d.pop("target_field"))

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

        def _parse_conditions(
            data: object,
        ) -> CreateSyncMappingToFieldItemInputConditionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_type_0 = CreateSyncMappingToFieldItemInputConditionsType0.from_dict(data)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateSyncMappingToFieldItemInputConditionsType0 | None | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        _v = d.pop("display_delete", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("display_delete: expected bool, got " + type(_v).__name__)
        display_delete = _v

        def _parse_logic(data: object) -> CreateSyncMappingToFieldItemInputLogicType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logic_type_0 = CreateSyncMappingToFieldItemInputLogicType0.from_dict(data)

                return logic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateSyncMappingToFieldItemInputLogicType0 | None | Unset, data)

        logic = _parse_logic(d.pop("logic", UNSET))

        _v = d.pop("manual_mapping", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("manual_mapping: expected bool, got " + type(_v).__name__)
        manual_mapping = _v

        create_sync_mapping_to_field_item_input = cls(
            name=name,
            source_field=source_field,
            target_field=target_field,
            description=description,
            display_order=display_order,
            challenge_question=challenge_question,
            conditions=conditions,
            display_delete=display_delete,
            logic=logic,
            manual_mapping=manual_mapping,
        )

        create_sync_mapping_to_field_item_input.additional_properties = d
        return create_sync_mapping_to_field_item_input

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


from ..models.create_sync_mapping_to_field_item_input_conditions_type_0 import (
    CreateSyncMappingToFieldItemInputConditionsType0,
)
from ..models.create_sync_mapping_to_field_item_input_logic_type_0 import (
    CreateSyncMappingToFieldItemInputLogicType0,
)
from ..models.field_item import FieldItem
