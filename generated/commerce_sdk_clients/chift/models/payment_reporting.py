from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.payment_reporting_conditions import PaymentReportingConditions
from ..models.payment_reporting_method import PaymentReportingMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReporting")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "method",
        "conditions",
    }
)


@_attrs_define
class PaymentReporting:
    """
    Attributes:
        method (None | PaymentReportingMethod | Unset):
        conditions (None | PaymentReportingConditions | Unset):
    """

    method: None | PaymentReportingMethod | Unset = UNSET
    conditions: None | PaymentReportingConditions | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, PaymentReportingMethod):
            method = self.method.value
        else:
            method = self.method

        conditions: None | str | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, PaymentReportingConditions):
            conditions = self.conditions.value
        else:
            conditions = self.conditions

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
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
            _v = _src["method"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_method(data: object) -> None | PaymentReportingMethod | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    method_type_0 = PaymentReportingMethod(data)

                    return method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PaymentReportingMethod | Unset, data)

            method = _parse_method(_v)

        except Exception as _e:
            _decoding.leave(_t)
            method, _raw = _decoding.failed(_v, _e, _path, "method", "None | PaymentReportingMethod", _raw)
        else:
            _decoding.leave(_t)
            if method is _v and (_v.__class__ is list or _v.__class__ is dict):
                method, _raw = _decoding.failed(
                    _v, None, _path, "method", "None | PaymentReportingMethod", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["conditions"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_conditions(data: object) -> None | PaymentReportingConditions | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    conditions_type_0 = PaymentReportingConditions(data)

                    return conditions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PaymentReportingConditions | Unset, data)

            conditions = _parse_conditions(_v)

        except Exception as _e:
            _decoding.leave(_t)
            conditions, _raw = _decoding.failed(
                _v, _e, _path, "conditions", "None | PaymentReportingConditions", _raw
            )
        else:
            _decoding.leave(_t)
            if conditions is _v and (_v.__class__ is list or _v.__class__ is dict):
                conditions, _raw = _decoding.failed(
                    _v, None, _path, "conditions", "None | PaymentReportingConditions", _raw
                )

        if cls is PaymentReporting:
            _obj = _new(cls)
            _obj.method = method
            _obj.conditions = conditions
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                method,
                conditions,
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
