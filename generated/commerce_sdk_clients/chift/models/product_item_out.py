from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "name",
        "unit_price",
        "tax_id",
        "code",
        "unit",
        "category",
        "currency",
        "description",
        "cost",
        "available_quantity",
    }
)


@_attrs_define
class ProductItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        name (str):
        unit_price (float | None | Unset):
        tax_id (None | str | Unset):
        code (None | str | Unset):
        unit (None | str | Unset):
        category (None | str | Unset):
        currency (None | str | Unset):
        description (None | str | Unset):
        cost (float | None | Unset):  Default: 0.0.
        available_quantity (float | None | Unset):  Default: 0.0.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    name: str
    unit_price: float | None | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    cost: float | None | Unset = 0.0
    available_quantity: float | None | Unset = 0.0
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

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        available_quantity: float | None | Unset
        if isinstance(self.available_quantity, Unset):
            available_quantity = UNSET
        else:
            available_quantity = self.available_quantity

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
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if code is not UNSET:
            field_dict["code"] = code
        if unit is not UNSET:
            field_dict["unit"] = unit
        if category is not UNSET:
            field_dict["category"] = category
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if cost is not UNSET:
            field_dict["cost"] = cost
        if available_quantity is not UNSET:
            field_dict["available_quantity"] = available_quantity
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
        _lazy = not _m.strict and cls is ProductItemOut
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
            _v = _src["unit_price"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_unit_price(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            unit_price = _parse_unit_price(_v)

        except Exception as _e:
            _decoding.leave(_t)
            unit_price, _raw = _decoding.failed(_v, _e, _path, "unit_price", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if unit_price is _v and (_v.__class__ is list or _v.__class__ is dict):
                unit_price, _raw = _decoding.failed(_v, None, _path, "unit_price", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tax_id = _parse_tax_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_id, _raw = _decoding.failed(_v, _e, _path, "tax_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if tax_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_id, _raw = _decoding.failed(_v, None, _path, "tax_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            code = _parse_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            code, _raw = _decoding.failed(_v, _e, _path, "code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if code is _v and (_v.__class__ is list or _v.__class__ is dict):
                code, _raw = _decoding.failed(_v, None, _path, "code", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["unit"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_unit(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            unit = _parse_unit(_v)

        except Exception as _e:
            _decoding.leave(_t)
            unit, _raw = _decoding.failed(_v, _e, _path, "unit", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if unit is _v and (_v.__class__ is list or _v.__class__ is dict):
                unit, _raw = _decoding.failed(_v, None, _path, "unit", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["category"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            category = _parse_category(_v)

        except Exception as _e:
            _decoding.leave(_t)
            category, _raw = _decoding.failed(_v, _e, _path, "category", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if category is _v and (_v.__class__ is list or _v.__class__ is dict):
                category, _raw = _decoding.failed(_v, None, _path, "category", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currency"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency = _parse_currency(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency, _raw = _decoding.failed(_v, _e, _path, "currency", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if currency is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency, _raw = _decoding.failed(_v, None, _path, "currency", "None | str", _raw)

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
            _v = _src["cost"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_cost(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            cost = _parse_cost(_v)

        except Exception as _e:
            _decoding.leave(_t)
            cost, _raw = _decoding.failed(_v, _e, _path, "cost", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if cost is _v and (_v.__class__ is list or _v.__class__ is dict):
                cost, _raw = _decoding.failed(_v, None, _path, "cost", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["available_quantity"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_available_quantity(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            available_quantity = _parse_available_quantity(_v)

        except Exception as _e:
            _decoding.leave(_t)
            available_quantity, _raw = _decoding.failed(
                _v, _e, _path, "available_quantity", "float | None", _raw
            )
        else:
            _decoding.leave(_t)
            if available_quantity is _v and (_v.__class__ is list or _v.__class__ is dict):
                available_quantity, _raw = _decoding.failed(
                    _v, None, _path, "available_quantity", "float | None", _raw
                )

        if cls is ProductItemOut:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.name = name
            _obj.unit_price = unit_price
            _obj.tax_id = tax_id
            _obj.code = code
            _obj.unit = unit
            _obj.category = category
            _obj.currency = currency
            _obj.description = description
            _obj.cost = cost
            _obj.available_quantity = available_quantity
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
                unit_price,
                tax_id,
                code,
                unit,
                category,
                currency,
                description,
                cost,
                available_quantity,
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


from ..models.ref import Ref

_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(ProductItemOut, "source_ref", "source_ref", 1, Ref.from_dict, False)
