from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceProductItem")


@_attrs_define
class CommerceProductItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        name (str):
        description (None | str | Unset):
        description_html (None | str | Unset):
        categories (list[CommerceProductCategoryItem] | None | Unset):
        created_on (datetime.datetime | None | Unset):
        last_updated_on (datetime.datetime | None | Unset):
        variants (list[ProductVariantItem] | None | Unset):
        status (None | ProductStatus | Unset):
        sku (None | str | Unset):
        common_attributes (list[CommonAttributeItem] | None | Unset):
        variant_attributes_options (list[VariantAttributeOptionItem] | None | Unset):
        common_images (list[ImageItem] | None | Unset):
    """

    id: str
    source_ref: Ref
    name: str
    description: None | str | Unset = UNSET
    description_html: None | str | Unset = UNSET
    categories: list[CommerceProductCategoryItem] | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    last_updated_on: datetime.datetime | None | Unset = UNSET
    variants: list[ProductVariantItem] | None | Unset = UNSET
    status: None | ProductStatus | Unset = UNSET
    sku: None | str | Unset = UNSET
    common_attributes: list[CommonAttributeItem] | None | Unset = UNSET
    variant_attributes_options: list[VariantAttributeOptionItem] | None | Unset = UNSET
    common_images: list[ImageItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

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

        last_updated_on: None | str | Unset
        if isinstance(self.last_updated_on, Unset):
            last_updated_on = UNSET
        elif isinstance(self.last_updated_on, datetime.datetime):
            last_updated_on = self.last_updated_on.isoformat()
        else:
            last_updated_on = self.last_updated_on

        variants: list[dict[str, Any]] | None | Unset
        if isinstance(self.variants, Unset):
            variants = UNSET
        elif isinstance(self.variants, list):
            variants = []
            for variants_type_0_item_data in self.variants:
                variants_type_0_item = variants_type_0_item_data.to_dict()
                variants.append(variants_type_0_item)

        else:
            variants = self.variants

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProductStatus):
            status = self.status.value
        else:
            status = self.status

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        common_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.common_attributes, Unset):
            common_attributes = UNSET
        elif isinstance(self.common_attributes, list):
            common_attributes = []
            for common_attributes_type_0_item_data in self.common_attributes:
                common_attributes_type_0_item = common_attributes_type_0_item_data.to_dict()
                common_attributes.append(common_attributes_type_0_item)

        else:
            common_attributes = self.common_attributes

        variant_attributes_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.variant_attributes_options, Unset):
            variant_attributes_options = UNSET
        elif isinstance(self.variant_attributes_options, list):
            variant_attributes_options = []
            for variant_attributes_options_type_0_item_data in self.variant_attributes_options:
                variant_attributes_options_type_0_item = variant_attributes_options_type_0_item_data.to_dict()
                variant_attributes_options.append(variant_attributes_options_type_0_item)

        else:
            variant_attributes_options = self.variant_attributes_options

        common_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.common_images, Unset):
            common_images = UNSET
        elif isinstance(self.common_images, list):
            common_images = []
            for common_images_type_0_item_data in self.common_images:
                common_images_type_0_item = common_images_type_0_item_data.to_dict()
                common_images.append(common_images_type_0_item)

        else:
            common_images = self.common_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
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
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if variants is not UNSET:
            field_dict["variants"] = variants
        if status is not UNSET:
            field_dict["status"] = status
        if sku is not UNSET:
            field_dict["sku"] = sku
        if common_attributes is not UNSET:
            field_dict["common_attributes"] = common_attributes
        if variant_attributes_options is not UNSET:
            field_dict["variant_attributes_options"] = variant_attributes_options
        if common_images is not UNSET:
            field_dict["common_images"] = common_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

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

        def _parse_last_updated_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_on_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated_on = _parse_last_updated_on(d.pop("last_updated_on", UNSET))

        def _parse_variants(data: object) -> list[ProductVariantItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variants_type_0 = []
                _variants_type_0 = data
                for variants_type_0_item_data in _variants_type_0:
                    variants_type_0_item = ProductVariantItem.from_dict(variants_type_0_item_data)

                    variants_type_0.append(variants_type_0_item)

                return variants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductVariantItem] | None | Unset, data)

        variants = _parse_variants(d.pop("variants", UNSET))

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

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_common_attributes(data: object) -> list[CommonAttributeItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                common_attributes_type_0 = []
                _common_attributes_type_0 = data
                for common_attributes_type_0_item_data in _common_attributes_type_0:
                    common_attributes_type_0_item = CommonAttributeItem.from_dict(
                        common_attributes_type_0_item_data
                    )

                    common_attributes_type_0.append(common_attributes_type_0_item)

                return common_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommonAttributeItem] | None | Unset, data)

        common_attributes = _parse_common_attributes(d.pop("common_attributes", UNSET))

        def _parse_variant_attributes_options(
            data: object,
        ) -> list[VariantAttributeOptionItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variant_attributes_options_type_0 = []
                _variant_attributes_options_type_0 = data
                for variant_attributes_options_type_0_item_data in _variant_attributes_options_type_0:
                    variant_attributes_options_type_0_item = VariantAttributeOptionItem.from_dict(
                        variant_attributes_options_type_0_item_data
                    )

                    variant_attributes_options_type_0.append(variant_attributes_options_type_0_item)

                return variant_attributes_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VariantAttributeOptionItem] | None | Unset, data)

        variant_attributes_options = _parse_variant_attributes_options(
            d.pop("variant_attributes_options", UNSET)
        )

        def _parse_common_images(data: object) -> list[ImageItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                common_images_type_0 = []
                _common_images_type_0 = data
                for common_images_type_0_item_data in _common_images_type_0:
                    common_images_type_0_item = ImageItem.from_dict(common_images_type_0_item_data)

                    common_images_type_0.append(common_images_type_0_item)

                return common_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImageItem] | None | Unset, data)

        common_images = _parse_common_images(d.pop("common_images", UNSET))

        commerce_product_item = cls(
            id=id,
            source_ref=source_ref,
            name=name,
            description=description,
            description_html=description_html,
            categories=categories,
            created_on=created_on,
            last_updated_on=last_updated_on,
            variants=variants,
            status=status,
            sku=sku,
            common_attributes=common_attributes,
            variant_attributes_options=variant_attributes_options,
            common_images=common_images,
        )

        commerce_product_item.additional_properties = d
        return commerce_product_item

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
from ..models.common_attribute_item import CommonAttributeItem
from ..models.image_item import ImageItem
from ..models.product_variant_item import ProductVariantItem
from ..models.ref import Ref
from ..models.variant_attribute_option_item import VariantAttributeOptionItem
