from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceLocationItemOut")


@_attrs_define
class CommerceLocationItemOut:
    """
    Attributes:
        id (str):
        name (str):
        source_ref (None | Ref | Unset):
    """

    id: str
    name: str
    source_ref: None | Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        source_ref: dict[str, Any] | None | Unset
        if isinstance(self.source_ref, Unset):
            source_ref = UNSET
        elif isinstance(self.source_ref, Ref):
            source_ref = self.source_ref.to_dict()
        else:
            source_ref = self.source_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if source_ref is not UNSET:
            field_dict["source_ref"] = source_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_source_ref(data: object) -> None | Ref | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_ref_type_0 = Ref.from_dict(data)

                return source_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref | Unset, data)

        source_ref = _parse_source_ref(d.pop("source_ref", UNSET))

        commerce_location_item_out = cls(
            id=id,
            name=name,
            source_ref=source_ref,
        )

        commerce_location_item_out.additional_properties = d
        return commerce_location_item_out

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
