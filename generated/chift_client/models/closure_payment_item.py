from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClosurePaymentItem")


@_attrs_define
class ClosurePaymentItem:
    """
    Attributes:
        total (float):
        payment_method_id (None | str | Unset):
        payment_method_name (None | str | Unset):
        tip (float | None | Unset):  Default: 0.0.
    """

    total: float
    payment_method_id: None | str | Unset = UNSET
    payment_method_name: None | str | Unset = UNSET
    tip: float | None | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_method_name: None | str | Unset
        if isinstance(self.payment_method_name, Unset):
            payment_method_name = UNSET
        else:
            payment_method_name = self.payment_method_name

        tip: float | None | Unset
        if isinstance(self.tip, Unset):
            tip = UNSET
        else:
            tip = self.tip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if payment_method_name is not UNSET:
            field_dict["payment_method_name"] = payment_method_name
        if tip is not UNSET:
            field_dict["tip"] = tip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_payment_method_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_name = _parse_payment_method_name(d.pop("payment_method_name", UNSET))

        def _parse_tip(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tip = _parse_tip(d.pop("tip", UNSET))

        closure_payment_item = cls(
            total=total,
            payment_method_id=payment_method_id,
            payment_method_name=payment_method_name,
            tip=tip,
        )

        closure_payment_item.additional_properties = d
        return closure_payment_item

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
