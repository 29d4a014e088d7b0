from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountsItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "is_primary",
        "currency",
        "iban",
        "bic_swift",
        "account_number",
        "routing_code",
    }
)


@_attrs_define
class BankAccountsItem:
    """
    Attributes:
        is_primary (bool | None | Unset):  Default: True.
        currency (None | str | Unset):
        iban (None | str | Unset):
        bic_swift (None | str | Unset):
        account_number (None | str | Unset):
        routing_code (None | RoutingCodeItem | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    is_primary: bool | None | Unset = True
    currency: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bic_swift: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    routing_code: None | RoutingCodeItem | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        is_primary: bool | None | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bic_swift: None | str | Unset
        if isinstance(self.bic_swift, Unset):
            bic_swift = UNSET
        else:
            bic_swift = self.bic_swift

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        routing_code: dict[str, Any] | None | Unset
        if isinstance(self.routing_code, Unset):
            routing_code = UNSET
        elif isinstance(self.routing_code, RoutingCodeItem):
            routing_code = self.routing_code.to_dict()
        else:
            routing_code = self.routing_code

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if currency is not UNSET:
            field_dict["currency"] = currency
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic_swift is not UNSET:
            field_dict["bic_swift"] = bic_swift
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if routing_code is not UNSET:
            field_dict["routing_code"] = routing_code
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
        _lazy = not _m.strict and cls is BankAccountsItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["is_primary"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_is_primary(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_primary = _parse_is_primary(_v)

        except Exception as _e:
            _decoding.leave(_t)
            is_primary, _raw = _decoding.failed(_v, _e, _path, "is_primary", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if is_primary is _v and (_v.__class__ is list or _v.__class__ is dict):
                is_primary, _raw = _decoding.failed(_v, None, _path, "is_primary", "bool | None", _raw)

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
            _v = _src["bic_swift"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_bic_swift(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bic_swift = _parse_bic_swift(_v)

        except Exception as _e:
            _decoding.leave(_t)
            bic_swift, _raw = _decoding.failed(_v, _e, _path, "bic_swift", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if bic_swift is _v and (_v.__class__ is list or _v.__class__ is dict):
                bic_swift, _raw = _decoding.failed(_v, None, _path, "bic_swift", "None | str", _raw)

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
            _v = _src["routing_code"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                routing_code = _v
                _pending |= 1
            else:
                routing_code = _RoutingCodeItem_from_dict(_v, _path + "routing_code.")
        elif _v is None:
            routing_code = None
        elif _v is UNSET:
            routing_code = UNSET
        else:
            routing_code, _raw = _decoding.as_model(_v, RoutingCodeItem, _path, "routing_code", _raw)

        if cls is BankAccountsItem:
            _obj = _new(cls)
            _obj.is_primary = is_primary
            _obj.currency = currency
            _obj.iban = iban
            _obj.bic_swift = bic_swift
            _obj.account_number = account_number
            _set_routing_code(_obj, routing_code)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                is_primary,
                currency,
                iban,
                bic_swift,
                account_number,
                routing_code,
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


from ..models.routing_code_item import RoutingCodeItem

_RoutingCodeItem_from_dict = RoutingCodeItem.from_dict

_set_routing_code = _decoding.lazy(
    BankAccountsItem, "routing_code", "routing_code", 1, RoutingCodeItem.from_dict, False
)
