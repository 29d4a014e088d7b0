from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="POSCreateCustomerItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "first_name",
        "last_name",
        "phone",
        "email",
        "address",
    }
)


@_attrs_define
class POSCreateCustomerItem:
    """
    Attributes:
        first_name (str):
        last_name (str):
        phone (None | str | Unset):
        email (None | str | Unset):
        address (None | PostAddressItem | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    first_name: str
    last_name: str
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    address: None | PostAddressItem | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, PostAddressItem):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
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
        _lazy = not _m.strict and cls is POSCreateCustomerItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            first_name = _src["first_name"]
        except KeyError:
            first_name = UNSET
        if first_name.__class__ is not str:
            first_name, _raw = _decoding.scalar(first_name, "str", _path, "first_name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            last_name = _src["last_name"]
        except KeyError:
            last_name = UNSET
        if last_name.__class__ is not str:
            last_name, _raw = _decoding.scalar(last_name, "str", _path, "last_name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["phone"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            phone = _parse_phone(_v)

        except Exception as _e:
            _decoding.leave(_t)
            phone, _raw = _decoding.failed(_v, _e, _path, "phone", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if phone is _v and (_v.__class__ is list or _v.__class__ is dict):
                phone, _raw = _decoding.failed(_v, None, _path, "phone", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["email"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            email = _parse_email(_v)

        except Exception as _e:
            _decoding.leave(_t)
            email, _raw = _decoding.failed(_v, _e, _path, "email", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if email is _v and (_v.__class__ is list or _v.__class__ is dict):
                email, _raw = _decoding.failed(_v, None, _path, "email", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                address = _v
                _pending |= 1
            else:
                address = _PostAddressItem_from_dict(_v, _path + "address.")
        elif _v is None:
            address = None
        elif _v is UNSET:
            address = UNSET
        else:
            address, _raw = _decoding.as_model(_v, PostAddressItem, _path, "address", _raw)

        if cls is POSCreateCustomerItem:
            _obj = _new(cls)
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.phone = phone
            _obj.email = email
            _set_address(_obj, address)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                first_name,
                last_name,
                phone,
                email,
                address,
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


from ..models.post_address_item import PostAddressItem

_PostAddressItem_from_dict = PostAddressItem.from_dict

_set_address = _decoding.lazy(
    POSCreateCustomerItem, "address", "address", 1, PostAddressItem.from_dict, False
)
