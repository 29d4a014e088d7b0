from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedListOfSalesOrder")
_new = object.__new__

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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is PagedListOfSalesOrder
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_items = _src["TotalItems"]
        except KeyError:
            total_items = UNSET
        if total_items.__class__ is not int:
            total_items, _raw = _decoding.scalar(total_items, "int", _path, "TotalItems", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            page_number = _src["PageNumber"]
        except KeyError:
            page_number = UNSET
        if page_number.__class__ is not int:
            page_number, _raw = _decoding.scalar(page_number, "int", _path, "PageNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            page_size = _src["PageSize"]
        except KeyError:
            page_size = UNSET
        if page_size.__class__ is not int:
            page_size, _raw = _decoding.scalar(page_size, "int", _path, "PageSize", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Items"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Items", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            items = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                items = _v
                _pending |= 1
            else:
                items = []
                _at = _path + "Items[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        items.append(_SalesOrder_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SalesOrder, _path, "Items", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_pages = _src["TotalPages"]
        except KeyError:
            total_pages = UNSET
        if total_pages.__class__ is not int and total_pages is not UNSET:
            total_pages, _raw = _decoding.scalar(total_pages, "int", _path, "TotalPages", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            has_previous_page = _src["HasPreviousPage"]
        except KeyError:
            has_previous_page = UNSET
        if has_previous_page.__class__ is not bool and has_previous_page is not UNSET:
            has_previous_page, _raw = _decoding.scalar(
                has_previous_page, "bool", _path, "HasPreviousPage", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            has_next_page = _src["HasNextPage"]
        except KeyError:
            has_next_page = UNSET
        if has_next_page.__class__ is not bool and has_next_page is not UNSET:
            has_next_page, _raw = _decoding.scalar(has_next_page, "bool", _path, "HasNextPage", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            next_page_number = _src["NextPageNumber"]
        except KeyError:
            next_page_number = UNSET
        if next_page_number.__class__ is not int and next_page_number is not UNSET:
            next_page_number, _raw = _decoding.scalar(next_page_number, "int", _path, "NextPageNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            previous_page_number = _src["PreviousPageNumber"]
        except KeyError:
            previous_page_number = UNSET
        if previous_page_number.__class__ is not int and previous_page_number is not UNSET:
            previous_page_number, _raw = _decoding.scalar(
                previous_page_number, "int", _path, "PreviousPageNumber", _raw
            )

        if cls is PagedListOfSalesOrder:
            _obj = _new(cls)
            _obj.total_items = total_items
            _obj.page_number = page_number
            _obj.page_size = page_size
            _set_items(_obj, items)
            _obj.total_pages = total_pages
            _obj.has_previous_page = has_previous_page
            _obj.has_next_page = has_next_page
            _obj.next_page_number = next_page_number
            _obj.previous_page_number = previous_page_number
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
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


from ..models.sales_order import SalesOrder

_SalesOrder_from_dict = SalesOrder.from_dict

_set_items = _decoding.lazy(PagedListOfSalesOrder, "items", "Items", 1, SalesOrder.from_dict, True)
