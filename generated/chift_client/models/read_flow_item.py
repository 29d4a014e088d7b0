from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadFlowItem")


@_attrs_define
class ReadFlowItem:
    """
    Attributes:
        name (str):
        id (str):
        description (None | str | Unset):
        execution (FlowExecution | None | Unset):
        config (FlowConfigOutput | None | Unset):
        triggers (list[FlowTrigger] | None | Unset):
    """

    name: str
    id: str
    description: None | str | Unset = UNSET
    execution: FlowExecution | None | Unset = UNSET
    config: FlowConfigOutput | None | Unset = UNSET
    triggers: list[FlowTrigger] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        execution: dict[str, Any] | None | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, FlowExecution):
            execution = self.execution.to_dict()
        else:
            execution = self.execution

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, FlowConfigOutput):
            config = self.config.to_dict()
        else:
            config = self.config

        triggers: list[dict[str, Any]] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, list):
            triggers = []
            for triggers_type_0_item_data in self.triggers:
                triggers_type_0_item = triggers_type_0_item_data.to_dict()
                triggers.append(triggers_type_0_item)

        else:
            triggers = self.triggers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if execution is not UNSET:
            field_dict["execution"] = execution
        if config is not UNSET:
            field_dict["config"] = config
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_execution(data: object) -> FlowExecution | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_type_0 = FlowExecution.from_dict(data)

                return execution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowExecution | None | Unset, data)

        execution = _parse_execution(d.pop("execution", UNSET))

        def _parse_config(data: object) -> FlowConfigOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = FlowConfigOutput.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowConfigOutput | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_triggers(data: object) -> list[FlowTrigger] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                triggers_type_0 = []
                _triggers_type_0 = data
                for triggers_type_0_item_data in _triggers_type_0:
                    triggers_type_0_item = FlowTrigger.from_dict(triggers_type_0_item_data)

                    triggers_type_0.append(triggers_type_0_item)

                return triggers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FlowTrigger] | None | Unset, data)

        triggers = _parse_triggers(d.pop("triggers", UNSET))

        read_flow_item = cls(
            name=name,
            id=id,
            description=description,
            execution=execution,
            config=config,
            triggers=triggers,
        )

        read_flow_item.additional_properties = d
        return read_flow_item

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


from ..models.flow_config_output import FlowConfigOutput
from ..models.flow_execution import FlowExecution
from ..models.flow_trigger import FlowTrigger
