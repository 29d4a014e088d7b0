from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.payment_payment_status import PaymentPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "status",
        "description",
        "amount",
        "currency",
        "refund_date",
        "payment_id",
    }
)


@_attrs_define
class RefundItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (PaymentPaymentStatus):
        description (str):
        amount (float):
        currency (str):
        refund_date (datetime.datetime):
        payment_id (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    status: PaymentPaymentStatus
    description: str
    amount: float
    currency: str
    refund_date: datetime.datetime
    payment_id: None | str | Unset = UNSET
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

        if self.refund_date is None or isinstance(self.refund_date, Unset):
            refund_date = self.refund_date
        else:
            refund_date = self.refund_date.isoformat()

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = self.payment_id

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
                "refund_date": refund_date,
            }
        )
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
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
        _lazy = not _m.strict and cls is RefundItemOut
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
            _v = _src["refund_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                refund_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                refund_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "refund_date", _raw)
        else:
            refund_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "refund_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_id = _parse_payment_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_id, _raw = _decoding.failed(_v, _e, _path, "payment_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if payment_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_id, _raw = _decoding.failed(_v, None, _path, "payment_id", "None | str", _raw)

        if cls is RefundItemOut:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.status = status
            _obj.description = description
            _obj.amount = amount
            _obj.currency = currency
            _obj.refund_date = refund_date
            _obj.payment_id = payment_id
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
                refund_date,
                payment_id,
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

_set_source_ref = _decoding.lazy(RefundItemOut, "source_ref", "source_ref", 1, Ref.from_dict, False)
