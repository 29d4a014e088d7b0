from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.mode import Mode
from ..models.source import Source
from ..types import UNSET, Unset

T = TypeVar("T", bound="POSOrderItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "creation_date",
        "total",
        "tax_amount",
        "payments",
        "items",
        "order_number",
        "closing_date",
        "service_date",
        "device_id",
        "total_discount",
        "total_refund",
        "total_tip",
        "delivery_fee",
        "mode",
        "source",
        "currency",
        "country",
        "loyalty",
        "customer_id",
        "location_id",
        "taxes",
        "guests",
        "invoice_id",
    }
)


@_attrs_define
class POSOrderItem:
    """
    Attributes:
        id (str):
        creation_date (datetime.datetime):
        total (float):
        tax_amount (float):
        payments (list[POSPaymentItem]):
        items (list[POSItem]):
        order_number (None | str | Unset):
        closing_date (datetime.datetime | None | Unset):
        service_date (datetime.datetime | None | Unset):
        device_id (None | str | Unset):
        total_discount (float | None | Unset):  Default: 0.0.
        total_refund (float | None | Unset):  Default: 0.0.
        total_tip (float | None | Unset):  Default: 0.0.
        delivery_fee (float | None | Unset):  Default: 0.0.
        mode (Mode | None | Unset):  Default: Mode.UNKNOWN.
        source (None | Source | Unset):  Default: Source.UNKNOWN.
        currency (None | str | Unset):
        country (None | str | Unset):
        loyalty (int | None | Unset):
        customer_id (None | str | Unset):
        location_id (None | str | Unset):
        taxes (list[TotalTaxItem] | None | Unset):
        guests (int | None | Unset):
        invoice_id (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    creation_date: datetime.datetime
    total: float
    tax_amount: float
    payments: list[POSPaymentItem]
    items: list[POSItem]
    order_number: None | str | Unset = UNSET
    closing_date: datetime.datetime | None | Unset = UNSET
    service_date: datetime.datetime | None | Unset = UNSET
    device_id: None | str | Unset = UNSET
    total_discount: float | None | Unset = 0.0
    total_refund: float | None | Unset = 0.0
    total_tip: float | None | Unset = 0.0
    delivery_fee: float | None | Unset = 0.0
    mode: Mode | None | Unset = Mode.UNKNOWN
    source: None | Source | Unset = Source.UNKNOWN
    currency: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    loyalty: int | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    location_id: None | str | Unset = UNSET
    taxes: list[TotalTaxItem] | None | Unset = UNSET
    guests: int | None | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.creation_date is None or isinstance(self.creation_date, Unset):
            creation_date = self.creation_date
        else:
            creation_date = self.creation_date.isoformat()

        total = self.total

        tax_amount = self.tax_amount

        if self.payments is None or isinstance(self.payments, Unset):
            payments = self.payments
        else:
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        if self.items is None or isinstance(self.items, Unset):
            items = self.items
        else:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.datetime):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        service_date: None | str | Unset
        if isinstance(self.service_date, Unset):
            service_date = UNSET
        elif isinstance(self.service_date, datetime.datetime):
            service_date = self.service_date.isoformat()
        else:
            service_date = self.service_date

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        total_discount: float | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        total_refund: float | None | Unset
        if isinstance(self.total_refund, Unset):
            total_refund = UNSET
        else:
            total_refund = self.total_refund

        total_tip: float | None | Unset
        if isinstance(self.total_tip, Unset):
            total_tip = UNSET
        else:
            total_tip = self.total_tip

        delivery_fee: float | None | Unset
        if isinstance(self.delivery_fee, Unset):
            delivery_fee = UNSET
        else:
            delivery_fee = self.delivery_fee

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, Mode):
            mode = self.mode.value
        else:
            mode = self.mode

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, Source):
            source = self.source.value
        else:
            source = self.source

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        loyalty: int | None | Unset
        if isinstance(self.loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = self.loyalty

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        guests: int | None | Unset
        if isinstance(self.guests, Unset):
            guests = UNSET
        else:
            guests = self.guests

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "creation_date": creation_date,
                "total": total,
                "tax_amount": tax_amount,
                "payments": payments,
                "items": items,
            }
        )
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if closing_date is not UNSET:
            field_dict["closing_date"] = closing_date
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if total_refund is not UNSET:
            field_dict["total_refund"] = total_refund
        if total_tip is not UNSET:
            field_dict["total_tip"] = total_tip
        if delivery_fee is not UNSET:
            field_dict["delivery_fee"] = delivery_fee
        if mode is not UNSET:
            field_dict["mode"] = mode
        if source is not UNSET:
            field_dict["source"] = source
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country is not UNSET:
            field_dict["country"] = country
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if guests is not UNSET:
            field_dict["guests"] = guests
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
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
        _lazy = not _m.strict and cls is POSOrderItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["creation_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                creation_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                creation_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "creation_date", _raw)
        else:
            creation_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "creation_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payments"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "payments", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            payments = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                payments = _v
                _pending |= 1
            else:
                payments = []
                _at = _path + "payments[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        payments.append(_POSPaymentItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, POSPaymentItem, _path, "payments", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["items"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "items", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            items = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                items = _v
                _pending |= 2
            else:
                items = []
                _at = _path + "items[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        items.append(_POSItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, POSItem, _path, "items", _raw)

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
            _v = _src["closing_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_closing_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    closing_date_type_0 = datetime.datetime.fromisoformat(data)

                    return closing_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            closing_date = _parse_closing_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            closing_date, _raw = _decoding.failed(
                _v, _e, _path, "closing_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if closing_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                closing_date, _raw = _decoding.failed(
                    _v, None, _path, "closing_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["service_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_service_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    service_date_type_0 = datetime.datetime.fromisoformat(data)

                    return service_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            service_date = _parse_service_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            service_date, _raw = _decoding.failed(
                _v, _e, _path, "service_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if service_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                service_date, _raw = _decoding.failed(
                    _v, None, _path, "service_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["device_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_device_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            device_id = _parse_device_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            device_id, _raw = _decoding.failed(_v, _e, _path, "device_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if device_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                device_id, _raw = _decoding.failed(_v, None, _path, "device_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["total_discount"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_total_discount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_discount = _parse_total_discount(_v)

        except Exception as _e:
            _decoding.leave(_t)
            total_discount, _raw = _decoding.failed(_v, _e, _path, "total_discount", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if total_discount is _v and (_v.__class__ is list or _v.__class__ is dict):
                total_discount, _raw = _decoding.failed(
                    _v, None, _path, "total_discount", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["total_refund"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_total_refund(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_refund = _parse_total_refund(_v)

        except Exception as _e:
            _decoding.leave(_t)
            total_refund, _raw = _decoding.failed(_v, _e, _path, "total_refund", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if total_refund is _v and (_v.__class__ is list or _v.__class__ is dict):
                total_refund, _raw = _decoding.failed(_v, None, _path, "total_refund", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["total_tip"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_total_tip(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_tip = _parse_total_tip(_v)

        except Exception as _e:
            _decoding.leave(_t)
            total_tip, _raw = _decoding.failed(_v, _e, _path, "total_tip", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if total_tip is _v and (_v.__class__ is list or _v.__class__ is dict):
                total_tip, _raw = _decoding.failed(_v, None, _path, "total_tip", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["delivery_fee"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_delivery_fee(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            delivery_fee = _parse_delivery_fee(_v)

        except Exception as _e:
            _decoding.leave(_t)
            delivery_fee, _raw = _decoding.failed(_v, _e, _path, "delivery_fee", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if delivery_fee is _v and (_v.__class__ is list or _v.__class__ is dict):
                delivery_fee, _raw = _decoding.failed(_v, None, _path, "delivery_fee", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["mode"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_mode(data: object) -> Mode | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    mode_type_0 = Mode(data)

                    return mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Mode | None | Unset, data)

            mode = _parse_mode(_v)

        except Exception as _e:
            _decoding.leave(_t)
            mode, _raw = _decoding.failed(_v, _e, _path, "mode", "Mode | None", _raw)
        else:
            _decoding.leave(_t)
            if mode is _v and (_v.__class__ is list or _v.__class__ is dict):
                mode, _raw = _decoding.failed(_v, None, _path, "mode", "Mode | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_source(data: object) -> None | Source | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    source_type_0 = Source(data)

                    return source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Source | Unset, data)

            source = _parse_source(_v)

        except Exception as _e:
            _decoding.leave(_t)
            source, _raw = _decoding.failed(_v, _e, _path, "source", "None | Source", _raw)
        else:
            _decoding.leave(_t)
            if source is _v and (_v.__class__ is list or _v.__class__ is dict):
                source, _raw = _decoding.failed(_v, None, _path, "source", "None | Source", _raw)

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
            _v = _src["country"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            country = _parse_country(_v)

        except Exception as _e:
            _decoding.leave(_t)
            country, _raw = _decoding.failed(_v, _e, _path, "country", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if country is _v and (_v.__class__ is list or _v.__class__ is dict):
                country, _raw = _decoding.failed(_v, None, _path, "country", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["loyalty"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_loyalty(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            loyalty = _parse_loyalty(_v)

        except Exception as _e:
            _decoding.leave(_t)
            loyalty, _raw = _decoding.failed(_v, _e, _path, "loyalty", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if loyalty is _v and (_v.__class__ is list or _v.__class__ is dict):
                loyalty, _raw = _decoding.failed(_v, None, _path, "loyalty", "int | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["customer_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_customer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_id = _parse_customer_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            customer_id, _raw = _decoding.failed(_v, _e, _path, "customer_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if customer_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                customer_id, _raw = _decoding.failed(_v, None, _path, "customer_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["location_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_location_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            location_id = _parse_location_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            location_id, _raw = _decoding.failed(_v, _e, _path, "location_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if location_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                location_id, _raw = _decoding.failed(_v, None, _path, "location_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["taxes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "taxes", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            taxes = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                taxes = _v
                _pending |= 4
            else:
                taxes = []
                _at = _path + "taxes[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        taxes.append(_TotalTaxItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, TotalTaxItem, _path, "taxes", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["guests"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_guests(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            guests = _parse_guests(_v)

        except Exception as _e:
            _decoding.leave(_t)
            guests, _raw = _decoding.failed(_v, _e, _path, "guests", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if guests is _v and (_v.__class__ is list or _v.__class__ is dict):
                guests, _raw = _decoding.failed(_v, None, _path, "guests", "int | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_invoice_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_id = _parse_invoice_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            invoice_id, _raw = _decoding.failed(_v, _e, _path, "invoice_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if invoice_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                invoice_id, _raw = _decoding.failed(_v, None, _path, "invoice_id", "None | str", _raw)

        if cls is POSOrderItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.creation_date = creation_date
            _obj.total = total
            _obj.tax_amount = tax_amount
            _set_payments(_obj, payments)
            _set_items(_obj, items)
            _obj.order_number = order_number
            _obj.closing_date = closing_date
            _obj.service_date = service_date
            _obj.device_id = device_id
            _obj.total_discount = total_discount
            _obj.total_refund = total_refund
            _obj.total_tip = total_tip
            _obj.delivery_fee = delivery_fee
            _obj.mode = mode
            _obj.source = source
            _obj.currency = currency
            _obj.country = country
            _obj.loyalty = loyalty
            _obj.customer_id = customer_id
            _obj.location_id = location_id
            _set_taxes(_obj, taxes)
            _obj.guests = guests
            _obj.invoice_id = invoice_id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                creation_date,
                total,
                tax_amount,
                payments,
                items,
                order_number,
                closing_date,
                service_date,
                device_id,
                total_discount,
                total_refund,
                total_tip,
                delivery_fee,
                mode,
                source,
                currency,
                country,
                loyalty,
                customer_id,
                location_id,
                taxes,
                guests,
                invoice_id,
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


from ..models.pos_item import POSItem
from ..models.pos_payment_item import POSPaymentItem
from ..models.total_tax_item import TotalTaxItem

_POSItem_from_dict = POSItem.from_dict
_POSPaymentItem_from_dict = POSPaymentItem.from_dict
_TotalTaxItem_from_dict = TotalTaxItem.from_dict

_set_payments = _decoding.lazy(POSOrderItem, "payments", "payments", 1, POSPaymentItem.from_dict, True)
_set_items = _decoding.lazy(POSOrderItem, "items", "items", 2, POSItem.from_dict, True)
_set_taxes = _decoding.lazy(POSOrderItem, "taxes", "taxes", 4, TotalTaxItem.from_dict, True)
