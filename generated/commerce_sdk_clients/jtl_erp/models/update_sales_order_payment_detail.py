from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSalesOrderPaymentDetail")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "PaymentMethodId",
        "CurrencyIso",
        "CurrencyFactor",
        "PaymentTarget",
        "CashDiscount",
        "CashDiscountDays",
    }
)


@_attrs_define
class UpdateSalesOrderPaymentDetail:
    """
    Attributes:
        payment_method_id (int | Unset):  Example: 12.
        currency_iso (str | Unset):  Example: EUR.
        currency_factor (float | Unset):  Example: 1.
        payment_target (int | Unset):  Example: 0.
        cash_discount (float | Unset):  Example: 5.
        cash_discount_days (int | Unset):  Example: 2.
    """

    payment_method_id: int | Unset = UNSET
    currency_iso: str | Unset = UNSET
    currency_factor: float | Unset = UNSET
    payment_target: int | Unset = UNSET
    cash_discount: float | Unset = UNSET
    cash_discount_days: int | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        currency_iso = self.currency_iso

        currency_factor = self.currency_factor

        payment_target = self.payment_target

        cash_discount = self.cash_discount

        cash_discount_days = self.cash_discount_days

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["PaymentMethodId"] = payment_method_id
        if currency_iso is not UNSET:
            field_dict["CurrencyIso"] = currency_iso
        if currency_factor is not UNSET:
            field_dict["CurrencyFactor"] = currency_factor
        if payment_target is not UNSET:
            field_dict["PaymentTarget"] = payment_target
        if cash_discount is not UNSET:
            field_dict["CashDiscount"] = cash_discount
        if cash_discount_days is not UNSET:
            field_dict["CashDiscountDays"] = cash_discount_days
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
            payment_method_id = _src["PaymentMethodId"]
        except KeyError:
            payment_method_id = UNSET
        if payment_method_id.__class__ is not int and payment_method_id is not UNSET:
            payment_method_id, _raw = _decoding.scalar(
                payment_method_id, "int", _path, "PaymentMethodId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency_iso = _src["CurrencyIso"]
        except KeyError:
            currency_iso = UNSET
        if currency_iso.__class__ is not str and currency_iso is not UNSET:
            currency_iso, _raw = _decoding.scalar(currency_iso, "str", _path, "CurrencyIso", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency_factor = _src["CurrencyFactor"]
        except KeyError:
            currency_factor = UNSET
        if (
            currency_factor.__class__ is not float
            and currency_factor.__class__ is not int
            and currency_factor is not UNSET
        ):
            currency_factor, _raw = _decoding.scalar(currency_factor, "float", _path, "CurrencyFactor", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            payment_target = _src["PaymentTarget"]
        except KeyError:
            payment_target = UNSET
        if payment_target.__class__ is not int and payment_target is not UNSET:
            payment_target, _raw = _decoding.scalar(payment_target, "int", _path, "PaymentTarget", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            cash_discount = _src["CashDiscount"]
        except KeyError:
            cash_discount = UNSET
        if (
            cash_discount.__class__ is not float
            and cash_discount.__class__ is not int
            and cash_discount is not UNSET
        ):
            cash_discount, _raw = _decoding.scalar(cash_discount, "float", _path, "CashDiscount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            cash_discount_days = _src["CashDiscountDays"]
        except KeyError:
            cash_discount_days = UNSET
        if cash_discount_days.__class__ is not int and cash_discount_days is not UNSET:
            cash_discount_days, _raw = _decoding.scalar(
                cash_discount_days, "int", _path, "CashDiscountDays", _raw
            )

        if cls is UpdateSalesOrderPaymentDetail:
            _obj = _new(cls)
            _obj.payment_method_id = payment_method_id
            _obj.currency_iso = currency_iso
            _obj.currency_factor = currency_factor
            _obj.payment_target = payment_target
            _obj.cash_discount = cash_discount
            _obj.cash_discount_days = cash_discount_days
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                payment_method_id,
                currency_iso,
                currency_factor,
                payment_target,
                cash_discount,
                cash_discount_days,
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
