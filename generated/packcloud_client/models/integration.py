from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_category import IntegrationCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """A connection between the organization and an external shop, carrier or payment service.

    Attributes:
        id (str): Unique identifier of the integration.
        category (IntegrationCategory): Kind of external service the integration talks to.
        name (str): Display name of the integration.
        created_at (datetime.datetime): When the integration was created.
        updated_at (datetime.datetime): When the integration was last modified.
        order_sync_enabled (bool | Unset): Whether changed orders are pulled in automatically.
        order_sync_updated_at (datetime.datetime | None | Unset): When the integration last reported an order change.
        product_sync_enabled (bool | Unset): Whether products are pulled in automatically.
        product_sync_updated_at (datetime.datetime | None | Unset): When the integration last reported a product change.
        stock_sync_enabled (bool | Unset): Whether stock changes are pushed to the shop automatically.
    """

    id: str
    category: IntegrationCategory
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    order_sync_enabled: bool | Unset = UNSET
    order_sync_updated_at: datetime.datetime | None | Unset = UNSET
    product_sync_enabled: bool | Unset = UNSET
    product_sync_updated_at: datetime.datetime | None | Unset = UNSET
    stock_sync_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category.value

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        order_sync_enabled = self.order_sync_enabled

        order_sync_updated_at: None | str | Unset
        if isinstance(self.order_sync_updated_at, Unset):
            order_sync_updated_at = UNSET
        elif isinstance(self.order_sync_updated_at, datetime.datetime):
            order_sync_updated_at = self.order_sync_updated_at.isoformat()
        else:
            order_sync_updated_at = self.order_sync_updated_at

        product_sync_enabled = self.product_sync_enabled

        product_sync_updated_at: None | str | Unset
        if isinstance(self.product_sync_updated_at, Unset):
            product_sync_updated_at = UNSET
        elif isinstance(self.product_sync_updated_at, datetime.datetime):
            product_sync_updated_at = self.product_sync_updated_at.isoformat()
        else:
            product_sync_updated_at = self.product_sync_updated_at

        stock_sync_enabled = self.stock_sync_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if order_sync_enabled is not UNSET:
            field_dict["order_sync_enabled"] = order_sync_enabled
        if order_sync_updated_at is not UNSET:
            field_dict["order_sync_updated_at"] = order_sync_updated_at
        if product_sync_enabled is not UNSET:
            field_dict["product_sync_enabled"] = product_sync_enabled
        if product_sync_updated_at is not UNSET:
            field_dict["product_sync_updated_at"] = product_sync_updated_at
        if stock_sync_enabled is not UNSET:
            field_dict["stock_sync_enabled"] = stock_sync_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        category = IntegrationCategory(d.pop("category"))

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _v = d.pop("order_sync_enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("order_sync_enabled: expected bool, got " + type(_v).__name__)
        order_sync_enabled = _v

        def _parse_order_sync_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_sync_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return order_sync_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        order_sync_updated_at = _parse_order_sync_updated_at(d.pop("order_sync_updated_at", UNSET))

        _v = d.pop("product_sync_enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("product_sync_enabled: expected bool, got " + type(_v).__name__)
        product_sync_enabled = _v

        def _parse_product_sync_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_sync_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return product_sync_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        product_sync_updated_at = _parse_product_sync_updated_at(d.pop("product_sync_updated_at", UNSET))

        _v = d.pop("stock_sync_enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("stock_sync_enabled: expected bool, got " + type(_v).__name__)
        stock_sync_enabled = _v

        integration = cls(
            id=id,
            category=category,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            order_sync_enabled=order_sync_enabled,
            order_sync_updated_at=order_sync_updated_at,
            product_sync_enabled=product_sync_enabled,
            product_sync_updated_at=product_sync_updated_at,
            stock_sync_enabled=stock_sync_enabled,
        )

        integration.additional_properties = d
        return integration

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
