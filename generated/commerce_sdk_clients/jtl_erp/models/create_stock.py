from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateStock")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "WarehouseId",
        "ItemId",
        "Quantity",
        "StorageLocationId",
        "ShelfLifeExpirationDate",
        "BatchNumber",
        "PurchasePriceNet",
        "SerialNumbers",
        "Comment",
    }
)


@_attrs_define
class CreateStock:
    """
    Attributes:
        warehouse_id (int):  Example: 5.
        item_id (int):  Example: 1001.
        quantity (float):  Example: 500.
        storage_location_id (int | Unset):  Example: 8.
        shelf_life_expiration_date (datetime.datetime | Unset):  Example: TODO.
        batch_number (str | Unset):  Example: 20240315A.
        purchase_price_net (float | Unset):  Example: 45.67.
        serial_numbers (list[str] | Unset):
        comment (str | Unset):  Example: Comment for this stock change.
    """

    warehouse_id: int
    item_id: int
    quantity: float
    storage_location_id: int | Unset = UNSET
    shelf_life_expiration_date: datetime.datetime | Unset = UNSET
    batch_number: str | Unset = UNSET
    purchase_price_net: float | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    comment: str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        item_id = self.item_id

        quantity = self.quantity

        storage_location_id = self.storage_location_id

        shelf_life_expiration_date: str | Unset = UNSET
        if not isinstance(self.shelf_life_expiration_date, Unset):
            shelf_life_expiration_date = self.shelf_life_expiration_date.isoformat()

        batch_number = self.batch_number

        purchase_price_net = self.purchase_price_net

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        comment = self.comment

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "WarehouseId": warehouse_id,
                "ItemId": item_id,
                "Quantity": quantity,
            }
        )
        if storage_location_id is not UNSET:
            field_dict["StorageLocationId"] = storage_location_id
        if shelf_life_expiration_date is not UNSET:
            field_dict["ShelfLifeExpirationDate"] = shelf_life_expiration_date
        if batch_number is not UNSET:
            field_dict["BatchNumber"] = batch_number
        if purchase_price_net is not UNSET:
            field_dict["PurchasePriceNet"] = purchase_price_net
        if serial_numbers is not UNSET:
            field_dict["SerialNumbers"] = serial_numbers
        if comment is not UNSET:
            field_dict["Comment"] = comment
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
            warehouse_id = _src["WarehouseId"]
        except KeyError:
            warehouse_id = UNSET
        if warehouse_id.__class__ is not int:
            warehouse_id, _raw = _decoding.scalar(warehouse_id, "int", _path, "WarehouseId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity = _src["Quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "Quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            storage_location_id = _src["StorageLocationId"]
        except KeyError:
            storage_location_id = UNSET
        if storage_location_id.__class__ is not int and storage_location_id is not UNSET:
            storage_location_id, _raw = _decoding.scalar(
                storage_location_id, "int", _path, "StorageLocationId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ShelfLifeExpirationDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                shelf_life_expiration_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                shelf_life_expiration_date, _raw = _decoding.as_datetime(
                    _v, "date-time", _path, "ShelfLifeExpirationDate", _raw
                )
        elif _v is UNSET:
            shelf_life_expiration_date = UNSET
        else:
            shelf_life_expiration_date, _raw = _decoding.as_datetime(
                _v, "date-time", _path, "ShelfLifeExpirationDate", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            batch_number = _src["BatchNumber"]
        except KeyError:
            batch_number = UNSET
        if batch_number.__class__ is not str and batch_number is not UNSET:
            batch_number, _raw = _decoding.scalar(batch_number, "str", _path, "BatchNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            purchase_price_net = _src["PurchasePriceNet"]
        except KeyError:
            purchase_price_net = UNSET
        if (
            purchase_price_net.__class__ is not float
            and purchase_price_net.__class__ is not int
            and purchase_price_net is not UNSET
        ):
            purchase_price_net, _raw = _decoding.scalar(
                purchase_price_net, "float", _path, "PurchasePriceNet", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            serial_numbers = _src["SerialNumbers"]
        except KeyError:
            serial_numbers = UNSET
        if serial_numbers.__class__ is not list and serial_numbers is not UNSET:
            serial_numbers, _raw = _decoding.as_list(serial_numbers, "scalar", _path, "SerialNumbers", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str and comment is not UNSET:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        if cls is CreateStock:
            _obj = _new(cls)
            _obj.warehouse_id = warehouse_id
            _obj.item_id = item_id
            _obj.quantity = quantity
            _obj.storage_location_id = storage_location_id
            _obj.shelf_life_expiration_date = shelf_life_expiration_date
            _obj.batch_number = batch_number
            _obj.purchase_price_net = purchase_price_net
            _obj.serial_numbers = serial_numbers
            _obj.comment = comment
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                warehouse_id,
                item_id,
                quantity,
                storage_location_id,
                shelf_life_expiration_date,
                batch_number,
                purchase_price_net,
                serial_numbers,
                comment,
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
