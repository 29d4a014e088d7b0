from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRefundItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "total",
        "created_on",
        "reason",
        "order_lines",
        "other",
        "shipping_refunds",
        "other_fees",
        "transactions",
    }
)


@_attrs_define
class OrderRefundItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        total (float):
        created_on (datetime.datetime | None | Unset):
        reason (None | str | Unset):
        order_lines (list[RefundOrderLineItem] | None | Unset):
        other (float | None | Unset):  Default: 0.0.
        shipping_refunds (list[ShippingRefund] | None | Unset):
        other_fees (list[RefundFeesItem] | None | Unset):
        transactions (list[OrderTransactions] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    total: float
    created_on: datetime.datetime | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    order_lines: list[RefundOrderLineItem] | None | Unset = UNSET
    other: float | None | Unset = 0.0
    shipping_refunds: list[ShippingRefund] | None | Unset = UNSET
    other_fees: list[RefundFeesItem] | None | Unset = UNSET
    transactions: list[OrderTransactions] | None | Unset = UNSET
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

        total = self.total

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        order_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_lines, Unset):
            order_lines = UNSET
        elif isinstance(self.order_lines, list):
            order_lines = []
            for order_lines_type_0_item_data in self.order_lines:
                order_lines_type_0_item = order_lines_type_0_item_data.to_dict()
                order_lines.append(order_lines_type_0_item)

        else:
            order_lines = self.order_lines

        other: float | None | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        else:
            other = self.other

        shipping_refunds: list[dict[str, Any]] | None | Unset
        if isinstance(self.shipping_refunds, Unset):
            shipping_refunds = UNSET
        elif isinstance(self.shipping_refunds, list):
            shipping_refunds = []
            for shipping_refunds_type_0_item_data in self.shipping_refunds:
                shipping_refunds_type_0_item = shipping_refunds_type_0_item_data.to_dict()
                shipping_refunds.append(shipping_refunds_type_0_item)

        else:
            shipping_refunds = self.shipping_refunds

        other_fees: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_fees, Unset):
            other_fees = UNSET
        elif isinstance(self.other_fees, list):
            other_fees = []
            for other_fees_type_0_item_data in self.other_fees:
                other_fees_type_0_item = other_fees_type_0_item_data.to_dict()
                other_fees.append(other_fees_type_0_item)

        else:
            other_fees = self.other_fees

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "total": total,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if reason is not UNSET:
            field_dict["reason"] = reason
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if other is not UNSET:
            field_dict["other"] = other
        if shipping_refunds is not UNSET:
            field_dict["shipping_refunds"] = shipping_refunds
        if other_fees is not UNSET:
            field_dict["other_fees"] = other_fees
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
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
        _lazy = not _m.strict and cls is OrderRefundItem
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
            _v = _src["reason"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reason = _parse_reason(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reason, _raw = _decoding.failed(_v, _e, _path, "reason", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if reason is _v and (_v.__class__ is list or _v.__class__ is dict):
                reason, _raw = _decoding.failed(_v, None, _path, "reason", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["order_lines"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "order_lines", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            order_lines = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                order_lines = _v
                _pending |= 2
            else:
                order_lines = []
                _at = _path + "order_lines[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        order_lines.append(_RefundOrderLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, RefundOrderLineItem, _path, "order_lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["other"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_other(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            other = _parse_other(_v)

        except Exception as _e:
            _decoding.leave(_t)
            other, _raw = _decoding.failed(_v, _e, _path, "other", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if other is _v and (_v.__class__ is list or _v.__class__ is dict):
                other, _raw = _decoding.failed(_v, None, _path, "other", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["shipping_refunds"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "shipping_refunds", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            shipping_refunds = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                shipping_refunds = _v
                _pending |= 4
            else:
                shipping_refunds = []
                _at = _path + "shipping_refunds[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        shipping_refunds.append(_ShippingRefund_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ShippingRefund, _path, "shipping_refunds", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["other_fees"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "other_fees", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            other_fees = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                other_fees = _v
                _pending |= 8
            else:
                other_fees = []
                _at = _path + "other_fees[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        other_fees.append(_RefundFeesItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, RefundFeesItem, _path, "other_fees", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["transactions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "transactions", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            transactions = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                transactions = _v
                _pending |= 16
            else:
                transactions = []
                _at = _path + "transactions[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        transactions.append(_OrderTransactions_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, OrderTransactions, _path, "transactions", _raw)

        if cls is OrderRefundItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.total = total
            _obj.created_on = created_on
            _obj.reason = reason
            _set_order_lines(_obj, order_lines)
            _obj.other = other
            _set_shipping_refunds(_obj, shipping_refunds)
            _set_other_fees(_obj, other_fees)
            _set_transactions(_obj, transactions)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                total,
                created_on,
                reason,
                order_lines,
                other,
                shipping_refunds,
                other_fees,
                transactions,
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


from ..models.order_transactions import OrderTransactions
from ..models.ref import Ref
from ..models.refund_fees_item import RefundFeesItem
from ..models.refund_order_line_item import RefundOrderLineItem
from ..models.shipping_refund import ShippingRefund

_OrderTransactions_from_dict = OrderTransactions.from_dict
_Ref_from_dict = Ref.from_dict
_RefundFeesItem_from_dict = RefundFeesItem.from_dict
_RefundOrderLineItem_from_dict = RefundOrderLineItem.from_dict
_ShippingRefund_from_dict = ShippingRefund.from_dict

_set_source_ref = _decoding.lazy(OrderRefundItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_order_lines = _decoding.lazy(
    OrderRefundItem, "order_lines", "order_lines", 2, RefundOrderLineItem.from_dict, True
)
_set_shipping_refunds = _decoding.lazy(
    OrderRefundItem, "shipping_refunds", "shipping_refunds", 4, ShippingRefund.from_dict, True
)
_set_other_fees = _decoding.lazy(
    OrderRefundItem, "other_fees", "other_fees", 8, RefundFeesItem.from_dict, True
)
_set_transactions = _decoding.lazy(
    OrderRefundItem, "transactions", "transactions", 16, OrderTransactions.from_dict, True
)
