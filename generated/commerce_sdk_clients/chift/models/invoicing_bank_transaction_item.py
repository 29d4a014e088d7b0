from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.bank_transaction_status import BankTransactionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicingBankTransactionItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "status",
        "bank_account_id",
        "amount",
        "date",
        "currency",
        "description",
        "currency_exchange_rate",
        "accounting_code",
        "linked_documents",
    }
)


@_attrs_define
class InvoicingBankTransactionItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (BankTransactionStatus):
        bank_account_id (str):
        amount (float):
        date (datetime.date):
        currency (str):
        description (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        accounting_code (None | str | Unset):
        linked_documents (list[LinkedDocument] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    status: BankTransactionStatus
    bank_account_id: str
    amount: float
    date: datetime.date
    currency: str
    description: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    accounting_code: None | str | Unset = UNSET
    linked_documents: list[LinkedDocument] | None | Unset = UNSET
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

        bank_account_id = self.bank_account_id

        amount = self.amount

        if self.date is None or isinstance(self.date, Unset):
            date = self.date
        else:
            date = self.date.isoformat()

        currency = self.currency

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

        accounting_code: None | str | Unset
        if isinstance(self.accounting_code, Unset):
            accounting_code = UNSET
        else:
            accounting_code = self.accounting_code

        linked_documents: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_documents, Unset):
            linked_documents = UNSET
        elif isinstance(self.linked_documents, list):
            linked_documents = []
            for linked_documents_type_0_item_data in self.linked_documents:
                linked_documents_type_0_item = linked_documents_type_0_item_data.to_dict()
                linked_documents.append(linked_documents_type_0_item)

        else:
            linked_documents = self.linked_documents

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "status": status,
                "bank_account_id": bank_account_id,
                "amount": amount,
                "date": date,
                "currency": currency,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if accounting_code is not UNSET:
            field_dict["accounting_code"] = accounting_code
        if linked_documents is not UNSET:
            field_dict["linked_documents"] = linked_documents
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
        _lazy = not _m.strict and cls is InvoicingBankTransactionItem
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
            status, _raw = _decoding.missing(_path, "status", "BankTransactionStatus", _raw)
        else:
            try:
                status = BankTransactionStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "BankTransactionStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            bank_account_id = _src["bank_account_id"]
        except KeyError:
            bank_account_id = UNSET
        if bank_account_id.__class__ is not str:
            bank_account_id, _raw = _decoding.scalar(bank_account_id, "str", _path, "bank_account_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                date = datetime.date.fromisoformat(_v)
            except ValueError:
                date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)
        else:
            date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

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
            _v = _src["accounting_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_accounting_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            accounting_code = _parse_accounting_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            accounting_code, _raw = _decoding.failed(_v, _e, _path, "accounting_code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if accounting_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                accounting_code, _raw = _decoding.failed(
                    _v, None, _path, "accounting_code", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["linked_documents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "linked_documents", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            linked_documents = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                linked_documents = _v
                _pending |= 2
            else:
                linked_documents = []
                _at = _path + "linked_documents[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        linked_documents.append(_LinkedDocument_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, LinkedDocument, _path, "linked_documents", _raw)

        if cls is InvoicingBankTransactionItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.status = status
            _obj.bank_account_id = bank_account_id
            _obj.amount = amount
            _obj.date = date
            _obj.currency = currency
            _obj.description = description
            _obj.currency_exchange_rate = currency_exchange_rate
            _obj.accounting_code = accounting_code
            _set_linked_documents(_obj, linked_documents)
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
                bank_account_id,
                amount,
                date,
                currency,
                description,
                currency_exchange_rate,
                accounting_code,
                linked_documents,
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


from ..models.linked_document import LinkedDocument
from ..models.ref import Ref

_LinkedDocument_from_dict = LinkedDocument.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(
    InvoicingBankTransactionItem, "source_ref", "source_ref", 1, Ref.from_dict, False
)
_set_linked_documents = _decoding.lazy(
    InvoicingBankTransactionItem, "linked_documents", "linked_documents", 2, LinkedDocument.from_dict, True
)
