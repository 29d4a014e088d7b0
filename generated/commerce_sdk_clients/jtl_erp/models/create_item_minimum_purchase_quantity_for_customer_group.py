from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemMinimumPurchaseQuantityForCustomerGroup")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "CustomerGroupId",
        "PermissibleOrderQuantity",
        "MinimumPurchaseQuantity",
        "IsActive",
    }
)


@_attrs_define
class CreateItemMinimumPurchaseQuantityForCustomerGroup:
    """
    Attributes:
        customer_group_id (int):  Example: 3.
        permissible_order_quantity (float | Unset):  Example: 149.99.
        minimum_purchase_quantity (float | Unset):  Example: 1.
        is_active (bool | Unset):  Example: True.
    """

    customer_group_id: int
    permissible_order_quantity: float | Unset = UNSET
    minimum_purchase_quantity: float | Unset = UNSET
    is_active: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        customer_group_id = self.customer_group_id

        permissible_order_quantity = self.permissible_order_quantity

        minimum_purchase_quantity = self.minimum_purchase_quantity

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "CustomerGroupId": customer_group_id,
            }
        )
        if permissible_order_quantity is not UNSET:
            field_dict["PermissibleOrderQuantity"] = permissible_order_quantity
        if minimum_purchase_quantity is not UNSET:
            field_dict["MinimumPurchaseQuantity"] = minimum_purchase_quantity
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
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
            customer_group_id = _src["CustomerGroupId"]
        except KeyError:
            customer_group_id = UNSET
        if customer_group_id.__class__ is not int:
            customer_group_id, _raw = _decoding.scalar(
                customer_group_id, "int", _path, "CustomerGroupId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            permissible_order_quantity = _src["PermissibleOrderQuantity"]
        except KeyError:
            permissible_order_quantity = UNSET
        if (
            permissible_order_quantity.__class__ is not float
            and permissible_order_quantity.__class__ is not int
            and permissible_order_quantity is not UNSET
        ):
            permissible_order_quantity, _raw = _decoding.scalar(
                permissible_order_quantity, "float", _path, "PermissibleOrderQuantity", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            minimum_purchase_quantity = _src["MinimumPurchaseQuantity"]
        except KeyError:
            minimum_purchase_quantity = UNSET
        if (
            minimum_purchase_quantity.__class__ is not float
            and minimum_purchase_quantity.__class__ is not int
            and minimum_purchase_quantity is not UNSET
        ):
            minimum_purchase_quantity, _raw = _decoding.scalar(
                minimum_purchase_quantity, "float", _path, "MinimumPurchaseQuantity", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_active = _src["IsActive"]
        except KeyError:
            is_active = UNSET
        if is_active.__class__ is not bool and is_active is not UNSET:
            is_active, _raw = _decoding.scalar(is_active, "bool", _path, "IsActive", _raw)

        if cls is CreateItemMinimumPurchaseQuantityForCustomerGroup:
            _obj = _new(cls)
            _obj.customer_group_id = customer_group_id
            _obj.permissible_order_quantity = permissible_order_quantity
            _obj.minimum_purchase_quantity = minimum_purchase_quantity
            _obj.is_active = is_active
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                customer_group_id,
                permissible_order_quantity,
                minimum_purchase_quantity,
                is_active,
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
