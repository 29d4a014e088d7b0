from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableFlowConsumer")


@_attrs_define
class EnableFlowConsumer:
    """
    Attributes:
        integrationids (list[str] | Unset):
        triggerid (None | str | Unset):  Default: 'trigger-1'.
        cronschedule (None | str | Unset):
        data (EnableFlowConsumerDataType0 | None | Unset):
    """

    integrationids: list[str] | Unset = UNSET
    triggerid: None | str | Unset = "trigger-1"
    cronschedule: None | str | Unset = UNSET
    data: EnableFlowConsumerDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integrationids: list[str] | Unset = UNSET
        if not isinstance(self.integrationids, Unset):
            integrationids = self.integrationids

        triggerid: None | str | Unset
        if isinstance(self.triggerid, Unset):
            triggerid = UNSET
        else:
            triggerid = self.triggerid

        cronschedule: None | str | Unset
        if isinstance(self.cronschedule, Unset):
            cronschedule = UNSET
        else:
            cronschedule = self.cronschedule

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EnableFlowConsumerDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integrationids is not UNSET:
            field_dict["integrationids"] = integrationids
        if triggerid is not UNSET:
            field_dict["triggerid"] = triggerid
        if cronschedule is not UNSET:
            field_dict["cronschedule"] = cronschedule
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("integrationids", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("integrationids: expected list, got " + type(_v).__name__)
        integrationids = cast(list[str], _v)

        def _parse_triggerid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggerid = _parse_triggerid(d.pop("triggerid", UNSET))

        def _parse_cronschedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cronschedule = _parse_cronschedule(d.pop("cronschedule", UNSET))

        def _parse_data(data: object) -> EnableFlowConsumerDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = EnableFlowConsumerDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnableFlowConsumerDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        enable_flow_consumer = cls(
            integrationids=integrationids,
            triggerid=triggerid,
            cronschedule=cronschedule,
            data=data,
        )

        enable_flow_consumer.additional_properties = d
        return enable_flow_consumer

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


from ..models.enable_flow_consumer_data_type_0 import EnableFlowConsumerDataType0
