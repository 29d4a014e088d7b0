from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.address_type_invoicing import AddressTypeInvoicing
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressItemInInvoicing")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "address_type",
        "street",
        "city",
        "postal_code",
        "country",
        "name",
        "number",
        "box",
        "phone",
        "mobile",
        "email",
    }
)


@_attrs_define
class AddressItemInInvoicing:
    """
    Attributes:
        address_type (AddressTypeInvoicing):
        street (str):
        city (str):
        postal_code (str):
        country (str):
        name (None | str | Unset):
        number (None | str | Unset):
        box (None | str | Unset):
        phone (None | str | Unset):
        mobile (None | str | Unset):
        email (None | str | Unset):
    """

    address_type: AddressTypeInvoicing
    street: str
    city: str
    postal_code: str
    country: str
    name: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    box: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.address_type is None or isinstance(self.address_type, Unset):
            address_type = self.address_type
        else:
            address_type = self.address_type.value

        street = self.street

        city = self.city

        postal_code = self.postal_code

        country = self.country

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        box: None | str | Unset
        if isinstance(self.box, Unset):
            box = UNSET
        else:
            box = self.box

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "address_type": address_type,
                "street": street,
                "city": city,
                "postal_code": postal_code,
                "country": country,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if box is not UNSET:
            field_dict["box"] = box
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email
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
            _v = _src["address_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            address_type, _raw = _decoding.missing(_path, "address_type", "AddressTypeInvoicing", _raw)
        else:
            try:
                address_type = AddressTypeInvoicing(_v)

            except Exception as _e:
                address_type, _raw = _decoding.failed(
                    _v, _e, _path, "address_type", "AddressTypeInvoicing", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            street = _src["street"]
        except KeyError:
            street = UNSET
        if street.__class__ is not str:
            street, _raw = _decoding.scalar(street, "str", _path, "street", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            city = _src["city"]
        except KeyError:
            city = UNSET
        if city.__class__ is not str:
            city, _raw = _decoding.scalar(city, "str", _path, "city", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            postal_code = _src["postal_code"]
        except KeyError:
            postal_code = UNSET
        if postal_code.__class__ is not str:
            postal_code, _raw = _decoding.scalar(postal_code, "str", _path, "postal_code", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            country = _src["country"]
        except KeyError:
            country = UNSET
        if country.__class__ is not str:
            country, _raw = _decoding.scalar(country, "str", _path, "country", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            name, _raw = _decoding.failed(_v, _e, _path, "name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if name is _v and (_v.__class__ is list or _v.__class__ is dict):
                name, _raw = _decoding.failed(_v, None, _path, "name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            number = _parse_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            number, _raw = _decoding.failed(_v, _e, _path, "number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if number is _v and (_v.__class__ is list or _v.__class__ is dict):
                number, _raw = _decoding.failed(_v, None, _path, "number", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["box"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_box(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            box = _parse_box(_v)

        except Exception as _e:
            _decoding.leave(_t)
            box, _raw = _decoding.failed(_v, _e, _path, "box", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if box is _v and (_v.__class__ is list or _v.__class__ is dict):
                box, _raw = _decoding.failed(_v, None, _path, "box", "None | str", _raw)

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
            _v = _src["mobile"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_mobile(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            mobile = _parse_mobile(_v)

        except Exception as _e:
            _decoding.leave(_t)
            mobile, _raw = _decoding.failed(_v, _e, _path, "mobile", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if mobile is _v and (_v.__class__ is list or _v.__class__ is dict):
                mobile, _raw = _decoding.failed(_v, None, _path, "mobile", "None | str", _raw)

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

        if cls is AddressItemInInvoicing:
            _obj = _new(cls)
            _obj.address_type = address_type
            _obj.street = street
            _obj.city = city
            _obj.postal_code = postal_code
            _obj.country = country
            _obj.name = name
            _obj.number = number
            _obj.box = box
            _obj.phone = phone
            _obj.mobile = mobile
            _obj.email = email
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                address_type,
                street,
                city,
                postal_code,
                country,
                name,
                number,
                box,
                phone,
                mobile,
                email,
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
