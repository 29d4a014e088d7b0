from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankStatementItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "bank_statement_date",
        "bank_account_id",
        "currency",
        "items",
        "id",
        "external_bank_statement_id",
    }
)


@_attrs_define
class BankStatementItemOut:
    """
    Attributes:
        bank_statement_date (datetime.date):
        bank_account_id (str):
        currency (str):
        items (list[BankTransactionItemOut]):
        id (None | str | Unset):
        external_bank_statement_id (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    bank_statement_date: datetime.date
    bank_account_id: str
    currency: str
    items: list[BankTransactionItemOut]
    id: None | str | Unset = UNSET
    external_bank_statement_id: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.bank_statement_date is None or isinstance(self.bank_statement_date, Unset):
            bank_statement_date = self.bank_statement_date
        else:
            bank_statement_date = self.bank_statement_date.isoformat()

        bank_account_id = self.bank_account_id

        currency = self.currency

        if self.items is None or isinstance(self.items, Unset):
            items = self.items
        else:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        external_bank_statement_id: None | str | Unset
        if isinstance(self.external_bank_statement_id, Unset):
            external_bank_statement_id = UNSET
        else:
            external_bank_statement_id = self.external_bank_statement_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "bank_statement_date": bank_statement_date,
                "bank_account_id": bank_account_id,
                "currency": currency,
                "items": items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if external_bank_statement_id is not UNSET:
            field_dict["external_bank_statement_id"] = external_bank_statement_id
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
        _lazy = not _m.strict and cls is BankStatementItemOut
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["bank_statement_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                bank_statement_date = datetime.date.fromisoformat(_v)
            except ValueError:
                bank_statement_date, _raw = _decoding.as_datetime(
                    _v, "date", _path, "bank_statement_date", _raw
                )
        else:
            bank_statement_date, _raw = _decoding.as_datetime(_v, "date", _path, "bank_statement_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            bank_account_id = _src["bank_account_id"]
        except KeyError:
            bank_account_id = UNSET
        if bank_account_id.__class__ is not str:
            bank_account_id, _raw = _decoding.scalar(bank_account_id, "str", _path, "bank_account_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

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
                _pending |= 1
            else:
                items = []
                _at = _path + "items[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        items.append(_BankTransactionItemOut_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, BankTransactionItemOut, _path, "items", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            id, _raw = _decoding.failed(_v, _e, _path, "id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if id is _v and (_v.__class__ is list or _v.__class__ is dict):
                id, _raw = _decoding.failed(_v, None, _path, "id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["external_bank_statement_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_external_bank_statement_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            external_bank_statement_id = _parse_external_bank_statement_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            external_bank_statement_id, _raw = _decoding.failed(
                _v, _e, _path, "external_bank_statement_id", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if external_bank_statement_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                external_bank_statement_id, _raw = _decoding.failed(
                    _v, None, _path, "external_bank_statement_id", "None | str", _raw
                )

        if cls is BankStatementItemOut:
            _obj = _new(cls)
            _obj.bank_statement_date = bank_statement_date
            _obj.bank_account_id = bank_account_id
            _obj.currency = currency
            _set_items(_obj, items)
            _obj.id = id
            _obj.external_bank_statement_id = external_bank_statement_id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                bank_statement_date,
                bank_account_id,
                currency,
                items,
                id,
                external_bank_statement_id,
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


from ..models.bank_transaction_item_out import BankTransactionItemOut

_BankTransactionItemOut_from_dict = BankTransactionItemOut.from_dict

_set_items = _decoding.lazy(BankStatementItemOut, "items", "items", 1, BankTransactionItemOut.from_dict, True)
