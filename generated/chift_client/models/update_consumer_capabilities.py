from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConsumerCapabilities")


@_attrs_define
class UpdateConsumerCapabilities:
    """
    Attributes:
        selected (list[str]):
        modes (UpdateConsumerCapabilitiesModes | Unset):
    """

    selected: list[str]
    modes: UpdateConsumerCapabilitiesModes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected = self.selected

        modes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modes, Unset):
            modes = self.modes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected": selected,
            }
        )
        if modes is not UNSET:
            field_dict["modes"] = modes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("selected", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("selected: expected list, got " + type(_v).__name__)
        selected = cast(list[str], _v)

        _modes = d.pop("modes", UNSET)
        modes: UpdateConsumerCapabilitiesModes | Unset
        if isinstance(_modes, Unset):
            modes = UNSET
        else:
            modes = UpdateConsumerCapabilitiesModes.from_dict(_modes)

        update_consumer_capabilities = cls(
            selected=selected,
            modes=modes,
        )

        update_consumer_capabilities.additional_properties = d
        return update_consumer_capabilities

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


from ..models.update_consumer_capabilities_modes import UpdateConsumerCapabilitiesModes
