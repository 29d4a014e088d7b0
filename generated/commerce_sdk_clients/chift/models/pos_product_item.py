from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="POSProductItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "prices",
        "categories",
        "description",
        "modifier_groups_ids",
        "accounting_category_ids",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    name: str
    prices: list[ProductPriceItem]
    categories: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    modifier_groups_ids: list[str] | None | Unset = UNSET
    accounting_category_ids: list[str] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        if self.prices is None or isinstance(self.prices, Unset):
            prices = self.prices
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is POSProductItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["prices"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "prices", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            prices = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                prices = _v
                _pending |= 1
            else:
                prices = []
                _at = _path + "prices[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        prices.append(_ProductPriceItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ProductPriceItem, _path, "prices", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["categories"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            categories = _parse_categories(_v)

        except Exception as _e:
            _decoding.leave(_t)
            categories, _raw = _decoding.failed(_v, _e, _path, "categories", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

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
            _v = _src["modifier_groups_ids"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            modifier_groups_ids = _parse_modifier_groups_ids(_v)

        except Exception as _e:
            _decoding.leave(_t)
            modifier_groups_ids, _raw = _decoding.failed(
                _v, _e, _path, "modifier_groups_ids", "list[str] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accounting_category_ids"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            accounting_category_ids = _parse_accounting_category_ids(_v)

        except Exception as _e:
            _decoding.leave(_t)
            accounting_category_ids, _raw = _decoding.failed(
                _v, _e, _path, "accounting_category_ids", "list[str] | None", _raw
            )
        else:
            _decoding.leave(_t)

        if cls is POSProductItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _set_prices(_obj, prices)
            _obj.categories = categories
            _obj.description = description
            _obj.modifier_groups_ids = modifier_groups_ids
            _obj.accounting_category_ids = accounting_category_ids
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                name,
                prices,
                categories,
                description,
                modifier_groups_ids,
                accounting_category_ids,
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


from ..models.product_price_item import ProductPriceItem

_ProductPriceItem_from_dict = ProductPriceItem.from_dict

_set_prices = _decoding.lazy(POSProductItem, "prices", "prices", 1, ProductPriceItem.from_dict, True)
