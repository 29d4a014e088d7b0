from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderReturnItem")


@_attrs_define
class OrderReturnItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        created_on (datetime.datetime | None | Unset):
        order_lines (list[ReturnOrderLineItem] | None | Unset):
        new_lines (list[ReturnOrderLineItem] | None | Unset):
        linked_fees (list[ReturnFeesItem] | None | Unset):
    """

    id: str
    source_ref: Ref
    created_on: datetime.datetime | None | Unset = UNSET
    order_lines: list[ReturnOrderLineItem] | None | Unset = UNSET
    new_lines: list[ReturnOrderLineItem] | None | Unset = UNSET
    linked_fees: list[ReturnFeesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        order_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_lines, Unset):
            order_lines = UNSET
        elif isinstance(self.order_lines, list):
            order_lines = []
            for order_lines_type_0_item_data in self.order_lines:
                order_lines_type_0_item = order_lines_type_0_item_data.to_dict()
                order_lines.append(order_lines_type_0_item)

        else:
            order_lines = self.order_lines

        new_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.new_lines, Unset):
            new_lines = UNSET
        elif isinstance(self.new_lines, list):
            new_lines = []
            for new_lines_type_0_item_data in self.new_lines:
                new_lines_type_0_item = new_lines_type_0_item_data.to_dict()
                new_lines.append(new_lines_type_0_item)

        else:
            new_lines = self.new_lines

        linked_fees: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_fees, Unset):
            linked_fees = UNSET
        elif isinstance(self.linked_fees, list):
            linked_fees = []
            for linked_fees_type_0_item_data in self.linked_fees:
                linked_fees_type_0_item = linked_fees_type_0_item_data.to_dict()
                linked_fees.append(linked_fees_type_0_item)

        else:
            linked_fees = self.linked_fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if new_lines is not UNSET:
            field_dict["new_lines"] = new_lines
        if linked_fees is not UNSET:
            field_dict["linked_fees"] = linked_fees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

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

        def _parse_order_lines(data: object) -> list[ReturnOrderLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_lines_type_0 = []
                _order_lines_type_0 = data
                for order_lines_type_0_item_data in _order_lines_type_0:
                    order_lines_type_0_item = ReturnOrderLineItem.from_dict(order_lines_type_0_item_data)

                    order_lines_type_0.append(order_lines_type_0_item)

                return order_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReturnOrderLineItem] | None | Unset, data)

        order_lines = _parse_order_lines(d.pop("order_lines", UNSET))

        def _parse_new_lines(data: object) -> list[ReturnOrderLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                new_lines_type_0 = []
                _new_lines_type_0 = data
                for new_lines_type_0_item_data in _new_lines_type_0:
                    new_lines_type_0_item = ReturnOrderLineItem.from_dict(new_lines_type_0_item_data)

                    new_lines_type_0.append(new_lines_type_0_item)

                return new_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReturnOrderLineItem] | None | Unset, data)

        new_lines = _parse_new_lines(d.pop("new_lines", UNSET))

        def _parse_linked_fees(data: object) -> list[ReturnFeesItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_fees_type_0 = []
                _linked_fees_type_0 = data
                for linked_fees_type_0_item_data in _linked_fees_type_0:
                    linked_fees_type_0_item = ReturnFeesItem.from_dict(linked_fees_type_0_item_data)

                    linked_fees_type_0.append(linked_fees_type_0_item)

                return linked_fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReturnFeesItem] | None | Unset, data)

        linked_fees = _parse_linked_fees(d.pop("linked_fees", UNSET))

        order_return_item = cls(
            id=id,
            source_ref=source_ref,
            created_on=created_on,
            order_lines=order_lines,
            new_lines=new_lines,
            linked_fees=linked_fees,
        )

        order_return_item.additional_properties = d
        return order_return_item

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
from ..models.return_fees_item import ReturnFeesItem
from ..models.return_order_line_item import ReturnOrderLineItem
