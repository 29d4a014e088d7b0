from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductVariantItem")


@_attrs_define
class ProductVariantItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        parent_id (str):
        name (str):
        description (None | str | Unset):
        description_html (None | str | Unset):
        categories (list[CommerceProductCategoryItem] | None | Unset):
        created_on (datetime.datetime | None | Unset):
        sku (None | str | Unset):
        taxable (bool | None | Unset):
        barcode (None | str | Unset):
        available_quantity (float | None | Unset):  Default: 0.0.
        prices (list[CommerceProductPriceItem] | None | Unset):
        unit_cost (None | ProductCostItem | Unset):
        unit_of_measure (None | str | Unset):
        weight (float | None | Unset):  Default: 0.0.
        weight_unit (None | str | Unset):
        status (None | ProductStatus | Unset):
        inventory_details (list[InventoryDetailsItem] | None | Unset):
        variant_attributes (list[VariantAttributeItem] | None | Unset):
        variant_images (list[ImageItem] | None | Unset):
    """

    id: str
    source_ref: Ref
    parent_id: str
    name: str
    description: None | str | Unset = UNSET
    description_html: None | str | Unset = UNSET
    categories: list[CommerceProductCategoryItem] | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    barcode: None | str | Unset = UNSET
    available_quantity: float | None | Unset = 0.0
    prices: list[CommerceProductPriceItem] | None | Unset = UNSET
    unit_cost: None | ProductCostItem | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    weight: float | None | Unset = 0.0
    weight_unit: None | str | Unset = UNSET
    status: None | ProductStatus | Unset = UNSET
    inventory_details: list[InventoryDetailsItem] | None | Unset = UNSET
    variant_attributes: list[VariantAttributeItem] | None | Unset = UNSET
    variant_images: list[ImageItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        parent_id = self.parent_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        available_quantity: float | None | Unset
        if isinstance(self.available_quantity, Unset):
            available_quantity = UNSET
        else:
            available_quantity = self.available_quantity

        prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.prices, Unset):
            prices = UNSET
        elif isinstance(self.prices, list):
            prices = []
            for prices_type_0_item_data in self.prices:
                prices_type_0_item = prices_type_0_item_data.to_dict()
                prices.append(prices_type_0_item)

        else:
            prices = self.prices

        unit_cost: dict[str, Any] | None | Unset
        if isinstance(self.unit_cost, Unset):
            unit_cost = UNSET
        elif isinstance(self.unit_cost, ProductCostItem):
            unit_cost = self.unit_cost.to_dict()
        else:
            unit_cost = self.unit_cost

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        weight_unit: None | str | Unset
        if isinstance(self.weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = self.weight_unit

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProductStatus):
            status = self.status.value
        else:
            status = self.status

        inventory_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.inventory_details, Unset):
            inventory_details = UNSET
        elif isinstance(self.inventory_details, list):
            inventory_details = []
            for inventory_details_type_0_item_data in self.inventory_details:
                inventory_details_type_0_item = inventory_details_type_0_item_data.to_dict()
                inventory_details.append(inventory_details_type_0_item)

        else:
            inventory_details = self.inventory_details

        variant_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.variant_attributes, Unset):
            variant_attributes = UNSET
        elif isinstance(self.variant_attributes, list):
            variant_attributes = []
            for variant_attributes_type_0_item_data in self.variant_attributes:
                variant_attributes_type_0_item = variant_attributes_type_0_item_data.to_dict()
                variant_attributes.append(variant_attributes_type_0_item)

        else:
            variant_attributes = self.variant_attributes

        variant_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.variant_images, Unset):
            variant_images = UNSET
        elif isinstance(self.variant_images, list):
            variant_images = []
            for variant_images_type_0_item_data in self.variant_images:
                variant_images_type_0_item = variant_images_type_0_item_data.to_dict()
                variant_images.append(variant_images_type_0_item)

        else:
            variant_images = self.variant_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "parent_id": parent_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if categories is not UNSET:
            field_dict["categories"] = categories
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if sku is not UNSET:
            field_dict["sku"] = sku
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if available_quantity is not UNSET:
            field_dict["available_quantity"] = available_quantity
        if prices is not UNSET:
            field_dict["prices"] = prices
        if unit_cost is not UNSET:
            field_dict["unit_cost"] = unit_cost
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weight_unit"] = weight_unit
        if status is not UNSET:
            field_dict["status"] = status
        if inventory_details is not UNSET:
            field_dict["inventory_details"] = inventory_details
        if variant_attributes is not UNSET:
            field_dict["variant_attributes"] = variant_attributes
        if variant_images is not UNSET:
            field_dict["variant_images"] = variant_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("parent_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("parent_id: expected str, got " + type(_v).__name__)
        parent_id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("description_html", UNSET))

        def _parse_categories(data: object) -> list[CommerceProductCategoryItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = CommerceProductCategoryItem.from_dict(
                        categories_type_0_item_data
                    )

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommerceProductCategoryItem] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        def _parse_barcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        barcode = _parse_barcode(d.pop("barcode", UNSET))

        def _parse_available_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        available_quantity = _parse_available_quantity(d.pop("available_quantity", UNSET))

        def _parse_prices(data: object) -> list[CommerceProductPriceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prices_type_0 = []
                _prices_type_0 = data
                for prices_type_0_item_data in _prices_type_0:
                    prices_type_0_item = CommerceProductPriceItem.from_dict(prices_type_0_item_data)

                    prices_type_0.append(prices_type_0_item)

                return prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommerceProductPriceItem] | None | Unset, data)

        prices = _parse_prices(d.pop("prices", UNSET))

        def _parse_unit_cost(data: object) -> None | ProductCostItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_cost_type_0 = ProductCostItem.from_dict(data)

                return unit_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductCostItem | Unset, data)

        unit_cost = _parse_unit_cost(d.pop("unit_cost", UNSET))

        def _parse_unit_of_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_of_measure = _parse_unit_of_measure(d.pop("unit_of_measure", UNSET))

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_weight_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        weight_unit = _parse_weight_unit(d.pop("weight_unit", UNSET))

        def _parse_status(data: object) -> None | ProductStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ProductStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_inventory_details(data: object) -> list[InventoryDetailsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inventory_details_type_0 = []
                _inventory_details_type_0 = data
                for inventory_details_type_0_item_data in _inventory_details_type_0:
                    inventory_details_type_0_item = InventoryDetailsItem.from_dict(
                        inventory_details_type_0_item_data
                    )

                    inventory_details_type_0.append(inventory_details_type_0_item)

                return inventory_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InventoryDetailsItem] | None | Unset, data)

        inventory_details = _parse_inventory_details(d.pop("inventory_details", UNSET))

        def _parse_variant_attributes(data: object) -> list[VariantAttributeItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variant_attributes_type_0 = []
                _variant_attributes_type_0 = data
                for variant_attributes_type_0_item_data in _variant_attributes_type_0:
                    variant_attributes_type_0_item = VariantAttributeItem.from_dict(
                        variant_attributes_type_0_item_data
                    )

                    variant_attributes_type_0.append(variant_attributes_type_0_item)

                return variant_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VariantAttributeItem] | None | Unset, data)

        variant_attributes = _parse_variant_attributes(d.pop("variant_attributes", UNSET))

        def _parse_variant_images(data: object) -> list[ImageItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variant_images_type_0 = []
                _variant_images_type_0 = data
                for variant_images_type_0_item_data in _variant_images_type_0:
                    variant_images_type_0_item = ImageItem.from_dict(variant_images_type_0_item_data)

                    variant_images_type_0.append(variant_images_type_0_item)

                return variant_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImageItem] | None | Unset, data)

        variant_images = _parse_variant_images(d.pop("variant_images", UNSET))

        product_variant_item = cls(
            id=id,
            source_ref=source_ref,
            parent_id=parent_id,
            name=name,
            description=description,
            description_html=description_html,
            categories=categories,
            created_on=created_on,
            sku=sku,
            taxable=taxable,
            barcode=barcode,
            available_quantity=available_quantity,
            prices=prices,
            unit_cost=unit_cost,
            unit_of_measure=unit_of_measure,
            weight=weight,
            weight_unit=weight_unit,
            status=status,
            inventory_details=inventory_details,
            variant_attributes=variant_attributes,
            variant_images=variant_images,
        )

        product_variant_item.additional_properties = d
        return product_variant_item

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


from ..models.commerce_product_category_item import CommerceProductCategoryItem
from ..models.commerce_product_price_item import CommerceProductPriceItem
from ..models.image_item import ImageItem
from ..models.inventory_details_item import InventoryDetailsItem
from ..models.product_cost_item import ProductCostItem
from ..models.ref import Ref
from ..models.variant_attribute_item import VariantAttributeItem
