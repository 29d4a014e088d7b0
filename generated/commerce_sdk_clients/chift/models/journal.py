from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.journal_type import JournalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Journal")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "journal_type",
        "code",
        "counterpart_account",
        "unallocated_account",
        "next_document_numbers",
        "iban",
        "currency",
        "other_currencies_allowed",
        "blocked",
    }
)


@_attrs_define
class Journal:
    """
    Attributes:
        id (str):
        name (str):
        journal_type (JournalType):
        code (None | str | Unset):
        counterpart_account (None | str | Unset):
        unallocated_account (None | str | Unset):
        next_document_numbers (list[NextDocumentNumber] | None | Unset):
        iban (None | str | Unset):
        currency (None | str | Unset):
        other_currencies_allowed (bool | None | Unset):  Default: True.
        blocked (bool | None | Unset):  Default: False.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    name: str
    journal_type: JournalType
    code: None | str | Unset = UNSET
    counterpart_account: None | str | Unset = UNSET
    unallocated_account: None | str | Unset = UNSET
    next_document_numbers: list[NextDocumentNumber] | None | Unset = UNSET
    iban: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    other_currencies_allowed: bool | None | Unset = True
    blocked: bool | None | Unset = False
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        if self.journal_type is None or isinstance(self.journal_type, Unset):
            journal_type = self.journal_type
        else:
            journal_type = self.journal_type.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        counterpart_account: None | str | Unset
        if isinstance(self.counterpart_account, Unset):
            counterpart_account = UNSET
        else:
            counterpart_account = self.counterpart_account

        unallocated_account: None | str | Unset
        if isinstance(self.unallocated_account, Unset):
            unallocated_account = UNSET
        else:
            unallocated_account = self.unallocated_account

        next_document_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.next_document_numbers, Unset):
            next_document_numbers = UNSET
        elif isinstance(self.next_document_numbers, list):
            next_document_numbers = []
            for next_document_numbers_type_0_item_data in self.next_document_numbers:
                next_document_numbers_type_0_item = next_document_numbers_type_0_item_data.to_dict()
                next_document_numbers.append(next_document_numbers_type_0_item)

        else:
            next_document_numbers = self.next_document_numbers

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        other_currencies_allowed: bool | None | Unset
        if isinstance(self.other_currencies_allowed, Unset):
            other_currencies_allowed = UNSET
        else:
            other_currencies_allowed = self.other_currencies_allowed

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "journal_type": journal_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if counterpart_account is not UNSET:
            field_dict["counterpart_account"] = counterpart_account
        if unallocated_account is not UNSET:
            field_dict["unallocated_account"] = unallocated_account
        if next_document_numbers is not UNSET:
            field_dict["next_document_numbers"] = next_document_numbers
        if iban is not UNSET:
            field_dict["iban"] = iban
        if currency is not UNSET:
            field_dict["currency"] = currency
        if other_currencies_allowed is not UNSET:
            field_dict["other_currencies_allowed"] = other_currencies_allowed
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
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
        _lazy = not _m.strict and cls is Journal
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["journal_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            journal_type, _raw = _decoding.missing(_path, "journal_type", "JournalType", _raw)
        else:
            try:
                journal_type = JournalType(_v)

            except Exception as _e:
                journal_type, _raw = _decoding.failed(_v, _e, _path, "journal_type", "JournalType", _raw)

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
            _v = _src["counterpart_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_counterpart_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            counterpart_account = _parse_counterpart_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            counterpart_account, _raw = _decoding.failed(
                _v, _e, _path, "counterpart_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if counterpart_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                counterpart_account, _raw = _decoding.failed(
                    _v, None, _path, "counterpart_account", "None | str", _raw
                )

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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["next_document_numbers"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "next_document_numbers", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            next_document_numbers = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                next_document_numbers = _v
                _pending |= 1
            else:
                next_document_numbers = []
                _at = _path + "next_document_numbers[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        next_document_numbers.append(_NextDocumentNumber_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, NextDocumentNumber, _path, "next_document_numbers", _raw
                        )

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
            _v = _src["other_currencies_allowed"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_other_currencies_allowed(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            other_currencies_allowed = _parse_other_currencies_allowed(_v)

        except Exception as _e:
            _decoding.leave(_t)
            other_currencies_allowed, _raw = _decoding.failed(
                _v, _e, _path, "other_currencies_allowed", "bool | None", _raw
            )
        else:
            _decoding.leave(_t)
            if other_currencies_allowed is _v and (_v.__class__ is list or _v.__class__ is dict):
                other_currencies_allowed, _raw = _decoding.failed(
                    _v, None, _path, "other_currencies_allowed", "bool | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["blocked"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_blocked(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            blocked = _parse_blocked(_v)

        except Exception as _e:
            _decoding.leave(_t)
            blocked, _raw = _decoding.failed(_v, _e, _path, "blocked", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if blocked is _v and (_v.__class__ is list or _v.__class__ is dict):
                blocked, _raw = _decoding.failed(_v, None, _path, "blocked", "bool | None", _raw)

        if cls is Journal:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.journal_type = journal_type
            _obj.code = code
            _obj.counterpart_account = counterpart_account
            _obj.unallocated_account = unallocated_account
            _set_next_document_numbers(_obj, next_document_numbers)
            _obj.iban = iban
            _obj.currency = currency
            _obj.other_currencies_allowed = other_currencies_allowed
            _obj.blocked = blocked
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                name,
                journal_type,
                code,
                counterpart_account,
                unallocated_account,
                next_document_numbers,
                iban,
                currency,
                other_currencies_allowed,
                blocked,
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


from ..models.next_document_number import NextDocumentNumber

_NextDocumentNumber_from_dict = NextDocumentNumber.from_dict

_set_next_document_numbers = _decoding.lazy(
    Journal, "next_document_numbers", "next_document_numbers", 1, NextDocumentNumber.from_dict, True
)
