from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkerSyncConfiguration")


@_attrs_define
class CreateWorkerSyncConfiguration:
    """
    Attributes:
        interval (str | Unset):  Example: 00:05:00.
        configs (list[WorkerSyncConfigValue] | Unset):
    """

    interval: str | Unset = UNSET
    configs: list[WorkerSyncConfigValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["Interval"] = interval
        if configs is not UNSET:
            field_dict["Configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Interval", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Interval: expected str, got " + type(_v).__name__)
        interval = _v

        _v = d.pop("Configs", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("Configs: expected list, got " + type(_v).__name__)
        _configs = _v
        configs: list[WorkerSyncConfigValue] | Unset = UNSET
        if _configs is not UNSET:
            configs = []
            for configs_item_data in _configs:
                configs_item = WorkerSyncConfigValue.from_dict(configs_item_data)

                configs.append(configs_item)

        create_worker_sync_configuration = cls(
            interval=interval,
            configs=configs,
        )

        create_worker_sync_configuration.additional_properties = d
        return create_worker_sync_configuration

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


from ..models.worker_sync_config_value import WorkerSyncConfigValue
