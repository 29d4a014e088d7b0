from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConsumerSyncItem")


@_attrs_define
class CreateConsumerSyncItem:
    """
    Attributes:
        syncid (UUID):
        integrationids (list[str] | None | Unset):
        country (None | str | Unset):
        link_metadata (CreateConsumerSyncItemLinkMetadataType0 | None | Unset):
    """

    syncid: UUID
    integrationids: list[str] | None | Unset = UNSET
    country: None | str | Unset = UNSET
    link_metadata: CreateConsumerSyncItemLinkMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        syncid = str(self.syncid)

        integrationids: list[str] | None | Unset
        if isinstance(self.integrationids, Unset):
            integrationids = UNSET
        elif isinstance(self.integrationids, list):
            integrationids = self.integrationids

        else:
            integrationids = self.integrationids

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        link_metadata: dict[str, Any] | None | Unset
        if isinstance(self.link_metadata, Unset):
            link_metadata = UNSET
        elif isinstance(self.link_metadata, CreateConsumerSyncItemLinkMetadataType0):
            link_metadata = self.link_metadata.to_dict()
        else:
            link_metadata = self.link_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncid": syncid,
            }
        )
        if integrationids is not UNSET:
            field_dict["integrationids"] = integrationids
        if country is not UNSET:
            field_dict["country"] = country
        if link_metadata is not UNSET:
            field_dict["link_metadata"] = link_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        syncid = UUID(d.pop("syncid"))

        def _parse_integrationids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integrationids_type_0 = cast(list[str], data)

                return integrationids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        integrationids = _parse_integrationids(d.pop("integrationids", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_link_metadata(data: object) -> CreateConsumerSyncItemLinkMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_metadata_type_0 = CreateConsumerSyncItemLinkMetadataType0.from_dict(data)

                return link_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateConsumerSyncItemLinkMetadataType0 | None | Unset, data)

        link_metadata = _parse_link_metadata(d.pop("link_metadata", UNSET))

        create_consumer_sync_item = cls(
            syncid=syncid,
            integrationids=integrationids,
            country=country,
            link_metadata=link_metadata,
        )

        create_consumer_sync_item.additional_properties = d
        return create_consumer_sync_item

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


from ..models.create_consumer_sync_item_link_metadata_type_0 import CreateConsumerSyncItemLinkMetadataType0
