from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.invoice_payment_detail_payment_status import InvoicePaymentDetailPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentDetail")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "PaymentMethodId",
        "PaymentStatus",
        "TotalGrossAmount",
        "CurrencyIso",
        "CurrencyFactor",
        "StillToPay",
        "PaymentTarget",
        "CashDiscount",
        "CashDiscountDays",
        "StopPaymentRequest",
        "DunningLevel",
        "NextDueDate",
    }
)


@_attrs_define
class InvoicePaymentDetail:
    """
    Attributes:
        payment_method_id (int):  Example: 12.
        payment_status (InvoicePaymentDetailPaymentStatus):  Example: TODO.
        total_gross_amount (float):  Example: 19.99.
        currency_iso (str):  Example: TODO.
        currency_factor (float):  Example: 1.37.
        still_to_pay (float):  Example: 0.
        payment_target (int):  Example: 0.
        cash_discount (float):  Example: 5.
        cash_discount_days (int):  Example: 2.
        stop_payment_request (bool):  Example: False.
        dunning_level (int):  Example: 0.
        next_due_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
    """

    payment_method_id: int
    payment_status: InvoicePaymentDetailPaymentStatus
    total_gross_amount: float
    currency_iso: str
    currency_factor: float
    still_to_pay: float
    payment_target: int
    cash_discount: float
    cash_discount_days: int
    stop_payment_request: bool
    dunning_level: int
    next_due_date: datetime.datetime
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

        still_to_pay = self.still_to_pay

        payment_target = self.payment_target

        cash_discount = self.cash_discount

        cash_discount_days = self.cash_discount_days

        stop_payment_request = self.stop_payment_request

        dunning_level = self.dunning_level

        if self.next_due_date is None or isinstance(self.next_due_date, Unset):
            next_due_date = self.next_due_date
        else:
            next_due_date = self.next_due_date.isoformat()

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
                "StillToPay": still_to_pay,
                "PaymentTarget": payment_target,
                "CashDiscount": cash_discount,
                "CashDiscountDays": cash_discount_days,
                "StopPaymentRequest": stop_payment_request,
                "DunningLevel": dunning_level,
                "NextDueDate": next_due_date,
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
                _path, "PaymentStatus", "InvoicePaymentDetailPaymentStatus", _raw
            )
        else:
            try:
                payment_status = InvoicePaymentDetailPaymentStatus(_v)

            except Exception as _e:
                payment_status, _raw = _decoding.failed(
                    _v, _e, _path, "PaymentStatus", "InvoicePaymentDetailPaymentStatus", _raw
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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            stop_payment_request = _src["StopPaymentRequest"]
        except KeyError:
            stop_payment_request = UNSET
        if stop_payment_request.__class__ is not bool:
            stop_payment_request, _raw = _decoding.scalar(
                stop_payment_request, "bool", _path, "StopPaymentRequest", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            dunning_level = _src["DunningLevel"]
        except KeyError:
            dunning_level = UNSET
        if dunning_level.__class__ is not int:
            dunning_level, _raw = _decoding.scalar(dunning_level, "int", _path, "DunningLevel", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["NextDueDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                next_due_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                next_due_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "NextDueDate", _raw)
        else:
            next_due_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "NextDueDate", _raw)

        if cls is InvoicePaymentDetail:
            _obj = _new(cls)
            _obj.payment_method_id = payment_method_id
            _obj.payment_status = payment_status
            _obj.total_gross_amount = total_gross_amount
            _obj.currency_iso = currency_iso
            _obj.currency_factor = currency_factor
            _obj.still_to_pay = still_to_pay
            _obj.payment_target = payment_target
            _obj.cash_discount = cash_discount
            _obj.cash_discount_days = cash_discount_days
            _obj.stop_payment_request = stop_payment_request
            _obj.dunning_level = dunning_level
            _obj.next_due_date = next_due_date
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                payment_method_id,
                payment_status,
                total_gross_amount,
                currency_iso,
                currency_factor,
                still_to_pay,
                payment_target,
                cash_discount,
                cash_discount_days,
                stop_payment_request,
                dunning_level,
                next_due_date,
            )

        if len(_src) != 12 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
