from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChiftPageInvoicingPaymentMethodItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "items",
        "total",
        "page",
        "size",
    }
)


@_attrs_define
class ChiftPageInvoicingPaymentMethodItem:
    """
    Attributes:
        items (list[InvoicingPaymentMethodItem]):
        total (int):
        page (int):
        size (int):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    items: list[InvoicingPaymentMethodItem]
    total: int
    page: int
    size: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.items is None or isinstance(self.items, Unset):
            items = self.items
        else:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total = self.total

        page = self.page

        size = self.size

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "page": page,
                "size": size,
            }
        )
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
        _lazy = not _m.strict and cls is ChiftPageInvoicingPaymentMethodItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["items"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "items", _raw)
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
                _at = _path + "items[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        items.append(_InvoicingPaymentMethodItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, InvoicingPaymentMethodItem, _path, "items", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "int", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            page = _src["page"]
        except KeyError:
            page = UNSET
        if page.__class__ is not int:
            page, _raw = _decoding.scalar(page, "int", _path, "page", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            size = _src["size"]
        except KeyError:
            size = UNSET
        if size.__class__ is not int:
            size, _raw = _decoding.scalar(size, "int", _path, "size", _raw)

        if cls is ChiftPageInvoicingPaymentMethodItem:
            _obj = _new(cls)
            _set_items(_obj, items)
            _obj.total = total
            _obj.page = page
            _obj.size = size
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                items,
                total,
                page,
                size,
            )

        if len(_src) != 4 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.invoicing_payment_method_item import InvoicingPaymentMethodItem

_InvoicingPaymentMethodItem_from_dict = InvoicingPaymentMethodItem.from_dict

_set_items = _decoding.lazy(
    ChiftPageInvoicingPaymentMethodItem, "items", "items", 1, InvoicingPaymentMethodItem.from_dict, True
)
