from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemQuantities")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "MinimumOrderQuantity",
        "MinimumPurchaseQuantityForCustomerGroup",
        "PermissibleOrderQuantity",
    }
)


@_attrs_define
class CreateItemQuantities:
    """
    Attributes:
        minimum_order_quantity (float | Unset):  Example: 0.
        minimum_purchase_quantity_for_customer_group (list[CreateItemMinimumPurchaseQuantityForCustomerGroup] | Unset):
        permissible_order_quantity (float | Unset):  Example: 0.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    minimum_order_quantity: float | Unset = UNSET
    minimum_purchase_quantity_for_customer_group: (
        list[CreateItemMinimumPurchaseQuantityForCustomerGroup] | Unset
    ) = UNSET
    permissible_order_quantity: float | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        minimum_order_quantity = self.minimum_order_quantity

        minimum_purchase_quantity_for_customer_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.minimum_purchase_quantity_for_customer_group, Unset):
            minimum_purchase_quantity_for_customer_group = []
            for (
                minimum_purchase_quantity_for_customer_group_item_data
            ) in self.minimum_purchase_quantity_for_customer_group:
                minimum_purchase_quantity_for_customer_group_item = (
                    minimum_purchase_quantity_for_customer_group_item_data.to_dict()
                )
                minimum_purchase_quantity_for_customer_group.append(
                    minimum_purchase_quantity_for_customer_group_item
                )

        permissible_order_quantity = self.permissible_order_quantity

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if minimum_order_quantity is not UNSET:
            field_dict["MinimumOrderQuantity"] = minimum_order_quantity
        if minimum_purchase_quantity_for_customer_group is not UNSET:
            field_dict["MinimumPurchaseQuantityForCustomerGroup"] = (
                minimum_purchase_quantity_for_customer_group
            )
        if permissible_order_quantity is not UNSET:
            field_dict["PermissibleOrderQuantity"] = permissible_order_quantity
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
        _lazy = not _m.strict and cls is CreateItemQuantities
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            minimum_order_quantity = _src["MinimumOrderQuantity"]
        except KeyError:
            minimum_order_quantity = UNSET
        if (
            minimum_order_quantity.__class__ is not float
            and minimum_order_quantity.__class__ is not int
            and minimum_order_quantity is not UNSET
        ):
            minimum_order_quantity, _raw = _decoding.scalar(
                minimum_order_quantity, "float", _path, "MinimumOrderQuantity", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["MinimumPurchaseQuantityForCustomerGroup"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "MinimumPurchaseQuantityForCustomerGroup", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            minimum_purchase_quantity_for_customer_group = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                minimum_purchase_quantity_for_customer_group = _v
                _pending |= 1
            else:
                minimum_purchase_quantity_for_customer_group = []
                _at = _path + "MinimumPurchaseQuantityForCustomerGroup[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        minimum_purchase_quantity_for_customer_group.append(
                            _CreateItemMinimumPurchaseQuantityForCustomerGroup_from_dict(_x, _at)
                        )
                    else:
                        _raw = _decoding.bad_item(
                            _v,
                            _x,
                            CreateItemMinimumPurchaseQuantityForCustomerGroup,
                            _path,
                            "MinimumPurchaseQuantityForCustomerGroup",
                            _raw,
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

        if cls is CreateItemQuantities:
            _obj = _new(cls)
            _obj.minimum_order_quantity = minimum_order_quantity
            _set_minimum_purchase_quantity_for_customer_group(
                _obj, minimum_purchase_quantity_for_customer_group
            )
            _obj.permissible_order_quantity = permissible_order_quantity
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                minimum_order_quantity,
                minimum_purchase_quantity_for_customer_group,
                permissible_order_quantity,
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


from ..models.create_item_minimum_purchase_quantity_for_customer_group import (
    CreateItemMinimumPurchaseQuantityForCustomerGroup,
)

_CreateItemMinimumPurchaseQuantityForCustomerGroup_from_dict = (
    CreateItemMinimumPurchaseQuantityForCustomerGroup.from_dict
)

_set_minimum_purchase_quantity_for_customer_group = _decoding.lazy(
    CreateItemQuantities,
    "minimum_purchase_quantity_for_customer_group",
    "MinimumPurchaseQuantityForCustomerGroup",
    1,
    CreateItemMinimumPurchaseQuantityForCustomerGroup.from_dict,
    True,
)
