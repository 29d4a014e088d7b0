from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.sales_order_payment_detail_payment_status import SalesOrderPaymentDetailPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderPaymentDetail")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "PaymentMethodId",
        "PaymentStatus",
        "TotalGrossAmount",
        "CurrencyIso",
        "CurrencyFactor",
        "DateOfPayment",
        "StillToPay",
        "PaymentTarget",
        "CashDiscount",
        "CashDiscountDays",
    }
)


@_attrs_define
class SalesOrderPaymentDetail:
    """
    Attributes:
        payment_method_id (int):  Example: 12.
        payment_status (SalesOrderPaymentDetailPaymentStatus):
        total_gross_amount (float):  Example: 19.99.
        currency_iso (str):  Example: EUR.
        currency_factor (float):  Example: 1.
        date_of_payment (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        still_to_pay (float):  Example: 0.
        payment_target (int):  Example: 0.
        cash_discount (float):  Example: 5.
        cash_discount_days (int):  Example: 2.
    """

    payment_method_id: int
    payment_status: SalesOrderPaymentDetailPaymentStatus
    total_gross_amount: float
    currency_iso: str
    currency_factor: float
    date_of_payment: datetime.datetime
    still_to_pay: float
    payment_target: int
    cash_discount: float
    cash_discount_days: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        if self.payment_status is None or isinstance(self.payment_status, Unset):
            payment_status = self.payment_status
        else:
            payment_status = self.payment_status.value

        total_gross_amount = self.total_gross_amount

        currency_iso = self.currency_iso

        currency_factor = self.currency_factor

        if self.date_of_payment is None or isinstance(self.date_of_payment, Unset):
            date_of_payment = self.date_of_payment
        else:
            date_of_payment = self.date_of_payment.isoformat()

        still_to_pay = self.still_to_pay

        payment_target = self.payment_target

        cash_discount = self.cash_discount

        cash_discount_days = self.cash_discount_days

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "PaymentMethodId": payment_method_id,
                "PaymentStatus": payment_status,
                "TotalGrossAmount": total_gross_amount,
                "CurrencyIso": currency_iso,
                "CurrencyFactor": currency_factor,
                "DateOfPayment": date_of_payment,
                "StillToPay": still_to_pay,
                "PaymentTarget": payment_target,
                "CashDiscount": cash_discount,
                "CashDiscountDays": cash_discount_days,
            }
        )
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
        if payment_method_id.__class__ is not int:
            payment_method_id, _raw = _decoding.scalar(
                payment_method_id, "int", _path, "PaymentMethodId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PaymentStatus"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            payment_status, _raw = _decoding.missing(
                _path, "PaymentStatus", "SalesOrderPaymentDetailPaymentStatus", _raw
            )
        else:
            try:
                payment_status = SalesOrderPaymentDetailPaymentStatus(_v)

            except Exception as _e:
                payment_status, _raw = _decoding.failed(
                    _v, _e, _path, "PaymentStatus", "SalesOrderPaymentDetailPaymentStatus", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_gross_amount = _src["TotalGrossAmount"]
        except KeyError:
            total_gross_amount = UNSET
        if total_gross_amount.__class__ is not float and total_gross_amount.__class__ is not int:
            total_gross_amount, _raw = _decoding.scalar(
                total_gross_amount, "float", _path, "TotalGrossAmount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency_iso = _src["CurrencyIso"]
        except KeyError:
            currency_iso = UNSET
        if currency_iso.__class__ is not str:
            currency_iso, _raw = _decoding.scalar(currency_iso, "str", _path, "CurrencyIso", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency_factor = _src["CurrencyFactor"]
        except KeyError:
            currency_factor = UNSET
        if currency_factor.__class__ is not float and currency_factor.__class__ is not int:
            currency_factor, _raw = _decoding.scalar(currency_factor, "float", _path, "CurrencyFactor", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DateOfPayment"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                date_of_payment = datetime.datetime.fromisoformat(_v)
            except ValueError:
                date_of_payment, _raw = _decoding.as_datetime(_v, "date-time", _path, "DateOfPayment", _raw)
        else:
            date_of_payment, _raw = _decoding.as_datetime(_v, "date-time", _path, "DateOfPayment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            still_to_pay = _src["StillToPay"]
        except KeyError:
            still_to_pay = UNSET
        if still_to_pay.__class__ is not float and still_to_pay.__class__ is not int:
            still_to_pay, _raw = _decoding.scalar(still_to_pay, "float", _path, "StillToPay", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            payment_target = _src["PaymentTarget"]
        except KeyError:
            payment_target = UNSET
        if payment_target.__class__ is not int:
            payment_target, _raw = _decoding.scalar(payment_target, "int", _path, "PaymentTarget", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            cash_discount = _src["CashDiscount"]
        except KeyError:
            cash_discount = UNSET
        if cash_discount.__class__ is not float and cash_discount.__class__ is not int:
            cash_discount, _raw = _decoding.scalar(cash_discount, "float", _path, "CashDiscount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            cash_discount_days = _src["CashDiscountDays"]
        except KeyError:
            cash_discount_days = UNSET
        if cash_discount_days.__class__ is not int:
            cash_discount_days, _raw = _decoding.scalar(
                cash_discount_days, "int", _path, "CashDiscountDays", _raw
            )

        if cls is SalesOrderPaymentDetail:
            _obj = _new(cls)
            _obj.payment_method_id = payment_method_id
            _obj.payment_status = payment_status
            _obj.total_gross_amount = total_gross_amount
            _obj.currency_iso = currency_iso
            _obj.currency_factor = currency_factor
            _obj.date_of_payment = date_of_payment
            _obj.still_to_pay = still_to_pay
            _obj.payment_target = payment_target
            _obj.cash_discount = cash_discount
            _obj.cash_discount_days = cash_discount_days
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                payment_method_id,
                payment_status,
                total_gross_amount,
                currency_iso,
                currency_factor,
                date_of_payment,
                still_to_pay,
                payment_target,
                cash_discount,
                cash_discount_days,
            )

        if len(_src) != 10 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
