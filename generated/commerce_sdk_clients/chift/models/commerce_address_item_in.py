from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceAddressItemIn")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "first_name",
        "last_name",
        "street",
        "number",
        "city",
        "country",
        "box",
        "postal_code",
        "phone",
        "email",
    }
)


@_attrs_define
class CommerceAddressItemIn:
    """
    Attributes:
        first_name (str):
        last_name (str):
        street (str):
        number (str):
        city (str):
        country (str):
        box (None | str | Unset):
        postal_code (None | str | Unset):
        phone (None | str | Unset):
        email (None | str | Unset):
    """

    first_name: str
    last_name: str
    street: str
    number: str
    city: str
    country: str
    box: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        street = self.street

        number = self.number

        city = self.city

        country = self.country

        box: None | str | Unset
        if isinstance(self.box, Unset):
            box = UNSET
        else:
            box = self.box

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

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

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "street": street,
                "number": number,
                "city": city,
                "country": country,
            }
        )
        if box is not UNSET:
            field_dict["box"] = box
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if phone is not UNSET:
            field_dict["phone"] = phone
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
            street = _src["street"]
        except KeyError:
            street = UNSET
        if street.__class__ is not str:
            street, _raw = _decoding.scalar(street, "str", _path, "street", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            number = _src["number"]
        except KeyError:
            number = UNSET
        if number.__class__ is not str:
            number, _raw = _decoding.scalar(number, "str", _path, "number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            city = _src["city"]
        except KeyError:
            city = UNSET
        if city.__class__ is not str:
            city, _raw = _decoding.scalar(city, "str", _path, "city", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            country = _src["country"]
        except KeyError:
            country = UNSET
        if country.__class__ is not str:
            country, _raw = _decoding.scalar(country, "str", _path, "country", _raw)

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
            _v = _src["postal_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_postal_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            postal_code = _parse_postal_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            postal_code, _raw = _decoding.failed(_v, _e, _path, "postal_code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if postal_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                postal_code, _raw = _decoding.failed(_v, None, _path, "postal_code", "None | str", _raw)

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

        if cls is CommerceAddressItemIn:
            _obj = _new(cls)
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.street = street
            _obj.number = number
            _obj.city = city
            _obj.country = country
            _obj.box = box
            _obj.postal_code = postal_code
            _obj.phone = phone
            _obj.email = email
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                first_name,
                last_name,
                street,
                number,
                city,
                country,
                box,
                postal_code,
                phone,
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
