from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomerBankAccount")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "AccountHolder",
        "BankName",
        "AccountNumber",
        "BankCode",
        "IBAN",
        "BIC",
    }
)


@_attrs_define
class CreateCustomerBankAccount:
    """
    Attributes:
        account_holder (str):  Example: John Smith.
        bank_name (str | Unset):  Example: Sparkasse.
        account_number (str | Unset):  Example: 1234567890.
        bank_code (str | Unset):  Example: 44550045.
        iban (str | Unset):  Example: DE123456789123456.
        bic (str | Unset):  Example: WELADED1ISL.
    """

    account_holder: str
    bank_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    bank_code: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        account_holder = self.account_holder

        bank_name = self.bank_name

        account_number = self.account_number

        bank_code = self.bank_code

        iban = self.iban

        bic = self.bic

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "AccountHolder": account_holder,
            }
        )
        if bank_name is not UNSET:
            field_dict["BankName"] = bank_name
        if account_number is not UNSET:
            field_dict["AccountNumber"] = account_number
        if bank_code is not UNSET:
            field_dict["BankCode"] = bank_code
        if iban is not UNSET:
            field_dict["IBAN"] = iban
        if bic is not UNSET:
            field_dict["BIC"] = bic
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
            account_holder = _src["AccountHolder"]
        except KeyError:
            account_holder = UNSET
        if account_holder.__class__ is not str:
            account_holder, _raw = _decoding.scalar(account_holder, "str", _path, "AccountHolder", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            bank_name = _src["BankName"]
        except KeyError:
            bank_name = UNSET
        if bank_name.__class__ is not str and bank_name is not UNSET:
            bank_name, _raw = _decoding.scalar(bank_name, "str", _path, "BankName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account_number = _src["AccountNumber"]
        except KeyError:
            account_number = UNSET
        if account_number.__class__ is not str and account_number is not UNSET:
            account_number, _raw = _decoding.scalar(account_number, "str", _path, "AccountNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            bank_code = _src["BankCode"]
        except KeyError:
            bank_code = UNSET
        if bank_code.__class__ is not str and bank_code is not UNSET:
            bank_code, _raw = _decoding.scalar(bank_code, "str", _path, "BankCode", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            iban = _src["IBAN"]
        except KeyError:
            iban = UNSET
        if iban.__class__ is not str and iban is not UNSET:
            iban, _raw = _decoding.scalar(iban, "str", _path, "IBAN", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            bic = _src["BIC"]
        except KeyError:
            bic = UNSET
        if bic.__class__ is not str and bic is not UNSET:
            bic, _raw = _decoding.scalar(bic, "str", _path, "BIC", _raw)

        if cls is CreateCustomerBankAccount:
            _obj = _new(cls)
            _obj.account_holder = account_holder
            _obj.bank_name = bank_name
            _obj.account_number = account_number
            _obj.bank_code = bank_code
            _obj.iban = iban
            _obj.bic = bic
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                account_holder,
                bank_name,
                account_number,
                bank_code,
                iban,
                bic,
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
