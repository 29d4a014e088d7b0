from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalance")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "account_number",
        "debit",
        "credit",
        "balance",
        "period_debit",
        "period_credit",
        "period_balance",
        "account_name",
    }
)


@_attrs_define
class AccountBalance:
    """
    Attributes:
        account_number (str):
        debit (float):
        credit (float):
        balance (float):
        period_debit (float):
        period_credit (float):
        period_balance (float):
        account_name (None | str | Unset):
    """

    account_number: str
    debit: float
    credit: float
    balance: float
    period_debit: float
    period_credit: float
    period_balance: float
    account_name: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        debit = self.debit

        credit = self.credit

        balance = self.balance

        period_debit = self.period_debit

        period_credit = self.period_credit

        period_balance = self.period_balance

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "debit": debit,
                "credit": credit,
                "balance": balance,
                "period_debit": period_debit,
                "period_credit": period_credit,
                "period_balance": period_balance,
            }
        )
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
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
            account_number = _src["account_number"]
        except KeyError:
            account_number = UNSET
        if account_number.__class__ is not str:
            account_number, _raw = _decoding.scalar(account_number, "str", _path, "account_number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            debit = _src["debit"]
        except KeyError:
            debit = UNSET
        if debit.__class__ is not float and debit.__class__ is not int:
            debit, _raw = _decoding.scalar(debit, "float", _path, "debit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            credit = _src["credit"]
        except KeyError:
            credit = UNSET
        if credit.__class__ is not float and credit.__class__ is not int:
            credit, _raw = _decoding.scalar(credit, "float", _path, "credit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            balance = _src["balance"]
        except KeyError:
            balance = UNSET
        if balance.__class__ is not float and balance.__class__ is not int:
            balance, _raw = _decoding.scalar(balance, "float", _path, "balance", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            period_debit = _src["period_debit"]
        except KeyError:
            period_debit = UNSET
        if period_debit.__class__ is not float and period_debit.__class__ is not int:
            period_debit, _raw = _decoding.scalar(period_debit, "float", _path, "period_debit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            period_credit = _src["period_credit"]
        except KeyError:
            period_credit = UNSET
        if period_credit.__class__ is not float and period_credit.__class__ is not int:
            period_credit, _raw = _decoding.scalar(period_credit, "float", _path, "period_credit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            period_balance = _src["period_balance"]
        except KeyError:
            period_balance = UNSET
        if period_balance.__class__ is not float and period_balance.__class__ is not int:
            period_balance, _raw = _decoding.scalar(period_balance, "float", _path, "period_balance", _raw)

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

        if cls is AccountBalance:
            _obj = _new(cls)
            _obj.account_number = account_number
            _obj.debit = debit
            _obj.credit = credit
            _obj.balance = balance
            _obj.period_debit = period_debit
            _obj.period_credit = period_credit
            _obj.period_balance = period_balance
            _obj.account_name = account_name
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                account_number,
                debit,
                credit,
                balance,
                period_debit,
                period_credit,
                period_balance,
                account_name,
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
