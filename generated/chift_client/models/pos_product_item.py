from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="POSProductItem")


@_attrs_define
class POSProductItem:
    """
    Attributes:
        id (str):
        name (str):
        prices (list[ProductPriceItem]):
        categories (list[str] | None | Unset):
        description (None | str | Unset):
        modifier_groups_ids (list[str] | None | Unset):
        accounting_category_ids (list[str] | None | Unset):
    """

    id: str
    name: str
    prices: list[ProductPriceItem]
    categories: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    modifier_groups_ids: list[str] | None | Unset = UNSET
    accounting_category_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        modifier_groups_ids: list[str] | None | Unset
        if isinstance(self.modifier_groups_ids, Unset):
            modifier_groups_ids = UNSET
        elif isinstance(self.modifier_groups_ids, list):
            modifier_groups_ids = self.modifier_groups_ids

        else:
            modifier_groups_ids = self.modifier_groups_ids

        accounting_category_ids: list[str] | None | Unset
        if isinstance(self.accounting_category_ids, Unset):
            accounting_category_ids = UNSET
        elif isinstance(self.accounting_category_ids, list):
            accounting_category_ids = self.accounting_category_ids

        else:
            accounting_category_ids = self.accounting_category_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "prices": prices,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if description is not UNSET:
            field_dict["description"] = description
        if modifier_groups_ids is not UNSET:
            field_dict["modifier_groups_ids"] = modifier_groups_ids
        if accounting_category_ids is not UNSET:
            field_dict["accounting_category_ids"] = accounting_category_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("prices", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("prices: expected list, got " + type(_v).__name__)
        prices = []
        _prices = _v
        for prices_item_data in _prices:
            prices_item = ProductPriceItem.from_dict(prices_item_data)

            prices.append(prices_item)

        def _parse_categories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = cast(list[str], data)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_modifier_groups_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                modifier_groups_ids_type_0 = cast(list[str], data)

                return modifier_groups_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        modifier_groups_ids = _parse_modifier_groups_ids(d.pop("modifier_groups_ids", UNSET))

        def _parse_accounting_category_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accounting_category_ids_type_0 = cast(list[str], data)

                return accounting_category_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        accounting_category_ids = _parse_accounting_category_ids(d.pop("accounting_category_ids", UNSET))

        pos_product_item = cls(
            id=id,
            name=name,
            prices=prices,
            categories=categories,
            description=description,
            modifier_groups_ids=modifier_groups_ids,
            accounting_category_ids=accounting_category_ids,
        )

        pos_product_item.additional_properties = d
        return pos_product_item

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


from ..models.product_price_item import ProductPriceItem
