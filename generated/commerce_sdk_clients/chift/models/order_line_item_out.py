from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLineItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "quantity",
        "current_quantity",
        "unit_price",
        "description",
        "tax_rate",
        "untaxed_amount",
        "tax_amount",
        "total",
        "created_on",
        "variant",
        "tax_id",
        "discounts",
        "gift_card",
        "is_gift",
    }
)


@_attrs_define
class OrderLineItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        quantity (int):
        current_quantity (int):
        unit_price (float):
        description (str):
        tax_rate (float):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        created_on (datetime.datetime | None | Unset):
        variant (None | OrderLineProductVariantItem | Unset):
        tax_id (None | str | Unset):
        discounts (list[CommerceDiscountItem] | None | Unset):
        gift_card (bool | None | Unset):  Default: False.
        is_gift (bool | None | Unset):  Default: False.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    quantity: int
    current_quantity: int
    unit_price: float
    description: str
    tax_rate: float
    untaxed_amount: float
    tax_amount: float
    total: float
    created_on: datetime.datetime | None | Unset = UNSET
    variant: None | OrderLineProductVariantItem | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    discounts: list[CommerceDiscountItem] | None | Unset = UNSET
    gift_card: bool | None | Unset = False
    is_gift: bool | None | Unset = False
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

        quantity = self.quantity

        current_quantity = self.current_quantity

        unit_price = self.unit_price

        description = self.description

        tax_rate = self.tax_rate

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        variant: dict[str, Any] | None | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, OrderLineProductVariantItem):
            variant = self.variant.to_dict()
        else:
            variant = self.variant

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        gift_card: bool | None | Unset
        if isinstance(self.gift_card, Unset):
            gift_card = UNSET
        else:
            gift_card = self.gift_card

        is_gift: bool | None | Unset
        if isinstance(self.is_gift, Unset):
            is_gift = UNSET
        else:
            is_gift = self.is_gift

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "quantity": quantity,
                "current_quantity": current_quantity,
                "unit_price": unit_price,
                "description": description,
                "tax_rate": tax_rate,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if variant is not UNSET:
            field_dict["variant"] = variant
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if gift_card is not UNSET:
            field_dict["gift_card"] = gift_card
        if is_gift is not UNSET:
            field_dict["is_gift"] = is_gift
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
        _lazy = not _m.strict and cls is OrderLineItemOut
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
            quantity = _src["quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "int", _path, "quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            current_quantity = _src["current_quantity"]
        except KeyError:
            current_quantity = UNSET
        if current_quantity.__class__ is not int:
            current_quantity, _raw = _decoding.scalar(
                current_quantity, "int", _path, "current_quantity", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            unit_price = _src["unit_price"]
        except KeyError:
            unit_price = UNSET
        if unit_price.__class__ is not float and unit_price.__class__ is not int:
            unit_price, _raw = _decoding.scalar(unit_price, "float", _path, "unit_price", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_rate = _src["tax_rate"]
        except KeyError:
            tax_rate = UNSET
        if tax_rate.__class__ is not float and tax_rate.__class__ is not int:
            tax_rate, _raw = _decoding.scalar(tax_rate, "float", _path, "tax_rate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount = _src["untaxed_amount"]
        except KeyError:
            untaxed_amount = UNSET
        if untaxed_amount.__class__ is not float and untaxed_amount.__class__ is not int:
            untaxed_amount, _raw = _decoding.scalar(untaxed_amount, "float", _path, "untaxed_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

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
            _v = _src["variant"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                variant = _v
                _pending |= 2
            else:
                variant = _OrderLineProductVariantItem_from_dict(_v, _path + "variant.")
        elif _v is None:
            variant = None
        elif _v is UNSET:
            variant = UNSET
        else:
            variant, _raw = _decoding.as_model(_v, OrderLineProductVariantItem, _path, "variant", _raw)

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
            _v = _src["discounts"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "discounts", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            discounts = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                discounts = _v
                _pending |= 4
            else:
                discounts = []
                _at = _path + "discounts[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        discounts.append(_CommerceDiscountItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CommerceDiscountItem, _path, "discounts", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["gift_card"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_gift_card(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            gift_card = _parse_gift_card(_v)

        except Exception as _e:
            _decoding.leave(_t)
            gift_card, _raw = _decoding.failed(_v, _e, _path, "gift_card", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if gift_card is _v and (_v.__class__ is list or _v.__class__ is dict):
                gift_card, _raw = _decoding.failed(_v, None, _path, "gift_card", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["is_gift"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_is_gift(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_gift = _parse_is_gift(_v)

        except Exception as _e:
            _decoding.leave(_t)
            is_gift, _raw = _decoding.failed(_v, _e, _path, "is_gift", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if is_gift is _v and (_v.__class__ is list or _v.__class__ is dict):
                is_gift, _raw = _decoding.failed(_v, None, _path, "is_gift", "bool | None", _raw)

        if cls is OrderLineItemOut:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.quantity = quantity
            _obj.current_quantity = current_quantity
            _obj.unit_price = unit_price
            _obj.description = description
            _obj.tax_rate = tax_rate
            _obj.untaxed_amount = untaxed_amount
            _obj.tax_amount = tax_amount
            _obj.total = total
            _obj.created_on = created_on
            _set_variant(_obj, variant)
            _obj.tax_id = tax_id
            _set_discounts(_obj, discounts)
            _obj.gift_card = gift_card
            _obj.is_gift = is_gift
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                quantity,
                current_quantity,
                unit_price,
                description,
                tax_rate,
                untaxed_amount,
                tax_amount,
                total,
                created_on,
                variant,
                tax_id,
                discounts,
                gift_card,
                is_gift,
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


from ..models.commerce_discount_item import CommerceDiscountItem
from ..models.order_line_product_variant_item import OrderLineProductVariantItem
from ..models.ref import Ref

_CommerceDiscountItem_from_dict = CommerceDiscountItem.from_dict
_OrderLineProductVariantItem_from_dict = OrderLineProductVariantItem.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(OrderLineItemOut, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_variant = _decoding.lazy(
    OrderLineItemOut, "variant", "variant", 2, OrderLineProductVariantItem.from_dict, False
)
_set_discounts = _decoding.lazy(
    OrderLineItemOut, "discounts", "discounts", 4, CommerceDiscountItem.from_dict, True
)
