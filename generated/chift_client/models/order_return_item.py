from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderReturnItem")

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
    """Goods sent back on an order.

    Attributes:
        id (str):
        source_ref (Ref): Identifier of a record in the source software.
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if type(src_dict) is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        if type(_v) is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "id", _raw)
        id = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if type(_v) is dict:
            source_ref = Ref.from_dict(_v, _path + "source_ref.")
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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["order_lines"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            order_lines = _parse_order_lines(_v)

        except Exception as _e:
            _decoding.leave(_t)
            order_lines, _raw = _decoding.failed(
                _v, _e, _path, "order_lines", "list[ReturnOrderLineItem] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["new_lines"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            new_lines = _parse_new_lines(_v)

        except Exception as _e:
            _decoding.leave(_t)
            new_lines, _raw = _decoding.failed(
                _v, _e, _path, "new_lines", "list[ReturnOrderLineItem] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["linked_fees"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            linked_fees = _parse_linked_fees(_v)

        except Exception as _e:
            _decoding.leave(_t)
            linked_fees, _raw = _decoding.failed(
                _v, _e, _path, "linked_fees", "list[ReturnFeesItem] | None", _raw
            )
        else:
            _decoding.leave(_t)

        order_return_item = cls(
            id,
            source_ref,
            created_on,
            order_lines,
            new_lines,
            linked_fees,
        )

        if not _KNOWN_KEYS.issuperset(_src):
            order_return_item._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            order_return_item._raw_values = _raw
        return order_return_item

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
