from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedListOfSalesOrder")

_KNOWN_KEYS = frozenset(
    {
        "TotalItems",
        "PageNumber",
        "PageSize",
        "Items",
        "TotalPages",
        "HasPreviousPage",
        "HasNextPage",
        "NextPageNumber",
        "PreviousPageNumber",
    }
)


@_attrs_define
class PagedListOfSalesOrder:
    """One page of sales orders plus paging information.

    Attributes:
        total_items (int): Number of matching entries across all pages.
        page_number (int): Number of this page.
        page_size (int): Entries per page.
        items (list[SalesOrder]): Entries on this page.
        total_pages (int | Unset): Number of pages in total.
        has_previous_page (bool | Unset): True unless this is the first page.
        has_next_page (bool | Unset): True unless this is the last page.
        next_page_number (int | Unset): Number of the following page (the last page number when there is none).
        previous_page_number (int | Unset): Number of the preceding page (1 when there is none).
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        page_number = self.page_number

        page_size = self.page_size

        if self.items is None or isinstance(self.items, Unset):
            items = self.items
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
            _v = _src["TotalItems"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int:
            _v, _raw = _decoding.scalar(_v, "int", _path, "TotalItems", _raw)
        total_items = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PageNumber"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int:
            _v, _raw = _decoding.scalar(_v, "int", _path, "PageNumber", _raw)
        page_number = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PageSize"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int:
            _v, _raw = _decoding.scalar(_v, "int", _path, "PageSize", _raw)
        page_size = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Items"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Items", _raw)
        if _v is UNSET or _v is None:
            items = _v
        else:
            items = []
            _at = _path + "Items[]."
            for _x in _v:
                if _x.__class__ is dict:
                    items.append(SalesOrder.from_dict(_x, _at))
                else:
                    _raw = _decoding.bad_item(_v, _x, SalesOrder, _path, "Items", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["TotalPages"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int and _v is not UNSET:
            _v, _raw = _decoding.scalar(_v, "int", _path, "TotalPages", _raw)
        total_pages = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["HasPreviousPage"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not bool and _v is not UNSET:
            _v, _raw = _decoding.scalar(_v, "bool", _path, "HasPreviousPage", _raw)
        has_previous_page = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["HasNextPage"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not bool and _v is not UNSET:
            _v, _raw = _decoding.scalar(_v, "bool", _path, "HasNextPage", _raw)
        has_next_page = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["NextPageNumber"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int and _v is not UNSET:
            _v, _raw = _decoding.scalar(_v, "int", _path, "NextPageNumber", _raw)
        next_page_number = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PreviousPageNumber"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int and _v is not UNSET:
            _v, _raw = _decoding.scalar(_v, "int", _path, "PreviousPageNumber", _raw)
        previous_page_number = _v

        paged_list_of_sales_order = cls(
            total_items,
            page_number,
            page_size,
            items,
            total_pages,
            has_previous_page,
            has_next_page,
            next_page_number,
            previous_page_number,
        )

        if not _KNOWN_KEYS.issuperset(_src):
            paged_list_of_sales_order._additional_properties = {
                k: v for k, v in _src.items() if k not in _KNOWN_KEYS
            }
        if _raw is not None:
            paged_list_of_sales_order._raw_values = _raw
        return paged_list_of_sales_order

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


from ..models.sales_order import SalesOrder
