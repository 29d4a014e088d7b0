from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.pms_accounting_transaction_status import PMSAccountingTransactionStatus
from ..models.pms_accounting_transaction_type import PMSAccountingTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSAccountingTransactionItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "group_id",
        "date",
        "amount",
        "is_tax_line",
        "currency",
        "transaction_type",
        "status",
        "origin",
        "sub_group_id",
        "tax_code",
        "description",
        "currency_exchange_rate",
        "accounting_category_id",
        "ledger_account_code",
        "partner_id",
        "reference",
        "location_id",
    }
)


@_attrs_define
class PMSAccountingTransactionItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        group_id (str):
        date (datetime.datetime):
        amount (float):
        is_tax_line (bool):
        currency (str):
        transaction_type (PMSAccountingTransactionType):
        status (PMSAccountingTransactionStatus):
        origin (None | PMSAccountingTransactionOrigin):
        sub_group_id (None | str | Unset):
        tax_code (None | str | Unset):
        description (None | str | Unset):  Default: ''.
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        accounting_category_id (None | str | Unset):
        ledger_account_code (None | str | Unset):
        partner_id (ChiftId | None | Unset):
        reference (None | str | Unset):
        location_id (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    group_id: str
    date: datetime.datetime
    amount: float
    is_tax_line: bool
    currency: str
    transaction_type: PMSAccountingTransactionType
    status: PMSAccountingTransactionStatus
    origin: None | PMSAccountingTransactionOrigin
    sub_group_id: None | str | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    description: None | str | Unset = ""
    currency_exchange_rate: float | None | Unset = 1.0
    accounting_category_id: None | str | Unset = UNSET
    ledger_account_code: None | str | Unset = UNSET
    partner_id: ChiftId | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    location_id: None | str | Unset = UNSET
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

        group_id = self.group_id

        if self.date is None or isinstance(self.date, Unset):
            date = self.date
        else:
            date = self.date.isoformat()

        amount = self.amount

        is_tax_line = self.is_tax_line

        currency = self.currency

        if self.transaction_type is None or isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type
        else:
            transaction_type = self.transaction_type.value

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        if self.origin is None or isinstance(self.origin, Unset):
            origin = self.origin
        else:
            origin: dict[str, Any] | None
            if isinstance(self.origin, PMSAccountingTransactionOrigin):
                origin = self.origin.to_dict()
            else:
                origin = self.origin

        sub_group_id: None | str | Unset
        if isinstance(self.sub_group_id, Unset):
            sub_group_id = UNSET
        else:
            sub_group_id = self.sub_group_id

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        accounting_category_id: None | str | Unset
        if isinstance(self.accounting_category_id, Unset):
            accounting_category_id = UNSET
        else:
            accounting_category_id = self.accounting_category_id

        ledger_account_code: None | str | Unset
        if isinstance(self.ledger_account_code, Unset):
            ledger_account_code = UNSET
        else:
            ledger_account_code = self.ledger_account_code

        partner_id: dict[str, Any] | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        elif isinstance(self.partner_id, ChiftId):
            partner_id = self.partner_id.to_dict()
        else:
            partner_id = self.partner_id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "group_id": group_id,
                "date": date,
                "amount": amount,
                "is_tax_line": is_tax_line,
                "currency": currency,
                "transaction_type": transaction_type,
                "status": status,
                "origin": origin,
            }
        )
        if sub_group_id is not UNSET:
            field_dict["sub_group_id"] = sub_group_id
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if description is not UNSET:
            field_dict["description"] = description
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if accounting_category_id is not UNSET:
            field_dict["accounting_category_id"] = accounting_category_id
        if ledger_account_code is not UNSET:
            field_dict["ledger_account_code"] = ledger_account_code
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
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
        _lazy = not _m.strict and cls is PMSAccountingTransactionItem
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
            group_id = _src["group_id"]
        except KeyError:
            group_id = UNSET
        if group_id.__class__ is not str:
            group_id, _raw = _decoding.scalar(group_id, "str", _path, "group_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                date, _raw = _decoding.as_datetime(_v, "date-time", _path, "date", _raw)
        else:
            date, _raw = _decoding.as_datetime(_v, "date-time", _path, "date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_tax_line = _src["is_tax_line"]
        except KeyError:
            is_tax_line = UNSET
        if is_tax_line.__class__ is not bool:
            is_tax_line, _raw = _decoding.scalar(is_tax_line, "bool", _path, "is_tax_line", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["transaction_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            transaction_type, _raw = _decoding.missing(
                _path, "transaction_type", "PMSAccountingTransactionType", _raw
            )
        else:
            try:
                transaction_type = PMSAccountingTransactionType(_v)

            except Exception as _e:
                transaction_type, _raw = _decoding.failed(
                    _v, _e, _path, "transaction_type", "PMSAccountingTransactionType", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "PMSAccountingTransactionStatus", _raw)
        else:
            try:
                status = PMSAccountingTransactionStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(
                    _v, _e, _path, "status", "PMSAccountingTransactionStatus", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["origin"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                origin = _v
                _pending |= 2
            else:
                origin = _PMSAccountingTransactionOrigin_from_dict(_v, _path + "origin.")
        elif _v is None:
            origin = None
        else:
            origin, _raw = _decoding.as_model(_v, PMSAccountingTransactionOrigin, _path, "origin", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["sub_group_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_sub_group_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sub_group_id = _parse_sub_group_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            sub_group_id, _raw = _decoding.failed(_v, _e, _path, "sub_group_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if sub_group_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                sub_group_id, _raw = _decoding.failed(_v, None, _path, "sub_group_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tax_code = _parse_tax_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_code, _raw = _decoding.failed(_v, _e, _path, "tax_code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if tax_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_code, _raw = _decoding.failed(_v, None, _path, "tax_code", "None | str", _raw)

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
            _v = _src["currency_exchange_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            currency_exchange_rate = _parse_currency_exchange_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency_exchange_rate, _raw = _decoding.failed(
                _v, _e, _path, "currency_exchange_rate", "float | None", _raw
            )
        else:
            _decoding.leave(_t)
            if currency_exchange_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency_exchange_rate, _raw = _decoding.failed(
                    _v, None, _path, "currency_exchange_rate", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accounting_category_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_accounting_category_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            accounting_category_id = _parse_accounting_category_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            accounting_category_id, _raw = _decoding.failed(
                _v, _e, _path, "accounting_category_id", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if accounting_category_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                accounting_category_id, _raw = _decoding.failed(
                    _v, None, _path, "accounting_category_id", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ledger_account_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_ledger_account_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ledger_account_code = _parse_ledger_account_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            ledger_account_code, _raw = _decoding.failed(
                _v, _e, _path, "ledger_account_code", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if ledger_account_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                ledger_account_code, _raw = _decoding.failed(
                    _v, None, _path, "ledger_account_code", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner_id"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                partner_id = _v
                _pending |= 4
            else:
                partner_id = _ChiftId_from_dict(_v, _path + "partner_id.")
        elif _v is None:
            partner_id = None
        elif _v is UNSET:
            partner_id = UNSET
        else:
            partner_id, _raw = _decoding.as_model(_v, ChiftId, _path, "partner_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reference"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reference = _parse_reference(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reference, _raw = _decoding.failed(_v, _e, _path, "reference", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if reference is _v and (_v.__class__ is list or _v.__class__ is dict):
                reference, _raw = _decoding.failed(_v, None, _path, "reference", "None | str", _raw)

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

        if cls is PMSAccountingTransactionItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.group_id = group_id
            _obj.date = date
            _obj.amount = amount
            _obj.is_tax_line = is_tax_line
            _obj.currency = currency
            _obj.transaction_type = transaction_type
            _obj.status = status
            _set_origin(_obj, origin)
            _obj.sub_group_id = sub_group_id
            _obj.tax_code = tax_code
            _obj.description = description
            _obj.currency_exchange_rate = currency_exchange_rate
            _obj.accounting_category_id = accounting_category_id
            _obj.ledger_account_code = ledger_account_code
            _set_partner_id(_obj, partner_id)
            _obj.reference = reference
            _obj.location_id = location_id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                group_id,
                date,
                amount,
                is_tax_line,
                currency,
                transaction_type,
                status,
                origin,
                sub_group_id,
                tax_code,
                description,
                currency_exchange_rate,
                accounting_category_id,
                ledger_account_code,
                partner_id,
                reference,
                location_id,
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


from ..models.chift_id import ChiftId
from ..models.pms_accounting_transaction_origin import PMSAccountingTransactionOrigin
from ..models.ref import Ref

_ChiftId_from_dict = ChiftId.from_dict
_PMSAccountingTransactionOrigin_from_dict = PMSAccountingTransactionOrigin.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(
    PMSAccountingTransactionItem, "source_ref", "source_ref", 1, Ref.from_dict, False
)
_set_origin = _decoding.lazy(
    PMSAccountingTransactionItem, "origin", "origin", 2, PMSAccountingTransactionOrigin.from_dict, False
)
_set_partner_id = _decoding.lazy(
    PMSAccountingTransactionItem, "partner_id", "partner_id", 4, ChiftId.from_dict, False
)
