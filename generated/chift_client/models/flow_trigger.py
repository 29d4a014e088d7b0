from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_priority import TriggerPriority
from ..models.trigger_type import TriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowTrigger")


@_attrs_define
class FlowTrigger:
    """
    Attributes:
        id (str):
        type_ (TriggerType):
        cronschedules (list[str] | None | Unset):
        visible (bool | None | Unset):  Default: True.
        definition_fields (list[FlowTriggerDefinitionFieldsType0Item] | None | Unset):
        options (FlowTriggerOptionsType0 | None | Unset):
        priority (TriggerPriority | Unset):
    """

    id: str
    type_: TriggerType
    cronschedules: list[str] | None | Unset = UNSET
    visible: bool | None | Unset = True
    definition_fields: list[FlowTriggerDefinitionFieldsType0Item] | None | Unset = UNSET
    options: FlowTriggerOptionsType0 | None | Unset = UNSET
    priority: TriggerPriority | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        cronschedules: list[str] | None | Unset
        if isinstance(self.cronschedules, Unset):
            cronschedules = UNSET
        elif isinstance(self.cronschedules, list):
            cronschedules = self.cronschedules

        else:
            cronschedules = self.cronschedules

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        definition_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.definition_fields, Unset):
            definition_fields = UNSET
        elif isinstance(self.definition_fields, list):
            definition_fields = []
            for definition_fields_type_0_item_data in self.definition_fields:
                definition_fields_type_0_item = definition_fields_type_0_item_data.to_dict()
                definition_fields.append(definition_fields_type_0_item)

        else:
            definition_fields = self.definition_fields

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, FlowTriggerOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if cronschedules is not UNSET:
            field_dict["cronschedules"] = cronschedules
        if visible is not UNSET:
            field_dict["visible"] = visible
        if definition_fields is not UNSET:
            field_dict["definitionFields"] = definition_fields
        if options is not UNSET:
            field_dict["options"] = options
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        type_ = TriggerType(d.pop("type"))

        def _parse_cronschedules(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cronschedules_type_0 = cast(list[str], data)

                return cronschedules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cronschedules = _parse_cronschedules(d.pop("cronschedules", UNSET))

        def _parse_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        def _parse_definition_fields(
            data: object,
        ) -> list[FlowTriggerDefinitionFieldsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                definition_fields_type_0 = []
                _definition_fields_type_0 = data
                for definition_fields_type_0_item_data in _definition_fields_type_0:
                    definition_fields_type_0_item = FlowTriggerDefinitionFieldsType0Item.from_dict(
                        definition_fields_type_0_item_data
                    )

                    definition_fields_type_0.append(definition_fields_type_0_item)

                return definition_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FlowTriggerDefinitionFieldsType0Item] | None | Unset, data)

        definition_fields = _parse_definition_fields(d.pop("definitionFields", UNSET))

        def _parse_options(data: object) -> FlowTriggerOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = FlowTriggerOptionsType0.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowTriggerOptionsType0 | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: TriggerPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TriggerPriority(_priority)

        flow_trigger = cls(
            id=id,
            type_=type_,
            cronschedules=cronschedules,
            visible=visible,
            definition_fields=definition_fields,
            options=options,
            priority=priority,
        )

        flow_trigger.additional_properties = d
        return flow_trigger

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


from ..models.flow_trigger_definition_fields_type_0_item import FlowTriggerDefinitionFieldsType0Item
from ..models.flow_trigger_options_type_0 import FlowTriggerOptionsType0
