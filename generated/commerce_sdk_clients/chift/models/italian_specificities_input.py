from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItalianSpecificitiesInput")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "stamp_duty_amount",
        "withholding_tax",
        "welfare_fund",
        "payment_reporting",
    }
)


@_attrs_define
class ItalianSpecificitiesInput:
    """
    Attributes:
        stamp_duty_amount (float | None | Unset):
        withholding_tax (InvoicingWithholdingTax | None | Unset):
        welfare_fund (None | Unset | WelfareFund):
        payment_reporting (None | PaymentReporting | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    stamp_duty_amount: float | None | Unset = UNSET
    withholding_tax: InvoicingWithholdingTax | None | Unset = UNSET
    welfare_fund: None | Unset | WelfareFund = UNSET
    payment_reporting: None | PaymentReporting | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        stamp_duty_amount: float | None | Unset
        if isinstance(self.stamp_duty_amount, Unset):
            stamp_duty_amount = UNSET
        else:
            stamp_duty_amount = self.stamp_duty_amount

        withholding_tax: dict[str, Any] | None | Unset
        if isinstance(self.withholding_tax, Unset):
            withholding_tax = UNSET
        elif isinstance(self.withholding_tax, InvoicingWithholdingTax):
            withholding_tax = self.withholding_tax.to_dict()
        else:
            withholding_tax = self.withholding_tax

        welfare_fund: dict[str, Any] | None | Unset
        if isinstance(self.welfare_fund, Unset):
            welfare_fund = UNSET
        elif isinstance(self.welfare_fund, WelfareFund):
            welfare_fund = self.welfare_fund.to_dict()
        else:
            welfare_fund = self.welfare_fund

        payment_reporting: dict[str, Any] | None | Unset
        if isinstance(self.payment_reporting, Unset):
            payment_reporting = UNSET
        elif isinstance(self.payment_reporting, PaymentReporting):
            payment_reporting = self.payment_reporting.to_dict()
        else:
            payment_reporting = self.payment_reporting

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if stamp_duty_amount is not UNSET:
            field_dict["stamp_duty_amount"] = stamp_duty_amount
        if withholding_tax is not UNSET:
            field_dict["withholding_tax"] = withholding_tax
        if welfare_fund is not UNSET:
            field_dict["welfare_fund"] = welfare_fund
        if payment_reporting is not UNSET:
            field_dict["payment_reporting"] = payment_reporting
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
        _lazy = not _m.strict and cls is ItalianSpecificitiesInput
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["stamp_duty_amount"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_stamp_duty_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            stamp_duty_amount = _parse_stamp_duty_amount(_v)

        except Exception as _e:
            _decoding.leave(_t)
            stamp_duty_amount, _raw = _decoding.failed(
                _v, _e, _path, "stamp_duty_amount", "float | None", _raw
            )
        else:
            _decoding.leave(_t)
            if stamp_duty_amount is _v and (_v.__class__ is list or _v.__class__ is dict):
                stamp_duty_amount, _raw = _decoding.failed(
                    _v, None, _path, "stamp_duty_amount", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["withholding_tax"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                withholding_tax = _v
                _pending |= 1
            else:
                withholding_tax = _InvoicingWithholdingTax_from_dict(_v, _path + "withholding_tax.")
        elif _v is None:
            withholding_tax = None
        elif _v is UNSET:
            withholding_tax = UNSET
        else:
            withholding_tax, _raw = _decoding.as_model(
                _v, InvoicingWithholdingTax, _path, "withholding_tax", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["welfare_fund"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                welfare_fund = _v
                _pending |= 2
            else:
                welfare_fund = _WelfareFund_from_dict(_v, _path + "welfare_fund.")
        elif _v is None:
            welfare_fund = None
        elif _v is UNSET:
            welfare_fund = UNSET
        else:
            welfare_fund, _raw = _decoding.as_model(_v, WelfareFund, _path, "welfare_fund", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_reporting"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                payment_reporting = _v
                _pending |= 4
            else:
                payment_reporting = _PaymentReporting_from_dict(_v, _path + "payment_reporting.")
        elif _v is None:
            payment_reporting = None
        elif _v is UNSET:
            payment_reporting = UNSET
        else:
            payment_reporting, _raw = _decoding.as_model(
                _v, PaymentReporting, _path, "payment_reporting", _raw
            )

        if cls is ItalianSpecificitiesInput:
            _obj = _new(cls)
            _obj.stamp_duty_amount = stamp_duty_amount
            _set_withholding_tax(_obj, withholding_tax)
            _set_welfare_fund(_obj, welfare_fund)
            _set_payment_reporting(_obj, payment_reporting)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                stamp_duty_amount,
                withholding_tax,
                welfare_fund,
                payment_reporting,
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


from ..models.invoicing_withholding_tax import InvoicingWithholdingTax
from ..models.payment_reporting import PaymentReporting
from ..models.welfare_fund import WelfareFund

_InvoicingWithholdingTax_from_dict = InvoicingWithholdingTax.from_dict
_PaymentReporting_from_dict = PaymentReporting.from_dict
_WelfareFund_from_dict = WelfareFund.from_dict

_set_withholding_tax = _decoding.lazy(
    ItalianSpecificitiesInput,
    "withholding_tax",
    "withholding_tax",
    1,
    InvoicingWithholdingTax.from_dict,
    False,
)
_set_welfare_fund = _decoding.lazy(
    ItalianSpecificitiesInput, "welfare_fund", "welfare_fund", 2, WelfareFund.from_dict, False
)
_set_payment_reporting = _decoding.lazy(
    ItalianSpecificitiesInput, "payment_reporting", "payment_reporting", 4, PaymentReporting.from_dict, False
)
