from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemIn")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "customer",
        "billing_address",
        "shipping_address",
        "currency",
        "lines",
        "note",
        "payment_method",
    }
)


@_attrs_define
class OrderItemIn:
    """
    Attributes:
        customer (OrderCustomerItem):
        billing_address (CommerceAddressItemIn):
        shipping_address (CommerceAddressItemIn):
        currency (str):
        lines (list[OrderLineItemIn]):
        note (None | str | Unset):
        payment_method (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    customer: OrderCustomerItem
    billing_address: CommerceAddressItemIn
    shipping_address: CommerceAddressItemIn
    currency: str
    lines: list[OrderLineItemIn]
    note: None | str | Unset = UNSET
    payment_method: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.customer is None or isinstance(self.customer, Unset):
            customer = self.customer
        else:
            customer = self.customer.to_dict()

        if self.billing_address is None or isinstance(self.billing_address, Unset):
            billing_address = self.billing_address
        else:
            billing_address = self.billing_address.to_dict()

        if self.shipping_address is None or isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address
        else:
            shipping_address = self.shipping_address.to_dict()

        currency = self.currency

        if self.lines is None or isinstance(self.lines, Unset):
            lines = self.lines
        else:
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "billing_address": billing_address,
                "shipping_address": shipping_address,
                "currency": currency,
                "lines": lines,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
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
        _lazy = not _m.strict and cls is OrderItemIn
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["customer"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                customer = _v
                _pending |= 1
            else:
                customer = _OrderCustomerItem_from_dict(_v, _path + "customer.")
        else:
            customer, _raw = _decoding.as_model(_v, OrderCustomerItem, _path, "customer", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["billing_address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                billing_address = _v
                _pending |= 2
            else:
                billing_address = _CommerceAddressItemIn_from_dict(_v, _path + "billing_address.")
        else:
            billing_address, _raw = _decoding.as_model(
                _v, CommerceAddressItemIn, _path, "billing_address", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["shipping_address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipping_address = _v
                _pending |= 4
            else:
                shipping_address = _CommerceAddressItemIn_from_dict(_v, _path + "shipping_address.")
        else:
            shipping_address, _raw = _decoding.as_model(
                _v, CommerceAddressItemIn, _path, "shipping_address", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["lines"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "lines", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            lines = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                lines = _v
                _pending |= 8
            else:
                lines = []
                _at = _path + "lines[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        lines.append(_OrderLineItemIn_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, OrderLineItemIn, _path, "lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["note"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_note(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note = _parse_note(_v)

        except Exception as _e:
            _decoding.leave(_t)
            note, _raw = _decoding.failed(_v, _e, _path, "note", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if note is _v and (_v.__class__ is list or _v.__class__ is dict):
                note, _raw = _decoding.failed(_v, None, _path, "note", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_method"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_method(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_method = _parse_payment_method(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_method, _raw = _decoding.failed(_v, _e, _path, "payment_method", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if payment_method is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_method, _raw = _decoding.failed(_v, None, _path, "payment_method", "None | str", _raw)

        if cls is OrderItemIn:
            _obj = _new(cls)
            _set_customer(_obj, customer)
            _set_billing_address(_obj, billing_address)
            _set_shipping_address(_obj, shipping_address)
            _obj.currency = currency
            _set_lines(_obj, lines)
            _obj.note = note
            _obj.payment_method = payment_method
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                customer,
                billing_address,
                shipping_address,
                currency,
                lines,
                note,
                payment_method,
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


from ..models.commerce_address_item_in import CommerceAddressItemIn
from ..models.order_customer_item import OrderCustomerItem
from ..models.order_line_item_in import OrderLineItemIn

_CommerceAddressItemIn_from_dict = CommerceAddressItemIn.from_dict
_OrderCustomerItem_from_dict = OrderCustomerItem.from_dict
_OrderLineItemIn_from_dict = OrderLineItemIn.from_dict

_set_customer = _decoding.lazy(OrderItemIn, "customer", "customer", 1, OrderCustomerItem.from_dict, False)
_set_billing_address = _decoding.lazy(
    OrderItemIn, "billing_address", "billing_address", 2, CommerceAddressItemIn.from_dict, False
)
_set_shipping_address = _decoding.lazy(
    OrderItemIn, "shipping_address", "shipping_address", 4, CommerceAddressItemIn.from_dict, False
)
_set_lines = _decoding.lazy(OrderItemIn, "lines", "lines", 8, OrderLineItemIn.from_dict, True)
