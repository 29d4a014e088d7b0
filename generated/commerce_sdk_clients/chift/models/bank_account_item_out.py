from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "code",
        "currency",
        "account_name",
        "account_number",
        "iban",
        "bank_name",
        "journal_id",
        "ledger_account",
        "unallocated_account",
    }
)


@_attrs_define
class BankAccountItemOut:
    """
    Attributes:
        id (str):
        code (None | str | Unset):
        currency (None | str | Unset):
        account_name (None | str | Unset):
        account_number (None | str | Unset):
        iban (None | str | Unset):
        bank_name (None | str | Unset):
        journal_id (None | str | Unset):
        ledger_account (None | str | Unset):
        unallocated_account (None | str | Unset):
    """

    id: str
    code: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    ledger_account: None | str | Unset = UNSET
    unallocated_account: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        ledger_account: None | str | Unset
        if isinstance(self.ledger_account, Unset):
            ledger_account = UNSET
        else:
            ledger_account = self.ledger_account

        unallocated_account: None | str | Unset
        if isinstance(self.unallocated_account, Unset):
            unallocated_account = UNSET
        else:
            unallocated_account = self.unallocated_account

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if ledger_account is not UNSET:
            field_dict["ledger_account"] = ledger_account
        if unallocated_account is not UNSET:
            field_dict["unallocated_account"] = unallocated_account
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            code = _parse_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            code, _raw = _decoding.failed(_v, _e, _path, "code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if code is _v and (_v.__class__ is list or _v.__class__ is dict):
                code, _raw = _decoding.failed(_v, None, _path, "code", "None | str", _raw)

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
            _v = _src["account_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_account_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_name = _parse_account_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            account_name, _raw = _decoding.failed(_v, _e, _path, "account_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if account_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                account_name, _raw = _decoding.failed(_v, None, _path, "account_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_number = _parse_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            account_number, _raw = _decoding.failed(_v, _e, _path, "account_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if account_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                account_number, _raw = _decoding.failed(_v, None, _path, "account_number", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["iban"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_iban(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            iban = _parse_iban(_v)

        except Exception as _e:
            _decoding.leave(_t)
            iban, _raw = _decoding.failed(_v, _e, _path, "iban", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if iban is _v and (_v.__class__ is list or _v.__class__ is dict):
                iban, _raw = _decoding.failed(_v, None, _path, "iban", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["bank_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_bank_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bank_name = _parse_bank_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            bank_name, _raw = _decoding.failed(_v, _e, _path, "bank_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if bank_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                bank_name, _raw = _decoding.failed(_v, None, _path, "bank_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["journal_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_journal_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            journal_id = _parse_journal_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            journal_id, _raw = _decoding.failed(_v, _e, _path, "journal_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if journal_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                journal_id, _raw = _decoding.failed(_v, None, _path, "journal_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ledger_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_ledger_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ledger_account = _parse_ledger_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            ledger_account, _raw = _decoding.failed(_v, _e, _path, "ledger_account", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if ledger_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                ledger_account, _raw = _decoding.failed(_v, None, _path, "ledger_account", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["unallocated_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_unallocated_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            unallocated_account = _parse_unallocated_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            unallocated_account, _raw = _decoding.failed(
                _v, _e, _path, "unallocated_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if unallocated_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                unallocated_account, _raw = _decoding.failed(
                    _v, None, _path, "unallocated_account", "None | str", _raw
                )

        if cls is BankAccountItemOut:
            _obj = _new(cls)
            _obj.id = id
            _obj.code = code
            _obj.currency = currency
            _obj.account_name = account_name
            _obj.account_number = account_number
            _obj.iban = iban
            _obj.bank_name = bank_name
            _obj.journal_id = journal_id
            _obj.ledger_account = ledger_account
            _obj.unallocated_account = unallocated_account
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                code,
                currency,
                account_name,
                account_number,
                iban,
                bank_name,
                journal_id,
                ledger_account,
                unallocated_account,
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
