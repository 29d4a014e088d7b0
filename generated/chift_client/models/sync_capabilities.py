from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SyncCapabilities")


@_attrs_define
class SyncCapabilities:
    """
    Attributes:
        capabilities (list[SyncCapabilityItem]):
        cron (None | str):
    """

    capabilities: list[SyncCapabilityItem]
    cron: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.to_dict()
            capabilities.append(capabilities_item)

        cron: None | str
        cron = self.cron

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
                "cron": cron,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("capabilities", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("capabilities: expected list, got " + type(_v).__name__)
        capabilities = []
        _capabilities = _v
        for capabilities_item_data in _capabilities:
            capabilities_item = SyncCapabilityItem.from_dict(capabilities_item_data)

            capabilities.append(capabilities_item)

        def _parse_cron(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cron = _parse_cron(d.pop("cron"))

        sync_capabilities = cls(
            capabilities=capabilities,
            cron=cron,
        )

        sync_capabilities.additional_properties = d
        return sync_capabilities

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


from ..models.sync_capability_item import SyncCapabilityItem
