from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.transaction_accounting_category import TransactionAccountingCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "amount",
        "fee",
        "currency",
        "exchange_rate",
        "create_date",
        "application_type",
        "accounting_category",
        "refund_id",
        "payment_id",
        "description",
    }
)


@_attrs_define
class TransactionItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        amount (float):
        fee (float):
        currency (str):
        exchange_rate (float):
        create_date (datetime.datetime):
        application_type (str):
        accounting_category (TransactionAccountingCategory):
        refund_id (None | str | Unset):
        payment_id (None | str | Unset):
        description (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    amount: float
    fee: float
    currency: str
    exchange_rate: float
    create_date: datetime.datetime
    application_type: str
    accounting_category: TransactionAccountingCategory
    refund_id: None | str | Unset = UNSET
    payment_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
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

        amount = self.amount

        fee = self.fee

        currency = self.currency

        exchange_rate = self.exchange_rate

        if self.create_date is None or isinstance(self.create_date, Unset):
            create_date = self.create_date
        else:
            create_date = self.create_date.isoformat()

        application_type = self.application_type

        if self.accounting_category is None or isinstance(self.accounting_category, Unset):
            accounting_category = self.accounting_category
        else:
            accounting_category = self.accounting_category.value

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = self.payment_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "amount": amount,
                "fee": fee,
                "currency": currency,
                "exchange_rate": exchange_rate,
                "create_date": create_date,
                "application_type": application_type,
                "accounting_category": accounting_category,
            }
        )
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if description is not UNSET:
            field_dict["description"] = description
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
        _lazy = not _m.strict and cls is TransactionItemOut
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
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            fee = _src["fee"]
        except KeyError:
            fee = UNSET
        if fee.__class__ is not float and fee.__class__ is not int:
            fee, _raw = _decoding.scalar(fee, "float", _path, "fee", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            exchange_rate = _src["exchange_rate"]
        except KeyError:
            exchange_rate = UNSET
        if exchange_rate.__class__ is not float and exchange_rate.__class__ is not int:
            exchange_rate, _raw = _decoding.scalar(exchange_rate, "float", _path, "exchange_rate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["create_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                create_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                create_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "create_date", _raw)
        else:
            create_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "create_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            application_type = _src["application_type"]
        except KeyError:
            application_type = UNSET
        if application_type.__class__ is not str:
            application_type, _raw = _decoding.scalar(
                application_type, "str", _path, "application_type", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accounting_category"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            accounting_category, _raw = _decoding.missing(
                _path, "accounting_category", "TransactionAccountingCategory", _raw
            )
        else:
            try:
                accounting_category = TransactionAccountingCategory(_v)

            except Exception as _e:
                accounting_category, _raw = _decoding.failed(
                    _v, _e, _path, "accounting_category", "TransactionAccountingCategory", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["refund_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_refund_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            refund_id = _parse_refund_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            refund_id, _raw = _decoding.failed(_v, _e, _path, "refund_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if refund_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                refund_id, _raw = _decoding.failed(_v, None, _path, "refund_id", "None | str", _raw)

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

        if cls is TransactionItemOut:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.amount = amount
            _obj.fee = fee
            _obj.currency = currency
            _obj.exchange_rate = exchange_rate
            _obj.create_date = create_date
            _obj.application_type = application_type
            _obj.accounting_category = accounting_category
            _obj.refund_id = refund_id
            _obj.payment_id = payment_id
            _obj.description = description
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                amount,
                fee,
                currency,
                exchange_rate,
                create_date,
                application_type,
                accounting_category,
                refund_id,
                payment_id,
                description,
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

_set_source_ref = _decoding.lazy(TransactionItemOut, "source_ref", "source_ref", 1, Ref.from_dict, False)
