from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReturnLineItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Quantity",
        "ReturnReasonId",
        "ReturnReasonComment",
        "SalesOrderLineItemId",
        "DeliveryNoteLineItemId",
    }
)


@_attrs_define
class CreateReturnLineItem:
    """
    Attributes:
        quantity (float):  Example: 2.
        return_reason_id (int):  Example: 13.
        return_reason_comment (str | Unset):  Example: too small.
        sales_order_line_item_id (int | Unset):  Example: 12.
        delivery_note_line_item_id (int | Unset):  Example: 12.
    """

    quantity: float
    return_reason_id: int
    return_reason_comment: str | Unset = UNSET
    sales_order_line_item_id: int | Unset = UNSET
    delivery_note_line_item_id: int | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        return_reason_id = self.return_reason_id

        return_reason_comment = self.return_reason_comment

        sales_order_line_item_id = self.sales_order_line_item_id

        delivery_note_line_item_id = self.delivery_note_line_item_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Quantity": quantity,
                "ReturnReasonId": return_reason_id,
            }
        )
        if return_reason_comment is not UNSET:
            field_dict["ReturnReasonComment"] = return_reason_comment
        if sales_order_line_item_id is not UNSET:
            field_dict["SalesOrderLineItemId"] = sales_order_line_item_id
        if delivery_note_line_item_id is not UNSET:
            field_dict["DeliveryNoteLineItemId"] = delivery_note_line_item_id
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
            quantity = _src["Quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "Quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            return_reason_id = _src["ReturnReasonId"]
        except KeyError:
            return_reason_id = UNSET
        if return_reason_id.__class__ is not int:
            return_reason_id, _raw = _decoding.scalar(return_reason_id, "int", _path, "ReturnReasonId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            return_reason_comment = _src["ReturnReasonComment"]
        except KeyError:
            return_reason_comment = UNSET
        if return_reason_comment.__class__ is not str and return_reason_comment is not UNSET:
            return_reason_comment, _raw = _decoding.scalar(
                return_reason_comment, "str", _path, "ReturnReasonComment", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_order_line_item_id = _src["SalesOrderLineItemId"]
        except KeyError:
            sales_order_line_item_id = UNSET
        if sales_order_line_item_id.__class__ is not int and sales_order_line_item_id is not UNSET:
            sales_order_line_item_id, _raw = _decoding.scalar(
                sales_order_line_item_id, "int", _path, "SalesOrderLineItemId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            delivery_note_line_item_id = _src["DeliveryNoteLineItemId"]
        except KeyError:
            delivery_note_line_item_id = UNSET
        if delivery_note_line_item_id.__class__ is not int and delivery_note_line_item_id is not UNSET:
            delivery_note_line_item_id, _raw = _decoding.scalar(
                delivery_note_line_item_id, "int", _path, "DeliveryNoteLineItemId", _raw
            )

        if cls is CreateReturnLineItem:
            _obj = _new(cls)
            _obj.quantity = quantity
            _obj.return_reason_id = return_reason_id
            _obj.return_reason_comment = return_reason_comment
            _obj.sales_order_line_item_id = sales_order_line_item_id
            _obj.delivery_note_line_item_id = delivery_note_line_item_id
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                quantity,
                return_reason_id,
                return_reason_comment,
                sales_order_line_item_id,
                delivery_note_line_item_id,
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
