from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadFlowConsumerItem")


@_attrs_define
class ReadFlowConsumerItem:
    """
    Attributes:
        name (str):
        id (str):
        values (ReadFlowConsumerItemValues):
        trigger (ReadFlowTrigger):
        description (None | str | Unset):
        config (FlowConfigOutput | None | Unset):
        enabled_on (datetime.datetime | None | Unset):
    """

    name: str
    id: str
    values: ReadFlowConsumerItemValues
    trigger: ReadFlowTrigger
    description: None | str | Unset = UNSET
    config: FlowConfigOutput | None | Unset = UNSET
    enabled_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        values = self.values.to_dict()

        trigger = self.trigger.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, FlowConfigOutput):
            config = self.config.to_dict()
        else:
            config = self.config

        enabled_on: None | str | Unset
        if isinstance(self.enabled_on, Unset):
            enabled_on = UNSET
        elif isinstance(self.enabled_on, datetime.datetime):
            enabled_on = self.enabled_on.isoformat()
        else:
            enabled_on = self.enabled_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "values": values,
                "trigger": trigger,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config
        if enabled_on is not UNSET:
            field_dict["enabled_on"] = enabled_on

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

        values = ReadFlowConsumerItemValues.from_dict(d.pop("values"))

        trigger = ReadFlowTrigger.from_dict(d.pop("trigger"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_enabled_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enabled_on_type_0 = datetime.datetime.fromisoformat(data)

                return enabled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        enabled_on = _parse_enabled_on(d.pop("enabled_on", UNSET))

        read_flow_consumer_item = cls(
            name=name,
            id=id,
            values=values,
            trigger=trigger,
            description=description,
            config=config,
            enabled_on=enabled_on,
        )

        read_flow_consumer_item.additional_properties = d
        return read_flow_consumer_item

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
from ..models.read_flow_consumer_item_values import ReadFlowConsumerItemValues
from ..models.read_flow_trigger import ReadFlowTrigger
