from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fees_type import FeesType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeesItem")


@_attrs_define
class FeesItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        type_ (FeesType):
        tax_rate (float):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        created_on (datetime.datetime | None | Unset):
        removed (bool | None | Unset):  Default: False.
        tax_id (None | str | Unset):
        discounts (list[CommerceDiscountItem] | None | Unset):
    """

    id: str
    source_ref: Ref
    type_: FeesType
    tax_rate: float
    untaxed_amount: float
    tax_amount: float
    total: float
    created_on: datetime.datetime | None | Unset = UNSET
    removed: bool | None | Unset = False
    tax_id: None | str | Unset = UNSET
    discounts: list[CommerceDiscountItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        type_ = self.type_.value

        tax_rate = self.tax_rate

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        removed: bool | None | Unset
        if isinstance(self.removed, Unset):
            removed = UNSET
        else:
            removed = self.removed

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "type": type_,
                "tax_rate": tax_rate,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if removed is not UNSET:
            field_dict["removed"] = removed
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if discounts is not UNSET:
            field_dict["discounts"] = discounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        type_ = FeesType(d.pop("type"))

        _v = d.pop("tax_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_rate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_removed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        removed = _parse_removed(d.pop("removed", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_discounts(data: object) -> list[CommerceDiscountItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = CommerceDiscountItem.from_dict(discounts_type_0_item_data)

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommerceDiscountItem] | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        fees_item = cls(
            id=id,
            source_ref=source_ref,
            type_=type_,
            tax_rate=tax_rate,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            total=total,
            created_on=created_on,
            removed=removed,
            tax_id=tax_id,
            discounts=discounts,
        )

        fees_item.additional_properties = d
        return fees_item

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


from ..models.commerce_discount_item import CommerceDiscountItem
from ..models.ref import Ref
