from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "status",
        "discount_amount",
        "untaxed_amount_without_fees",
        "tax_amount_without_fees",
        "total_without_fees",
        "current_untaxed_amount",
        "current_tax_amount",
        "current_total",
        "untaxed_amount",
        "tax_amount",
        "total",
        "currency",
        "lines",
        "order_number",
        "channel",
        "customer",
        "billing_address",
        "shipping_address",
        "created_on",
        "last_updated_on",
        "confirmed_on",
        "delivery_date",
        "cancelled_on",
        "fulfillment",
        "refunded_amount",
        "note",
        "tags",
        "other_fees",
        "payment_method_id",
        "transactions",
        "payment_methods",
        "detailed_refunds",
        "returns",
    }
)


@_attrs_define
class OrderItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (OrderStatus):
        discount_amount (float):
        untaxed_amount_without_fees (float):
        tax_amount_without_fees (float):
        total_without_fees (float):
        current_untaxed_amount (float):
        current_tax_amount (float):
        current_total (float):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        currency (str):
        lines (list[OrderLineItemOut]):
        order_number (None | str | Unset):
        channel (None | str | Unset):
        customer (None | OrderCustomerItemOut | Unset):
        billing_address (CommerceAddressItemOut | None | Unset):
        shipping_address (CommerceAddressItemOut | None | Unset):
        created_on (datetime.datetime | None | Unset):
        last_updated_on (datetime.datetime | None | Unset):
        confirmed_on (datetime.datetime | None | Unset):
        delivery_date (datetime.datetime | None | Unset):
        cancelled_on (datetime.datetime | None | Unset):
        fulfillment (EcommerceFulfillmentObject | None | Unset):
        refunded_amount (float | None | Unset):  Default: 0.0.
        note (None | str | Unset):
        tags (list[str] | None | Unset):
        other_fees (list[FeesItem] | None | Unset):
        payment_method_id (None | str | Unset):
        transactions (list[OrderTransactions] | None | Unset):
        payment_methods (list[OrderPaymentMethods] | None | Unset):
        detailed_refunds (list[OrderRefundItem] | None | Unset):
        returns (list[OrderReturnItem] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    status: OrderStatus
    discount_amount: float
    untaxed_amount_without_fees: float
    tax_amount_without_fees: float
    total_without_fees: float
    current_untaxed_amount: float
    current_tax_amount: float
    current_total: float
    untaxed_amount: float
    tax_amount: float
    total: float
    currency: str
    lines: list[OrderLineItemOut]
    order_number: None | str | Unset = UNSET
    channel: None | str | Unset = UNSET
    customer: None | OrderCustomerItemOut | Unset = UNSET
    billing_address: CommerceAddressItemOut | None | Unset = UNSET
    shipping_address: CommerceAddressItemOut | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    last_updated_on: datetime.datetime | None | Unset = UNSET
    confirmed_on: datetime.datetime | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    cancelled_on: datetime.datetime | None | Unset = UNSET
    fulfillment: EcommerceFulfillmentObject | None | Unset = UNSET
    refunded_amount: float | None | Unset = 0.0
    note: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    other_fees: list[FeesItem] | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    transactions: list[OrderTransactions] | None | Unset = UNSET
    payment_methods: list[OrderPaymentMethods] | None | Unset = UNSET
    detailed_refunds: list[OrderRefundItem] | None | Unset = UNSET
    returns: list[OrderReturnItem] | None | Unset = UNSET
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

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        discount_amount = self.discount_amount

        untaxed_amount_without_fees = self.untaxed_amount_without_fees

        tax_amount_without_fees = self.tax_amount_without_fees

        total_without_fees = self.total_without_fees

        current_untaxed_amount = self.current_untaxed_amount

        current_tax_amount = self.current_tax_amount

        current_total = self.current_total

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        currency = self.currency

        if self.lines is None or isinstance(self.lines, Unset):
            lines = self.lines
        else:
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, OrderCustomerItemOut):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, CommerceAddressItemOut):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, CommerceAddressItemOut):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

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

        confirmed_on: None | str | Unset
        if isinstance(self.confirmed_on, Unset):
            confirmed_on = UNSET
        elif isinstance(self.confirmed_on, datetime.datetime):
            confirmed_on = self.confirmed_on.isoformat()
        else:
            confirmed_on = self.confirmed_on

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.datetime):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        cancelled_on: None | str | Unset
        if isinstance(self.cancelled_on, Unset):
            cancelled_on = UNSET
        elif isinstance(self.cancelled_on, datetime.datetime):
            cancelled_on = self.cancelled_on.isoformat()
        else:
            cancelled_on = self.cancelled_on

        fulfillment: dict[str, Any] | None | Unset
        if isinstance(self.fulfillment, Unset):
            fulfillment = UNSET
        elif isinstance(self.fulfillment, EcommerceFulfillmentObject):
            fulfillment = self.fulfillment.to_dict()
        else:
            fulfillment = self.fulfillment

        refunded_amount: float | None | Unset
        if isinstance(self.refunded_amount, Unset):
            refunded_amount = UNSET
        else:
            refunded_amount = self.refunded_amount

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

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

        payment_methods: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_methods, Unset):
            payment_methods = UNSET
        elif isinstance(self.payment_methods, list):
            payment_methods = []
            for payment_methods_type_0_item_data in self.payment_methods:
                payment_methods_type_0_item = payment_methods_type_0_item_data.to_dict()
                payment_methods.append(payment_methods_type_0_item)

        else:
            payment_methods = self.payment_methods

        detailed_refunds: list[dict[str, Any]] | None | Unset
        if isinstance(self.detailed_refunds, Unset):
            detailed_refunds = UNSET
        elif isinstance(self.detailed_refunds, list):
            detailed_refunds = []
            for detailed_refunds_type_0_item_data in self.detailed_refunds:
                detailed_refunds_type_0_item = detailed_refunds_type_0_item_data.to_dict()
                detailed_refunds.append(detailed_refunds_type_0_item)

        else:
            detailed_refunds = self.detailed_refunds

        returns: list[dict[str, Any]] | None | Unset
        if isinstance(self.returns, Unset):
            returns = UNSET
        elif isinstance(self.returns, list):
            returns = []
            for returns_type_0_item_data in self.returns:
                returns_type_0_item = returns_type_0_item_data.to_dict()
                returns.append(returns_type_0_item)

        else:
            returns = self.returns

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "status": status,
                "discount_amount": discount_amount,
                "untaxed_amount_without_fees": untaxed_amount_without_fees,
                "tax_amount_without_fees": tax_amount_without_fees,
                "total_without_fees": total_without_fees,
                "current_untaxed_amount": current_untaxed_amount,
                "current_tax_amount": current_tax_amount,
                "current_total": current_total,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
                "currency": currency,
                "lines": lines,
            }
        )
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if channel is not UNSET:
            field_dict["channel"] = channel
        if customer is not UNSET:
            field_dict["customer"] = customer
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if confirmed_on is not UNSET:
            field_dict["confirmed_on"] = confirmed_on
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if cancelled_on is not UNSET:
            field_dict["cancelled_on"] = cancelled_on
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if note is not UNSET:
            field_dict["note"] = note
        if tags is not UNSET:
            field_dict["tags"] = tags
        if other_fees is not UNSET:
            field_dict["other_fees"] = other_fees
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods
        if detailed_refunds is not UNSET:
            field_dict["detailed_refunds"] = detailed_refunds
        if returns is not UNSET:
            field_dict["returns"] = returns
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
        _lazy = not _m.strict and cls is OrderItemOut
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
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "OrderStatus", _raw)
        else:
            try:
                status = OrderStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "OrderStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            discount_amount = _src["discount_amount"]
        except KeyError:
            discount_amount = UNSET
        if discount_amount.__class__ is not float and discount_amount.__class__ is not int:
            discount_amount, _raw = _decoding.scalar(discount_amount, "float", _path, "discount_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount_without_fees = _src["untaxed_amount_without_fees"]
        except KeyError:
            untaxed_amount_without_fees = UNSET
        if (
            untaxed_amount_without_fees.__class__ is not float
            and untaxed_amount_without_fees.__class__ is not int
        ):
            untaxed_amount_without_fees, _raw = _decoding.scalar(
                untaxed_amount_without_fees, "float", _path, "untaxed_amount_without_fees", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount_without_fees = _src["tax_amount_without_fees"]
        except KeyError:
            tax_amount_without_fees = UNSET
        if tax_amount_without_fees.__class__ is not float and tax_amount_without_fees.__class__ is not int:
            tax_amount_without_fees, _raw = _decoding.scalar(
                tax_amount_without_fees, "float", _path, "tax_amount_without_fees", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_without_fees = _src["total_without_fees"]
        except KeyError:
            total_without_fees = UNSET
        if total_without_fees.__class__ is not float and total_without_fees.__class__ is not int:
            total_without_fees, _raw = _decoding.scalar(
                total_without_fees, "float", _path, "total_without_fees", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            current_untaxed_amount = _src["current_untaxed_amount"]
        except KeyError:
            current_untaxed_amount = UNSET
        if current_untaxed_amount.__class__ is not float and current_untaxed_amount.__class__ is not int:
            current_untaxed_amount, _raw = _decoding.scalar(
                current_untaxed_amount, "float", _path, "current_untaxed_amount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            current_tax_amount = _src["current_tax_amount"]
        except KeyError:
            current_tax_amount = UNSET
        if current_tax_amount.__class__ is not float and current_tax_amount.__class__ is not int:
            current_tax_amount, _raw = _decoding.scalar(
                current_tax_amount, "float", _path, "current_tax_amount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            current_total = _src["current_total"]
        except KeyError:
            current_total = UNSET
        if current_total.__class__ is not float and current_total.__class__ is not int:
            current_total, _raw = _decoding.scalar(current_total, "float", _path, "current_total", _raw)

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
                _pending |= 2
            else:
                lines = []
                _at = _path + "lines[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        lines.append(_OrderLineItemOut_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, OrderLineItemOut, _path, "lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["order_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_order_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            order_number = _parse_order_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            order_number, _raw = _decoding.failed(_v, _e, _path, "order_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if order_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                order_number, _raw = _decoding.failed(_v, None, _path, "order_number", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["channel"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_channel(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            channel = _parse_channel(_v)

        except Exception as _e:
            _decoding.leave(_t)
            channel, _raw = _decoding.failed(_v, _e, _path, "channel", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if channel is _v and (_v.__class__ is list or _v.__class__ is dict):
                channel, _raw = _decoding.failed(_v, None, _path, "channel", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["customer"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                customer = _v
                _pending |= 4
            else:
                customer = _OrderCustomerItemOut_from_dict(_v, _path + "customer.")
        elif _v is None:
            customer = None
        elif _v is UNSET:
            customer = UNSET
        else:
            customer, _raw = _decoding.as_model(_v, OrderCustomerItemOut, _path, "customer", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["billing_address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                billing_address = _v
                _pending |= 8
            else:
                billing_address = _CommerceAddressItemOut_from_dict(_v, _path + "billing_address.")
        elif _v is None:
            billing_address = None
        elif _v is UNSET:
            billing_address = UNSET
        else:
            billing_address, _raw = _decoding.as_model(
                _v, CommerceAddressItemOut, _path, "billing_address", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["shipping_address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipping_address = _v
                _pending |= 16
            else:
                shipping_address = _CommerceAddressItemOut_from_dict(_v, _path + "shipping_address.")
        elif _v is None:
            shipping_address = None
        elif _v is UNSET:
            shipping_address = UNSET
        else:
            shipping_address, _raw = _decoding.as_model(
                _v, CommerceAddressItemOut, _path, "shipping_address", _raw
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
            _v = _src["confirmed_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_confirmed_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    confirmed_on_type_0 = datetime.datetime.fromisoformat(data)

                    return confirmed_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            confirmed_on = _parse_confirmed_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            confirmed_on, _raw = _decoding.failed(
                _v, _e, _path, "confirmed_on", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if confirmed_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                confirmed_on, _raw = _decoding.failed(
                    _v, None, _path, "confirmed_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["delivery_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_delivery_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                    return delivery_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            delivery_date = _parse_delivery_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            delivery_date, _raw = _decoding.failed(
                _v, _e, _path, "delivery_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if delivery_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                delivery_date, _raw = _decoding.failed(
                    _v, None, _path, "delivery_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["cancelled_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_cancelled_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    cancelled_on_type_0 = datetime.datetime.fromisoformat(data)

                    return cancelled_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            cancelled_on = _parse_cancelled_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            cancelled_on, _raw = _decoding.failed(
                _v, _e, _path, "cancelled_on", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if cancelled_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                cancelled_on, _raw = _decoding.failed(
                    _v, None, _path, "cancelled_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["fulfillment"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                fulfillment = _v
                _pending |= 32
            else:
                fulfillment = _EcommerceFulfillmentObject_from_dict(_v, _path + "fulfillment.")
        elif _v is None:
            fulfillment = None
        elif _v is UNSET:
            fulfillment = UNSET
        else:
            fulfillment, _raw = _decoding.as_model(_v, EcommerceFulfillmentObject, _path, "fulfillment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["refunded_amount"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_refunded_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            refunded_amount = _parse_refunded_amount(_v)

        except Exception as _e:
            _decoding.leave(_t)
            refunded_amount, _raw = _decoding.failed(_v, _e, _path, "refunded_amount", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if refunded_amount is _v and (_v.__class__ is list or _v.__class__ is dict):
                refunded_amount, _raw = _decoding.failed(
                    _v, None, _path, "refunded_amount", "float | None", _raw
                )

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
            _v = _src["tags"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tags(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tags_type_0 = cast(list[str], data)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            tags = _parse_tags(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tags, _raw = _decoding.failed(_v, _e, _path, "tags", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

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
                _pending |= 64
            else:
                other_fees = []
                _at = _path + "other_fees[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        other_fees.append(_FeesItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, FeesItem, _path, "other_fees", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_method_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_method_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_method_id = _parse_payment_method_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_method_id, _raw = _decoding.failed(_v, _e, _path, "payment_method_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if payment_method_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_method_id, _raw = _decoding.failed(
                    _v, None, _path, "payment_method_id", "None | str", _raw
                )

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
                _pending |= 128
            else:
                transactions = []
                _at = _path + "transactions[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        transactions.append(_OrderTransactions_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, OrderTransactions, _path, "transactions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_methods"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "payment_methods", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            payment_methods = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                payment_methods = _v
                _pending |= 256
            else:
                payment_methods = []
                _at = _path + "payment_methods[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        payment_methods.append(_OrderPaymentMethods_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, OrderPaymentMethods, _path, "payment_methods", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["detailed_refunds"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "detailed_refunds", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            detailed_refunds = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                detailed_refunds = _v
                _pending |= 512
            else:
                detailed_refunds = []
                _at = _path + "detailed_refunds[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        detailed_refunds.append(_OrderRefundItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, OrderRefundItem, _path, "detailed_refunds", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["returns"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "returns", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            returns = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                returns = _v
                _pending |= 1024
            else:
                returns = []
                _at = _path + "returns[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        returns.append(_OrderReturnItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, OrderReturnItem, _path, "returns", _raw)

        if cls is OrderItemOut:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.status = status
            _obj.discount_amount = discount_amount
            _obj.untaxed_amount_without_fees = untaxed_amount_without_fees
            _obj.tax_amount_without_fees = tax_amount_without_fees
            _obj.total_without_fees = total_without_fees
            _obj.current_untaxed_amount = current_untaxed_amount
            _obj.current_tax_amount = current_tax_amount
            _obj.current_total = current_total
            _obj.untaxed_amount = untaxed_amount
            _obj.tax_amount = tax_amount
            _obj.total = total
            _obj.currency = currency
            _set_lines(_obj, lines)
            _obj.order_number = order_number
            _obj.channel = channel
            _set_customer(_obj, customer)
            _set_billing_address(_obj, billing_address)
            _set_shipping_address(_obj, shipping_address)
            _obj.created_on = created_on
            _obj.last_updated_on = last_updated_on
            _obj.confirmed_on = confirmed_on
            _obj.delivery_date = delivery_date
            _obj.cancelled_on = cancelled_on
            _set_fulfillment(_obj, fulfillment)
            _obj.refunded_amount = refunded_amount
            _obj.note = note
            _obj.tags = tags
            _set_other_fees(_obj, other_fees)
            _obj.payment_method_id = payment_method_id
            _set_transactions(_obj, transactions)
            _set_payment_methods(_obj, payment_methods)
            _set_detailed_refunds(_obj, detailed_refunds)
            _set_returns(_obj, returns)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                status,
                discount_amount,
                untaxed_amount_without_fees,
                tax_amount_without_fees,
                total_without_fees,
                current_untaxed_amount,
                current_tax_amount,
                current_total,
                untaxed_amount,
                tax_amount,
                total,
                currency,
                lines,
                order_number,
                channel,
                customer,
                billing_address,
                shipping_address,
                created_on,
                last_updated_on,
                confirmed_on,
                delivery_date,
                cancelled_on,
                fulfillment,
                refunded_amount,
                note,
                tags,
                other_fees,
                payment_method_id,
                transactions,
                payment_methods,
                detailed_refunds,
                returns,
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


from ..models.commerce_address_item_out import CommerceAddressItemOut
from ..models.ecommerce_fulfillment_object import EcommerceFulfillmentObject
from ..models.fees_item import FeesItem
from ..models.order_customer_item_out import OrderCustomerItemOut
from ..models.order_line_item_out import OrderLineItemOut
from ..models.order_payment_methods import OrderPaymentMethods
from ..models.order_refund_item import OrderRefundItem
from ..models.order_return_item import OrderReturnItem
from ..models.order_transactions import OrderTransactions
from ..models.ref import Ref

_CommerceAddressItemOut_from_dict = CommerceAddressItemOut.from_dict
_EcommerceFulfillmentObject_from_dict = EcommerceFulfillmentObject.from_dict
_FeesItem_from_dict = FeesItem.from_dict
_OrderCustomerItemOut_from_dict = OrderCustomerItemOut.from_dict
_OrderLineItemOut_from_dict = OrderLineItemOut.from_dict
_OrderPaymentMethods_from_dict = OrderPaymentMethods.from_dict
_OrderRefundItem_from_dict = OrderRefundItem.from_dict
_OrderReturnItem_from_dict = OrderReturnItem.from_dict
_OrderTransactions_from_dict = OrderTransactions.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(OrderItemOut, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_lines = _decoding.lazy(OrderItemOut, "lines", "lines", 2, OrderLineItemOut.from_dict, True)
_set_customer = _decoding.lazy(OrderItemOut, "customer", "customer", 4, OrderCustomerItemOut.from_dict, False)
_set_billing_address = _decoding.lazy(
    OrderItemOut, "billing_address", "billing_address", 8, CommerceAddressItemOut.from_dict, False
)
_set_shipping_address = _decoding.lazy(
    OrderItemOut, "shipping_address", "shipping_address", 16, CommerceAddressItemOut.from_dict, False
)
_set_fulfillment = _decoding.lazy(
    OrderItemOut, "fulfillment", "fulfillment", 32, EcommerceFulfillmentObject.from_dict, False
)
_set_other_fees = _decoding.lazy(OrderItemOut, "other_fees", "other_fees", 64, FeesItem.from_dict, True)
_set_transactions = _decoding.lazy(
    OrderItemOut, "transactions", "transactions", 128, OrderTransactions.from_dict, True
)
_set_payment_methods = _decoding.lazy(
    OrderItemOut, "payment_methods", "payment_methods", 256, OrderPaymentMethods.from_dict, True
)
_set_detailed_refunds = _decoding.lazy(
    OrderItemOut, "detailed_refunds", "detailed_refunds", 512, OrderRefundItem.from_dict, True
)
_set_returns = _decoding.lazy(OrderItemOut, "returns", "returns", 1024, OrderReturnItem.from_dict, True)
