from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderReturnItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "created_on",
        "order_lines",
        "new_lines",
        "linked_fees",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    created_on: datetime.datetime | None | Unset = UNSET
    order_lines: list[ReturnOrderLineItem] | None | Unset = UNSET
    new_lines: list[ReturnOrderLineItem] | None | Unset = UNSET
    linked_fees: list[ReturnFeesItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is OrderReturnItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_ref = _v
                _pending |= 1
            else:
                source_ref = _Ref_from_dict(_v, _path + "source_ref.")
        else:
            source_ref, _raw = _decoding.as_model(_v, Ref, _path, "source_ref", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            created_on = _parse_created_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            created_on, _raw = _decoding.failed(_v, _e, _path, "created_on", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if created_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                created_on, _raw = _decoding.failed(
                    _v, None, _path, "created_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["order_lines"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "order_lines", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            order_lines = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                order_lines = _v
                _pending |= 2
            else:
                order_lines = []
                _at = _path + "order_lines[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        order_lines.append(_ReturnOrderLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReturnOrderLineItem, _path, "order_lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["new_lines"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "new_lines", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            new_lines = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                new_lines = _v
                _pending |= 4
            else:
                new_lines = []
                _at = _path + "new_lines[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        new_lines.append(_ReturnOrderLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReturnOrderLineItem, _path, "new_lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["linked_fees"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "linked_fees", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            linked_fees = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                linked_fees = _v
                _pending |= 8
            else:
                linked_fees = []
                _at = _path + "linked_fees[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        linked_fees.append(_ReturnFeesItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReturnFeesItem, _path, "linked_fees", _raw)

        if cls is OrderReturnItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.created_on = created_on
            _set_order_lines(_obj, order_lines)
            _set_new_lines(_obj, new_lines)
            _set_linked_fees(_obj, linked_fees)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                created_on,
                order_lines,
                new_lines,
                linked_fees,
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


from ..models.ref import Ref
from ..models.return_fees_item import ReturnFeesItem
from ..models.return_order_line_item import ReturnOrderLineItem

_Ref_from_dict = Ref.from_dict
_ReturnFeesItem_from_dict = ReturnFeesItem.from_dict
_ReturnOrderLineItem_from_dict = ReturnOrderLineItem.from_dict

_set_source_ref = _decoding.lazy(OrderReturnItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_order_lines = _decoding.lazy(
    OrderReturnItem, "order_lines", "order_lines", 2, ReturnOrderLineItem.from_dict, True
)
_set_new_lines = _decoding.lazy(
    OrderReturnItem, "new_lines", "new_lines", 4, ReturnOrderLineItem.from_dict, True
)
_set_linked_fees = _decoding.lazy(
    OrderReturnItem, "linked_fees", "linked_fees", 8, ReturnFeesItem.from_dict, True
)
