from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSyncCapabilities")


@_attrs_define
class UpdateSyncCapabilities:
    """
    Attributes:
        cron (None | str):
        offered (UpdateSyncCapabilitiesOffered | Unset):
        default_modes (None | Unset | UpdateSyncCapabilitiesDefaultModesType0):
    """

    cron: None | str
    offered: UpdateSyncCapabilitiesOffered | Unset = UNSET
    default_modes: None | Unset | UpdateSyncCapabilitiesDefaultModesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron: None | str
        cron = self.cron

        offered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offered, Unset):
            offered = self.offered.to_dict()

        default_modes: dict[str, Any] | None | Unset
        if isinstance(self.default_modes, Unset):
            default_modes = UNSET
        elif isinstance(self.default_modes, UpdateSyncCapabilitiesDefaultModesType0):
            default_modes = self.default_modes.to_dict()
        else:
            default_modes = self.default_modes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron": cron,
            }
        )
        if offered is not UNSET:
            field_dict["offered"] = offered
        if default_modes is not UNSET:
            field_dict["default_modes"] = default_modes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cron(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cron = _parse_cron(d.pop("cron"))

        _offered = d.pop("offered", UNSET)
        offered: UpdateSyncCapabilitiesOffered | Unset
        if isinstance(_offered, Unset):
            offered = UNSET
        else:
            offered = UpdateSyncCapabilitiesOffered.from_dict(_offered)

        def _parse_default_modes(data: object) -> None | Unset | UpdateSyncCapabilitiesDefaultModesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_modes_type_0 = UpdateSyncCapabilitiesDefaultModesType0.from_dict(data)

                return default_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSyncCapabilitiesDefaultModesType0, data)

        default_modes = _parse_default_modes(d.pop("default_modes", UNSET))

        update_sync_capabilities = cls(
            cron=cron,
            offered=offered,
            default_modes=default_modes,
        )

        update_sync_capabilities.additional_properties = d
        return update_sync_capabilities

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


from ..models.update_sync_capabilities_default_modes_type_0 import UpdateSyncCapabilitiesDefaultModesType0
from ..models.update_sync_capabilities_offered import UpdateSyncCapabilitiesOffered
