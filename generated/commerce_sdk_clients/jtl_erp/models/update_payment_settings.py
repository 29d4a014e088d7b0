from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePaymentSettings")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "PaymentMethodId",
        "Discount",
        "PaymentTarget",
        "CreditLimit",
        "StopPaymentRequest",
    }
)


@_attrs_define
class UpdatePaymentSettings:
    """
    Attributes:
        payment_method_id (int | Unset):  Example: 123.
        discount (float | Unset):  Example: 5.
        payment_target (int | Unset):  Example: 3.
        credit_limit (int | Unset):  Example: 100.
        stop_payment_request (bool | Unset):  Example: False.
    """

    payment_method_id: int | Unset = UNSET
    discount: float | Unset = UNSET
    payment_target: int | Unset = UNSET
    credit_limit: int | Unset = UNSET
    stop_payment_request: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        discount = self.discount

        payment_target = self.payment_target

        credit_limit = self.credit_limit

        stop_payment_request = self.stop_payment_request

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["PaymentMethodId"] = payment_method_id
        if discount is not UNSET:
            field_dict["Discount"] = discount
        if payment_target is not UNSET:
            field_dict["PaymentTarget"] = payment_target
        if credit_limit is not UNSET:
            field_dict["CreditLimit"] = credit_limit
        if stop_payment_request is not UNSET:
            field_dict["StopPaymentRequest"] = stop_payment_request
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
            discount = _src["Discount"]
        except KeyError:
            discount = UNSET
        if discount.__class__ is not float and discount.__class__ is not int and discount is not UNSET:
            discount, _raw = _decoding.scalar(discount, "float", _path, "Discount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            payment_target = _src["PaymentTarget"]
        except KeyError:
            payment_target = UNSET
        if payment_target.__class__ is not int and payment_target is not UNSET:
            payment_target, _raw = _decoding.scalar(payment_target, "int", _path, "PaymentTarget", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            credit_limit = _src["CreditLimit"]
        except KeyError:
            credit_limit = UNSET
        if credit_limit.__class__ is not int and credit_limit is not UNSET:
            credit_limit, _raw = _decoding.scalar(credit_limit, "int", _path, "CreditLimit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            stop_payment_request = _src["StopPaymentRequest"]
        except KeyError:
            stop_payment_request = UNSET
        if stop_payment_request.__class__ is not bool and stop_payment_request is not UNSET:
            stop_payment_request, _raw = _decoding.scalar(
                stop_payment_request, "bool", _path, "StopPaymentRequest", _raw
            )

        if cls is UpdatePaymentSettings:
            _obj = _new(cls)
            _obj.payment_method_id = payment_method_id
            _obj.discount = discount
            _obj.payment_target = payment_target
            _obj.credit_limit = credit_limit
            _obj.stop_payment_request = stop_payment_request
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                payment_method_id,
                discount,
                payment_target,
                credit_limit,
                stop_payment_request,
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
