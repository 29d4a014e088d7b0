from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOtherAddresses")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "OtherBillingAddresses",
        "OtherShippingAddresses",
        "OtherCustomerAddresses",
    }
)


@_attrs_define
class CreateOtherAddresses:
    """
    Attributes:
        other_billing_addresses (list[CreateAddress] | Unset):
        other_shipping_addresses (list[CreateAddress] | Unset):
        other_customer_addresses (list[CreateAddress] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    other_billing_addresses: list[CreateAddress] | Unset = UNSET
    other_shipping_addresses: list[CreateAddress] | Unset = UNSET
    other_customer_addresses: list[CreateAddress] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        other_billing_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_billing_addresses, Unset):
            other_billing_addresses = []
            for other_billing_addresses_item_data in self.other_billing_addresses:
                other_billing_addresses_item = other_billing_addresses_item_data.to_dict()
                other_billing_addresses.append(other_billing_addresses_item)

        other_shipping_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_shipping_addresses, Unset):
            other_shipping_addresses = []
            for other_shipping_addresses_item_data in self.other_shipping_addresses:
                other_shipping_addresses_item = other_shipping_addresses_item_data.to_dict()
                other_shipping_addresses.append(other_shipping_addresses_item)

        other_customer_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_customer_addresses, Unset):
            other_customer_addresses = []
            for other_customer_addresses_item_data in self.other_customer_addresses:
                other_customer_addresses_item = other_customer_addresses_item_data.to_dict()
                other_customer_addresses.append(other_customer_addresses_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if other_billing_addresses is not UNSET:
            field_dict["OtherBillingAddresses"] = other_billing_addresses
        if other_shipping_addresses is not UNSET:
            field_dict["OtherShippingAddresses"] = other_shipping_addresses
        if other_customer_addresses is not UNSET:
            field_dict["OtherCustomerAddresses"] = other_customer_addresses
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
        _lazy = not _m.strict and cls is CreateOtherAddresses
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["OtherBillingAddresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "OtherBillingAddresses", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            other_billing_addresses = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                other_billing_addresses = _v
                _pending |= 1
            else:
                other_billing_addresses = []
                _at = _path + "OtherBillingAddresses[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        other_billing_addresses.append(_CreateAddress_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CreateAddress, _path, "OtherBillingAddresses", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["OtherShippingAddresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "OtherShippingAddresses", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            other_shipping_addresses = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                other_shipping_addresses = _v
                _pending |= 2
            else:
                other_shipping_addresses = []
                _at = _path + "OtherShippingAddresses[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        other_shipping_addresses.append(_CreateAddress_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CreateAddress, _path, "OtherShippingAddresses", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["OtherCustomerAddresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "OtherCustomerAddresses", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            other_customer_addresses = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                other_customer_addresses = _v
                _pending |= 4
            else:
                other_customer_addresses = []
                _at = _path + "OtherCustomerAddresses[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        other_customer_addresses.append(_CreateAddress_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CreateAddress, _path, "OtherCustomerAddresses", _raw
                        )

        if cls is CreateOtherAddresses:
            _obj = _new(cls)
            _set_other_billing_addresses(_obj, other_billing_addresses)
            _set_other_shipping_addresses(_obj, other_shipping_addresses)
            _set_other_customer_addresses(_obj, other_customer_addresses)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                other_billing_addresses,
                other_shipping_addresses,
                other_customer_addresses,
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


from ..models.create_address import CreateAddress

_CreateAddress_from_dict = CreateAddress.from_dict

_set_other_billing_addresses = _decoding.lazy(
    CreateOtherAddresses, "other_billing_addresses", "OtherBillingAddresses", 1, CreateAddress.from_dict, True
)
_set_other_shipping_addresses = _decoding.lazy(
    CreateOtherAddresses,
    "other_shipping_addresses",
    "OtherShippingAddresses",
    2,
    CreateAddress.from_dict,
    True,
)
_set_other_customer_addresses = _decoding.lazy(
    CreateOtherAddresses,
    "other_customer_addresses",
    "OtherCustomerAddresses",
    4,
    CreateAddress.from_dict,
    True,
)
