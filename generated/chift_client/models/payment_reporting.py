from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_reporting_conditions import PaymentReportingConditions
from ..models.payment_reporting_method import PaymentReportingMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReporting")


@_attrs_define
class PaymentReporting:
    """
    Attributes:
        method (None | PaymentReportingMethod | Unset):
        conditions (None | PaymentReportingConditions | Unset):
    """

    method: None | PaymentReportingMethod | Unset = UNSET
    conditions: None | PaymentReportingConditions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        method = _parse_method(d.pop("method", UNSET))

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

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        payment_reporting = cls(
            method=method,
            conditions=conditions,
        )

        payment_reporting.additional_properties = d
        return payment_reporting

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
