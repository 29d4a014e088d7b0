from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationUpdate")


@_attrs_define
class IntegrationUpdate:
    """Fields of an integration that can be changed; send only those to update.

    Attributes:
        name (str | Unset): New display name.
        settings (IntegrationUpdateSettings | Unset): Replacement connector-specific configuration.
        order_sync_enabled (bool | Unset): Turn automatic order retrieval on or off.
        product_sync_enabled (bool | Unset): Turn automatic product retrieval on or off.
        stock_sync_enabled (bool | Unset): Turn automatic stock pushes on or off.
    """

    name: str | Unset = UNSET
    settings: IntegrationUpdateSettings | Unset = UNSET
    order_sync_enabled: bool | Unset = UNSET
    product_sync_enabled: bool | Unset = UNSET
    stock_sync_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        order_sync_enabled = self.order_sync_enabled

        product_sync_enabled = self.product_sync_enabled

        stock_sync_enabled = self.stock_sync_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if order_sync_enabled is not UNSET:
            field_dict["order_sync_enabled"] = order_sync_enabled
        if product_sync_enabled is not UNSET:
            field_dict["product_sync_enabled"] = product_sync_enabled
        if stock_sync_enabled is not UNSET:
            field_dict["stock_sync_enabled"] = stock_sync_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _settings = d.pop("settings", UNSET)
        settings: IntegrationUpdateSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = IntegrationUpdateSettings.from_dict(_settings)

        _v = d.pop("order_sync_enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("order_sync_enabled: expected bool, got " + type(_v).__name__)
        order_sync_enabled = _v

        _v = d.pop("product_sync_enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("product_sync_enabled: expected bool, got " + type(_v).__name__)
        product_sync_enabled = _v

        _v = d.pop("stock_sync_enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("stock_sync_enabled: expected bool, got " + type(_v).__name__)
        stock_sync_enabled = _v

        integration_update = cls(
            name=name,
            settings=settings,
            order_sync_enabled=order_sync_enabled,
            product_sync_enabled=product_sync_enabled,
            stock_sync_enabled=stock_sync_enabled,
        )

        integration_update.additional_properties = d
        return integration_update

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


from ..models.integration_update_settings import IntegrationUpdateSettings
