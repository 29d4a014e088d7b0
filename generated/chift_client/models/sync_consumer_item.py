from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_consumer_status import SyncConsumerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncConsumerItem")


@_attrs_define
class SyncConsumerItem:
    """
    Attributes:
        syncid (UUID):
        sync_name (str):
        link_createdon (datetime.datetime):
        status (SyncConsumerStatus | Unset):
        status_details (None | str | Unset):
        enabled (bool | Unset):  Default: False.
        link_mappings (list[ReadSyncMappingItem] | None | Unset):
        skip_mappings (list[ReadSyncSkipMappingItem] | None | Unset):
        link_metadata (None | SyncConsumerItemLinkMetadataType0 | Unset):
        link_presync (None | SyncConsumerItemLinkPresyncType0 | Unset):
        enabled_flows (list[ReadFlowConsumerItem] | None | Unset):
    """

    syncid: UUID
    sync_name: str
    link_createdon: datetime.datetime
    status: SyncConsumerStatus | Unset = UNSET
    status_details: None | str | Unset = UNSET
    enabled: bool | Unset = False
    link_mappings: list[ReadSyncMappingItem] | None | Unset = UNSET
    skip_mappings: list[ReadSyncSkipMappingItem] | None | Unset = UNSET
    link_metadata: None | SyncConsumerItemLinkMetadataType0 | Unset = UNSET
    link_presync: None | SyncConsumerItemLinkPresyncType0 | Unset = UNSET
    enabled_flows: list[ReadFlowConsumerItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        syncid = str(self.syncid)

        sync_name = self.sync_name

        link_createdon = self.link_createdon.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_details: None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        else:
            status_details = self.status_details

        enabled = self.enabled

        link_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.link_mappings, Unset):
            link_mappings = UNSET
        elif isinstance(self.link_mappings, list):
            link_mappings = []
            for link_mappings_type_0_item_data in self.link_mappings:
                link_mappings_type_0_item = link_mappings_type_0_item_data.to_dict()
                link_mappings.append(link_mappings_type_0_item)

        else:
            link_mappings = self.link_mappings

        skip_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.skip_mappings, Unset):
            skip_mappings = UNSET
        elif isinstance(self.skip_mappings, list):
            skip_mappings = []
            for skip_mappings_type_0_item_data in self.skip_mappings:
                skip_mappings_type_0_item = skip_mappings_type_0_item_data.to_dict()
                skip_mappings.append(skip_mappings_type_0_item)

        else:
            skip_mappings = self.skip_mappings

        link_metadata: dict[str, Any] | None | Unset
        if isinstance(self.link_metadata, Unset):
            link_metadata = UNSET
        elif isinstance(self.link_metadata, SyncConsumerItemLinkMetadataType0):
            link_metadata = self.link_metadata.to_dict()
        else:
            link_metadata = self.link_metadata

        link_presync: dict[str, Any] | None | Unset
        if isinstance(self.link_presync, Unset):
            link_presync = UNSET
        elif isinstance(self.link_presync, SyncConsumerItemLinkPresyncType0):
            link_presync = self.link_presync.to_dict()
        else:
            link_presync = self.link_presync

        enabled_flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_flows, Unset):
            enabled_flows = UNSET
        elif isinstance(self.enabled_flows, list):
            enabled_flows = []
            for enabled_flows_type_0_item_data in self.enabled_flows:
                enabled_flows_type_0_item = enabled_flows_type_0_item_data.to_dict()
                enabled_flows.append(enabled_flows_type_0_item)

        else:
            enabled_flows = self.enabled_flows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncid": syncid,
                "sync_name": sync_name,
                "link_createdon": link_createdon,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if link_mappings is not UNSET:
            field_dict["link_mappings"] = link_mappings
        if skip_mappings is not UNSET:
            field_dict["skip_mappings"] = skip_mappings
        if link_metadata is not UNSET:
            field_dict["link_metadata"] = link_metadata
        if link_presync is not UNSET:
            field_dict["link_presync"] = link_presync
        if enabled_flows is not UNSET:
            field_dict["enabled_flows"] = enabled_flows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        syncid = UUID(d.pop("syncid"))

        _v = d.pop("sync_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("sync_name: expected str, got " + type(_v).__name__)
        sync_name = _v

        link_createdon = datetime.datetime.fromisoformat(d.pop("link_createdon"))

        _status = d.pop("status", UNSET)
        status: SyncConsumerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SyncConsumerStatus(_status)

        def _parse_status_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_details = _parse_status_details(d.pop("status_details", UNSET))

        _v = d.pop("enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("enabled: expected bool, got " + type(_v).__name__)
        enabled = _v

        def _parse_link_mappings(data: object) -> list[ReadSyncMappingItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                link_mappings_type_0 = []
                _link_mappings_type_0 = data
                for link_mappings_type_0_item_data in _link_mappings_type_0:
                    link_mappings_type_0_item = ReadSyncMappingItem.from_dict(link_mappings_type_0_item_data)

                    link_mappings_type_0.append(link_mappings_type_0_item)

                return link_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReadSyncMappingItem] | None | Unset, data)

        link_mappings = _parse_link_mappings(d.pop("link_mappings", UNSET))

        def _parse_skip_mappings(data: object) -> list[ReadSyncSkipMappingItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skip_mappings_type_0 = []
                _skip_mappings_type_0 = data
                for skip_mappings_type_0_item_data in _skip_mappings_type_0:
                    skip_mappings_type_0_item = ReadSyncSkipMappingItem.from_dict(
                        skip_mappings_type_0_item_data
                    )

                    skip_mappings_type_0.append(skip_mappings_type_0_item)

                return skip_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReadSyncSkipMappingItem] | None | Unset, data)

        skip_mappings = _parse_skip_mappings(d.pop("skip_mappings", UNSET))

        def _parse_link_metadata(data: object) -> None | SyncConsumerItemLinkMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_metadata_type_0 = SyncConsumerItemLinkMetadataType0.from_dict(data)

                return link_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncConsumerItemLinkMetadataType0 | Unset, data)

        link_metadata = _parse_link_metadata(d.pop("link_metadata", UNSET))

        def _parse_link_presync(data: object) -> None | SyncConsumerItemLinkPresyncType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_presync_type_0 = SyncConsumerItemLinkPresyncType0.from_dict(data)

                return link_presync_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncConsumerItemLinkPresyncType0 | Unset, data)

        link_presync = _parse_link_presync(d.pop("link_presync", UNSET))

        def _parse_enabled_flows(data: object) -> list[ReadFlowConsumerItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_flows_type_0 = []
                _enabled_flows_type_0 = data
                for enabled_flows_type_0_item_data in _enabled_flows_type_0:
                    enabled_flows_type_0_item = ReadFlowConsumerItem.from_dict(enabled_flows_type_0_item_data)

                    enabled_flows_type_0.append(enabled_flows_type_0_item)

                return enabled_flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReadFlowConsumerItem] | None | Unset, data)

        enabled_flows = _parse_enabled_flows(d.pop("enabled_flows", UNSET))

        sync_consumer_item = cls(
            syncid=syncid,
            sync_name=sync_name,
            link_createdon=link_createdon,
            status=status,
            status_details=status_details,
            enabled=enabled,
            link_mappings=link_mappings,
            skip_mappings=skip_mappings,
            link_metadata=link_metadata,
            link_presync=link_presync,
            enabled_flows=enabled_flows,
        )

        sync_consumer_item.additional_properties = d
        return sync_consumer_item

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


from ..models.read_flow_consumer_item import ReadFlowConsumerItem
from ..models.read_sync_mapping_item import ReadSyncMappingItem
from ..models.read_sync_skip_mapping_item import ReadSyncSkipMappingItem
from ..models.sync_consumer_item_link_metadata_type_0 import SyncConsumerItemLinkMetadataType0
from ..models.sync_consumer_item_link_presync_type_0 import SyncConsumerItemLinkPresyncType0
