from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSTaxRateItem")


@_attrs_define
class PMSTaxRateItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        label (None | str | Unset):
        rate (float | None | Unset):
        is_city_tax (bool | None | Unset):
    """

    id: str
    source_ref: Ref
    label: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    is_city_tax: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        is_city_tax: bool | None | Unset
        if isinstance(self.is_city_tax, Unset):
            is_city_tax = UNSET
        else:
            is_city_tax = self.is_city_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if rate is not UNSET:
            field_dict["rate"] = rate
        if is_city_tax is not UNSET:
            field_dict["is_city_tax"] = is_city_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_is_city_tax(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_city_tax = _parse_is_city_tax(d.pop("is_city_tax", UNSET))

        pms_tax_rate_item = cls(
            id=id,
            source_ref=source_ref,
            label=label,
            rate=rate,
            is_city_tax=is_city_tax,
        )

        pms_tax_rate_item.additional_properties = d
        return pms_tax_rate_item

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


from ..models.ref import Ref
