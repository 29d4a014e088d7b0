from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.withholding_tax_payment_reason import WithholdingTaxPaymentReason
from ..models.withholding_tax_reason import WithholdingTaxReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicingWithholdingTax")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "rate",
        "amount",
        "reason",
        "payment_reason",
    }
)


@_attrs_define
class InvoicingWithholdingTax:
    """
    Attributes:
        rate (float):
        amount (float):
        reason (None | Unset | WithholdingTaxReason):
        payment_reason (None | Unset | WithholdingTaxPaymentReason):
    """

    rate: float
    amount: float
    reason: None | Unset | WithholdingTaxReason = UNSET
    payment_reason: None | Unset | WithholdingTaxPaymentReason = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        amount = self.amount

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, WithholdingTaxReason):
            reason = self.reason.value
        else:
            reason = self.reason

        payment_reason: None | str | Unset
        if isinstance(self.payment_reason, Unset):
            payment_reason = UNSET
        elif isinstance(self.payment_reason, WithholdingTaxPaymentReason):
            payment_reason = self.payment_reason.value
        else:
            payment_reason = self.payment_reason

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "rate": rate,
                "amount": amount,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if payment_reason is not UNSET:
            field_dict["payment_reason"] = payment_reason
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
            rate = _src["rate"]
        except KeyError:
            rate = UNSET
        if rate.__class__ is not float and rate.__class__ is not int:
            rate, _raw = _decoding.scalar(rate, "float", _path, "rate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reason"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reason(data: object) -> None | Unset | WithholdingTaxReason:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reason_type_0 = WithholdingTaxReason(data)

                    return reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | WithholdingTaxReason, data)

            reason = _parse_reason(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reason, _raw = _decoding.failed(_v, _e, _path, "reason", "None | WithholdingTaxReason", _raw)
        else:
            _decoding.leave(_t)
            if reason is _v and (_v.__class__ is list or _v.__class__ is dict):
                reason, _raw = _decoding.failed(
                    _v, None, _path, "reason", "None | WithholdingTaxReason", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_reason"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_reason(data: object) -> None | Unset | WithholdingTaxPaymentReason:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    payment_reason_type_0 = WithholdingTaxPaymentReason(data)

                    return payment_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | WithholdingTaxPaymentReason, data)

            payment_reason = _parse_payment_reason(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_reason, _raw = _decoding.failed(
                _v, _e, _path, "payment_reason", "None | WithholdingTaxPaymentReason", _raw
            )
        else:
            _decoding.leave(_t)
            if payment_reason is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_reason, _raw = _decoding.failed(
                    _v, None, _path, "payment_reason", "None | WithholdingTaxPaymentReason", _raw
                )

        if cls is InvoicingWithholdingTax:
            _obj = _new(cls)
            _obj.rate = rate
            _obj.amount = amount
            _obj.reason = reason
            _obj.payment_reason = payment_reason
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                rate,
                amount,
                reason,
                payment_reason,
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
