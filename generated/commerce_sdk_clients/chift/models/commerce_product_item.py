from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceProductItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "name",
        "description",
        "description_html",
        "categories",
        "created_on",
        "last_updated_on",
        "variants",
        "status",
        "sku",
        "common_attributes",
        "variant_attributes_options",
        "common_images",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is CommerceProductItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_ref = _v
                _pending |= 1
            else:
                source_ref = _Ref_from_dict(_v, _path + "source_ref.")
        else:
            source_ref, _raw = _decoding.as_model(_v, Ref, _path, "source_ref", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description_html"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description_html(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description_html = _parse_description_html(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description_html, _raw = _decoding.failed(_v, _e, _path, "description_html", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description_html is _v and (_v.__class__ is list or _v.__class__ is dict):
                description_html, _raw = _decoding.failed(
                    _v, None, _path, "description_html", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["categories"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "categories", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            categories = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                categories = _v
                _pending |= 2
            else:
                categories = []
                _at = _path + "categories[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        categories.append(_CommerceProductCategoryItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CommerceProductCategoryItem, _path, "categories", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            created_on = _parse_created_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            created_on, _raw = _decoding.failed(_v, _e, _path, "created_on", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if created_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                created_on, _raw = _decoding.failed(
                    _v, None, _path, "created_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_updated_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            last_updated_on = _parse_last_updated_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            last_updated_on, _raw = _decoding.failed(
                _v, _e, _path, "last_updated_on", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if last_updated_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                last_updated_on, _raw = _decoding.failed(
                    _v, None, _path, "last_updated_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["variants"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "variants", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            variants = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                variants = _v
                _pending |= 4
            else:
                variants = []
                _at = _path + "variants[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        variants.append(_ProductVariantItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ProductVariantItem, _path, "variants", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            status = _parse_status(_v)

        except Exception as _e:
            _decoding.leave(_t)
            status, _raw = _decoding.failed(_v, _e, _path, "status", "None | ProductStatus", _raw)
        else:
            _decoding.leave(_t)
            if status is _v and (_v.__class__ is list or _v.__class__ is dict):
                status, _raw = _decoding.failed(_v, None, _path, "status", "None | ProductStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["sku"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_sku(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sku = _parse_sku(_v)

        except Exception as _e:
            _decoding.leave(_t)
            sku, _raw = _decoding.failed(_v, _e, _path, "sku", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if sku is _v and (_v.__class__ is list or _v.__class__ is dict):
                sku, _raw = _decoding.failed(_v, None, _path, "sku", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["common_attributes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "common_attributes", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            common_attributes = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                common_attributes = _v
                _pending |= 8
            else:
                common_attributes = []
                _at = _path + "common_attributes[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        common_attributes.append(_CommonAttributeItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CommonAttributeItem, _path, "common_attributes", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["variant_attributes_options"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "variant_attributes_options", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            variant_attributes_options = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                variant_attributes_options = _v
                _pending |= 16
            else:
                variant_attributes_options = []
                _at = _path + "variant_attributes_options[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        variant_attributes_options.append(_VariantAttributeOptionItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, VariantAttributeOptionItem, _path, "variant_attributes_options", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["common_images"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "common_images", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            common_images = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                common_images = _v
                _pending |= 32
            else:
                common_images = []
                _at = _path + "common_images[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        common_images.append(_ImageItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ImageItem, _path, "common_images", _raw)

        if cls is CommerceProductItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.name = name
            _obj.description = description
            _obj.description_html = description_html
            _set_categories(_obj, categories)
            _obj.created_on = created_on
            _obj.last_updated_on = last_updated_on
            _set_variants(_obj, variants)
            _obj.status = status
            _obj.sku = sku
            _set_common_attributes(_obj, common_attributes)
            _set_variant_attributes_options(_obj, variant_attributes_options)
            _set_common_images(_obj, common_images)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                name,
                description,
                description_html,
                categories,
                created_on,
                last_updated_on,
                variants,
                status,
                sku,
                common_attributes,
                variant_attributes_options,
                common_images,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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

_CommerceProductCategoryItem_from_dict = CommerceProductCategoryItem.from_dict
_CommonAttributeItem_from_dict = CommonAttributeItem.from_dict
_ImageItem_from_dict = ImageItem.from_dict
_ProductVariantItem_from_dict = ProductVariantItem.from_dict
_Ref_from_dict = Ref.from_dict
_VariantAttributeOptionItem_from_dict = VariantAttributeOptionItem.from_dict

_set_source_ref = _decoding.lazy(CommerceProductItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_categories = _decoding.lazy(
    CommerceProductItem, "categories", "categories", 2, CommerceProductCategoryItem.from_dict, True
)
_set_variants = _decoding.lazy(
    CommerceProductItem, "variants", "variants", 4, ProductVariantItem.from_dict, True
)
_set_common_attributes = _decoding.lazy(
    CommerceProductItem, "common_attributes", "common_attributes", 8, CommonAttributeItem.from_dict, True
)
_set_variant_attributes_options = _decoding.lazy(
    CommerceProductItem,
    "variant_attributes_options",
    "variant_attributes_options",
    16,
    VariantAttributeOptionItem.from_dict,
    True,
)
_set_common_images = _decoding.lazy(
    CommerceProductItem, "common_images", "common_images", 32, ImageItem.from_dict, True
)
