from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.payment_payment_status import PaymentPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicingPaymentItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "status",
        "description",
        "amount",
        "currency",
        "payment_date",
        "partner_id",
        "payment_method_id",
        "payment_method_name",
        "invoice_id",
        "invoice_number",
    }
)


@_attrs_define
class InvoicingPaymentItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (PaymentPaymentStatus):
        description (str):
        amount (float):
        currency (str):
        payment_date (datetime.datetime):
        partner_id (None | str | Unset):
        payment_method_id (None | str | Unset):
        payment_method_name (None | str | Unset):
        invoice_id (None | str | Unset):
        invoice_number (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    status: PaymentPaymentStatus
    description: str
    amount: float
    currency: str
    payment_date: datetime.datetime
    partner_id: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    payment_method_name: None | str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
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

        description = self.description

        amount = self.amount

        currency = self.currency

        if self.payment_date is None or isinstance(self.payment_date, Unset):
            payment_date = self.payment_date
        else:
            payment_date = self.payment_date.isoformat()

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_method_name: None | str | Unset
        if isinstance(self.payment_method_name, Unset):
            payment_method_name = UNSET
        else:
            payment_method_name = self.payment_method_name

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "status": status,
                "description": description,
                "amount": amount,
                "currency": currency,
                "payment_date": payment_date,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if payment_method_name is not UNSET:
            field_dict["payment_method_name"] = payment_method_name
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
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
        _lazy = not _m.strict and cls is InvoicingPaymentItem
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
            status, _raw = _decoding.missing(_path, "status", "PaymentPaymentStatus", _raw)
        else:
            try:
                status = PaymentPaymentStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "PaymentPaymentStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                payment_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                payment_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "payment_date", _raw)
        else:
            payment_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "payment_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            partner_id = _parse_partner_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            partner_id, _raw = _decoding.failed(_v, _e, _path, "partner_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if partner_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                partner_id, _raw = _decoding.failed(_v, None, _path, "partner_id", "None | str", _raw)

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
            _v = _src["payment_method_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_method_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_method_name = _parse_payment_method_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_method_name, _raw = _decoding.failed(
                _v, _e, _path, "payment_method_name", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if payment_method_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_method_name, _raw = _decoding.failed(
                    _v, None, _path, "payment_method_name", "None | str", _raw
                )

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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_invoice_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_number = _parse_invoice_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            invoice_number, _raw = _decoding.failed(_v, _e, _path, "invoice_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if invoice_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                invoice_number, _raw = _decoding.failed(_v, None, _path, "invoice_number", "None | str", _raw)

        if cls is InvoicingPaymentItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.status = status
            _obj.description = description
            _obj.amount = amount
            _obj.currency = currency
            _obj.payment_date = payment_date
            _obj.partner_id = partner_id
            _obj.payment_method_id = payment_method_id
            _obj.payment_method_name = payment_method_name
            _obj.invoice_id = invoice_id
            _obj.invoice_number = invoice_number
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
                description,
                amount,
                currency,
                payment_date,
                partner_id,
                payment_method_id,
                payment_method_name,
                invoice_id,
                invoice_number,
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

_set_source_ref = _decoding.lazy(InvoicingPaymentItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
