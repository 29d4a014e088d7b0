from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFlowConsumer")


@_attrs_define
class UpdateFlowConsumer:
    """
    Attributes:
        triggerid (None | str | Unset):  Default: 'trigger-1'.
        data (None | Unset | UpdateFlowConsumerDataType0):
    """

    triggerid: None | str | Unset = "trigger-1"
    data: None | Unset | UpdateFlowConsumerDataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        triggerid: None | str | Unset
        if isinstance(self.triggerid, Unset):
            triggerid = UNSET
        else:
            triggerid = self.triggerid

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, UpdateFlowConsumerDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if triggerid is not UNSET:
            field_dict["triggerid"] = triggerid
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_triggerid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggerid = _parse_triggerid(d.pop("triggerid", UNSET))

        def _parse_data(data: object) -> None | Unset | UpdateFlowConsumerDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = UpdateFlowConsumerDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateFlowConsumerDataType0, data)

        data = _parse_data(d.pop("data", UNSET))

        update_flow_consumer = cls(
            triggerid=triggerid,
            data=data,
        )

        update_flow_consumer.additional_properties = d
        return update_flow_consumer

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


from ..models.update_flow_consumer_data_type_0 import UpdateFlowConsumerDataType0
