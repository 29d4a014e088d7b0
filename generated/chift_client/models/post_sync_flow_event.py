from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostSyncFlowEvent")


@_attrs_define
class PostSyncFlowEvent:
    """
    Attributes:
        consumers (list[str | UUID] | Unset):
        data (PostSyncFlowEventData | Unset):
    """

    consumers: list[str | UUID] | Unset = UNSET
    data: PostSyncFlowEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumers: list[str] | Unset = UNSET
        if not isinstance(self.consumers, Unset):
            consumers = []
            for consumers_item_data in self.consumers:
                consumers_item: str
                if isinstance(consumers_item_data, UUID):
                    consumers_item = str(consumers_item_data)
                else:
                    consumers_item = consumers_item_data
                consumers.append(consumers_item)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumers is not UNSET:
            field_dict["consumers"] = consumers
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("consumers", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("consumers: expected list, got " + type(_v).__name__)
        _consumers = _v
        consumers: list[str | UUID] | Unset = UNSET
        if _consumers is not UNSET:
            consumers = []
            for consumers_item_data in _consumers:

                def _parse_consumers_item(data: object) -> str | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        consumers_item_type_0 = UUID(data)

                        return consumers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | UUID, data)

                consumers_item = _parse_consumers_item(consumers_item_data)

                consumers.append(consumers_item)

        _data = d.pop("data", UNSET)
        data: PostSyncFlowEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = PostSyncFlowEventData.from_dict(_data)

        post_sync_flow_event = cls(
            consumers=consumers,
            data=data,
        )

        post_sync_flow_event.additional_properties = d
        return post_sync_flow_event

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


from ..models.post_sync_flow_event_data import PostSyncFlowEventData
