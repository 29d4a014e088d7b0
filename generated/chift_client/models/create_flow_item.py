from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFlowItem")


@_attrs_define
class CreateFlowItem:
    """
    Attributes:
        name (str):
        execution (FlowExecution):
        triggers (list[FlowTrigger]):
        description (None | str | Unset):
        config (FlowConfigInput | None | Unset):
    """

    name: str
    execution: FlowExecution
    triggers: list[FlowTrigger]
    description: None | str | Unset = UNSET
    config: FlowConfigInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        execution = self.execution.to_dict()

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.to_dict()
            triggers.append(triggers_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, FlowConfigInput):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "execution": execution,
                "triggers": triggers,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        execution = FlowExecution.from_dict(d.pop("execution"))

        _v = d.pop("triggers", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("triggers: expected list, got " + type(_v).__name__)
        triggers = []
        _triggers = _v
        for triggers_item_data in _triggers:
            triggers_item = FlowTrigger.from_dict(triggers_item_data)

            triggers.append(triggers_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_config(data: object) -> FlowConfigInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = FlowConfigInput.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowConfigInput | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        create_flow_item = cls(
            name=name,
            execution=execution,
            triggers=triggers,
            description=description,
            config=config,
        )

        create_flow_item.additional_properties = d
        return create_flow_item

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


from ..models.flow_config_input import FlowConfigInput
from ..models.flow_execution import FlowExecution
from ..models.flow_trigger import FlowTrigger
