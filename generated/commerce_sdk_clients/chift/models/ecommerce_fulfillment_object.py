from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.ecommerce_fulfillment_type import EcommerceFulfillmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EcommerceFulfillmentObject")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "fulfillment_type",
        "shipping_from_address",
    }
)


@_attrs_define
class EcommerceFulfillmentObject:
    """
    Attributes:
        fulfillment_type (EcommerceFulfillmentType):
        shipping_from_address (AddressItemOut | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    fulfillment_type: EcommerceFulfillmentType
    shipping_from_address: AddressItemOut | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.fulfillment_type is None or isinstance(self.fulfillment_type, Unset):
            fulfillment_type = self.fulfillment_type
        else:
            fulfillment_type = self.fulfillment_type.value

        shipping_from_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_from_address, Unset):
            shipping_from_address = UNSET
        elif isinstance(self.shipping_from_address, AddressItemOut):
            shipping_from_address = self.shipping_from_address.to_dict()
        else:
            shipping_from_address = self.shipping_from_address

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "fulfillment_type": fulfillment_type,
            }
        )
        if shipping_from_address is not UNSET:
            field_dict["shipping_from_address"] = shipping_from_address
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
        _lazy = not _m.strict and cls is EcommerceFulfillmentObject
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["fulfillment_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            fulfillment_type, _raw = _decoding.missing(
                _path, "fulfillment_type", "EcommerceFulfillmentType", _raw
            )
        else:
            try:
                fulfillment_type = EcommerceFulfillmentType(_v)

            except Exception as _e:
                fulfillment_type, _raw = _decoding.failed(
                    _v, _e, _path, "fulfillment_type", "EcommerceFulfillmentType", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["shipping_from_address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipping_from_address = _v
                _pending |= 1
            else:
                shipping_from_address = _AddressItemOut_from_dict(_v, _path + "shipping_from_address.")
        elif _v is None:
            shipping_from_address = None
        elif _v is UNSET:
            shipping_from_address = UNSET
        else:
            shipping_from_address, _raw = _decoding.as_model(
                _v, AddressItemOut, _path, "shipping_from_address", _raw
            )

        if cls is EcommerceFulfillmentObject:
            _obj = _new(cls)
            _obj.fulfillment_type = fulfillment_type
            _set_shipping_from_address(_obj, shipping_from_address)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                fulfillment_type,
                shipping_from_address,
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


from ..models.address_item_out import AddressItemOut

_AddressItemOut_from_dict = AddressItemOut.from_dict

_set_shipping_from_address = _decoding.lazy(
    EcommerceFulfillmentObject,
    "shipping_from_address",
    "shipping_from_address",
    1,
    AddressItemOut.from_dict,
    False,
)
