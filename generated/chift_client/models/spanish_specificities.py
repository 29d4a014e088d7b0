from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpanishSpecificities")


@_attrs_define
class SpanishSpecificities:
    """
    Attributes:
        withholding_tax (None | Unset | WithholdingTax):
    """

    withholding_tax: None | Unset | WithholdingTax = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withholding_tax: dict[str, Any] | None | Unset
        if isinstance(self.withholding_tax, Unset):
            withholding_tax = UNSET
        elif isinstance(self.withholding_tax, WithholdingTax):
            withholding_tax = self.withholding_tax.to_dict()
        else:
            withholding_tax = self.withholding_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if withholding_tax is not UNSET:
            field_dict["withholding_tax"] = withholding_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_withholding_tax(data: object) -> None | Unset | WithholdingTax:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                withholding_tax_type_0 = WithholdingTax.from_dict(data)

                return withholding_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithholdingTax, data)

        withholding_tax = _parse_withholding_tax(d.pop("withholding_tax", UNSET))

        spanish_specificities = cls(
            withholding_tax=withholding_tax,
        )

        spanish_specificities.additional_properties = d
        return spanish_specificities

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


from ..models.withholding_tax import WithholdingTax
