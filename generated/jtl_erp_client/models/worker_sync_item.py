from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerSyncItem")


@_attrs_define
class WorkerSyncItem:
    """
    Attributes:
        identifier (UUID):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        sync_name (str):  Example: Ebay.
        sales_channel_name (str):  Example: Shop.
        sales_channel_id (str):  Example: 1-1-1.
        report_progress (bool):  Example: False.
        configurations (list[WorkerSyncItemConfiguration]):
        interval (str | Unset):  Example: 00:05:00.
    """

    identifier: UUID
    sync_name: str
    sales_channel_name: str
    sales_channel_id: str
    report_progress: bool
    configurations: list[WorkerSyncItemConfiguration]
    interval: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        sync_name = self.sync_name

        sales_channel_name = self.sales_channel_name

        sales_channel_id = self.sales_channel_id

        report_progress = self.report_progress

        configurations = []
        for configurations_item_data in self.configurations:
            configurations_item = configurations_item_data.to_dict()
            configurations.append(configurations_item)

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Identifier": identifier,
                "SyncName": sync_name,
                "SalesChannelName": sales_channel_name,
                "SalesChannelId": sales_channel_id,
                "ReportProgress": report_progress,
                "Configurations": configurations,
            }
        )
        if interval is not UNSET:
            field_dict["Interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = UUID(d.pop("Identifier"))

        _v = d.pop("SyncName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SyncName: expected str, got " + type(_v).__name__)
        sync_name = _v

        _v = d.pop("SalesChannelName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelName: expected str, got " + type(_v).__name__)
        sales_channel_name = _v

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        _v = d.pop("ReportProgress", UNSET)
        if type(_v) is not bool:
            raise TypeError("ReportProgress: expected bool, got " + type(_v).__name__)
        report_progress = _v

        _v = d.pop("Configurations", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Configurations: expected list, got " + type(_v).__name__)
        configurations = []
        _configurations = _v
        for configurations_item_data in _configurations:
            configurations_item = WorkerSyncItemConfiguration.from_dict(configurations_item_data)

            configurations.append(configurations_item)

        _v = d.pop("Interval", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Interval: expected str, got " + type(_v).__name__)
        interval = _v

        worker_sync_item = cls(
            identifier=identifier,
            sync_name=sync_name,
            sales_channel_name=sales_channel_name,
            sales_channel_id=sales_channel_id,
            report_progress=report_progress,
            configurations=configurations,
            interval=interval,
        )

        worker_sync_item.additional_properties = d
        return worker_sync_item

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


from ..models.worker_sync_item_configuration import WorkerSyncItemConfiguration
