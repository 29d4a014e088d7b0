from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedListOfSalesOrder")


@_attrs_define
class PagedListOfSalesOrder:
    """
    Attributes:
        total_items (int):
        page_number (int):
        page_size (int):
        items (list[SalesOrder]):
        total_pages (int | Unset):
        has_previous_page (bool | Unset):
        has_next_page (bool | Unset):
        next_page_number (int | Unset):
        previous_page_number (int | Unset):
    """

    total_items: int
    page_number: int
    page_size: int
    items: list[SalesOrder]
    total_pages: int | Unset = UNSET
    has_previous_page: bool | Unset = UNSET
    has_next_page: bool | Unset = UNSET
    next_page_number: int | Unset = UNSET
    previous_page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        page_number = self.page_number

        page_size = self.page_size

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_pages = self.total_pages

        has_previous_page = self.has_previous_page

        has_next_page = self.has_next_page

        next_page_number = self.next_page_number

        previous_page_number = self.previous_page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalItems": total_items,
                "PageNumber": page_number,
                "PageSize": page_size,
                "Items": items,
            }
        )
        if total_pages is not UNSET:
            field_dict["TotalPages"] = total_pages
        if has_previous_page is not UNSET:
            field_dict["HasPreviousPage"] = has_previous_page
        if has_next_page is not UNSET:
            field_dict["HasNextPage"] = has_next_page
        if next_page_number is not UNSET:
            field_dict["NextPageNumber"] = next_page_number
        if previous_page_number is not UNSET:
            field_dict["PreviousPageNumber"] = previous_page_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("TotalItems", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("TotalItems: expected int, got " + type(_v).__name__)
        total_items = _v

        _v = d.pop("PageNumber", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("PageNumber: expected int, got " + type(_v).__name__)
        page_number = _v

        _v = d.pop("PageSize", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("PageSize: expected int, got " + type(_v).__name__)
        page_size = _v

        _v = d.pop("Items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = SalesOrder.from_dict(items_item_data)

            items.append(items_item)

        _v = d.pop("TotalPages", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("TotalPages: expected int, got " + type(_v).__name__)
        total_pages = _v

        _v = d.pop("HasPreviousPage", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("HasPreviousPage: expected bool, got " + type(_v).__name__)
        has_previous_page = _v

        _v = d.pop("HasNextPage", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("HasNextPage: expected bool, got " + type(_v).__name__)
        has_next_page = _v

        _v = d.pop("NextPageNumber", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("NextPageNumber: expected int, got " + type(_v).__name__)
        next_page_number = _v

        _v = d.pop("PreviousPageNumber", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("PreviousPageNumber: expected int, got " + type(_v).__name__)
        previous_page_number = _v

        paged_list_of_sales_order = cls(
            total_items=total_items,
            page_number=page_number,
            page_size=page_size,
            items=items,
            total_pages=total_pages,
            has_previous_page=has_previous_page,
            has_next_page=has_next_page,
            next_page_number=next_page_number,
            previous_page_number=previous_page_number,
        )

        paged_list_of_sales_order.additional_properties = d
        return paged_list_of_sales_order

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


from ..models.sales_order import SalesOrder
