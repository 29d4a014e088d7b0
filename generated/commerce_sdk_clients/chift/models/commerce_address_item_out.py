from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.address_type import AddressType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceAddressItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "address_type",
        "company_name",
        "first_name",
        "last_name",
        "street",
        "number",
        "box",
        "city",
        "postal_code",
        "country",
        "phone",
        "email",
        "vat",
    }
)


@_attrs_define
class CommerceAddressItemOut:
    """
    Attributes:
        address_type (AddressType):
        company_name (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        street (None | str | Unset):
        number (None | str | Unset):
        box (None | str | Unset):
        city (None | str | Unset):
        postal_code (None | str | Unset):
        country (None | str | Unset):
        phone (None | str | Unset):
        email (None | str | Unset):
        vat (None | str | Unset):
    """

    address_type: AddressType
    company_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    box: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    vat: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.address_type is None or isinstance(self.address_type, Unset):
            address_type = self.address_type
        else:
            address_type = self.address_type.value

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

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

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

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

        vat: None | str | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "address_type": address_type,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number
        if box is not UNSET:
            field_dict["box"] = box
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if vat is not UNSET:
            field_dict["vat"] = vat
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
            address_type, _raw = _decoding.missing(_path, "address_type", "AddressType", _raw)
        else:
            try:
                address_type = AddressType(_v)

            except Exception as _e:
                address_type, _raw = _decoding.failed(_v, _e, _path, "address_type", "AddressType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["company_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_company_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            company_name = _parse_company_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            company_name, _raw = _decoding.failed(_v, _e, _path, "company_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if company_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                company_name, _raw = _decoding.failed(_v, None, _path, "company_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["first_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_first_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            first_name = _parse_first_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            first_name, _raw = _decoding.failed(_v, _e, _path, "first_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if first_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                first_name, _raw = _decoding.failed(_v, None, _path, "first_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_last_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_name = _parse_last_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            last_name, _raw = _decoding.failed(_v, _e, _path, "last_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if last_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                last_name, _raw = _decoding.failed(_v, None, _path, "last_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["street"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_street(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            street = _parse_street(_v)

        except Exception as _e:
            _decoding.leave(_t)
            street, _raw = _decoding.failed(_v, _e, _path, "street", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if street is _v and (_v.__class__ is list or _v.__class__ is dict):
                street, _raw = _decoding.failed(_v, None, _path, "street", "None | str", _raw)

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
            _v = _src["city"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_city(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            city = _parse_city(_v)

        except Exception as _e:
            _decoding.leave(_t)
            city, _raw = _decoding.failed(_v, _e, _path, "city", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if city is _v and (_v.__class__ is list or _v.__class__ is dict):
                city, _raw = _decoding.failed(_v, None, _path, "city", "None | str", _raw)

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
            _v = _src["country"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            country = _parse_country(_v)

        except Exception as _e:
            _decoding.leave(_t)
            country, _raw = _decoding.failed(_v, _e, _path, "country", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if country is _v and (_v.__class__ is list or _v.__class__ is dict):
                country, _raw = _decoding.failed(_v, None, _path, "country", "None | str", _raw)

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
            _v = _src["vat"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_vat(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            vat = _parse_vat(_v)

        except Exception as _e:
            _decoding.leave(_t)
            vat, _raw = _decoding.failed(_v, _e, _path, "vat", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if vat is _v and (_v.__class__ is list or _v.__class__ is dict):
                vat, _raw = _decoding.failed(_v, None, _path, "vat", "None | str", _raw)

        if cls is CommerceAddressItemOut:
            _obj = _new(cls)
            _obj.address_type = address_type
            _obj.company_name = company_name
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.street = street
            _obj.number = number
            _obj.box = box
            _obj.city = city
            _obj.postal_code = postal_code
            _obj.country = country
            _obj.phone = phone
            _obj.email = email
            _obj.vat = vat
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                address_type,
                company_name,
                first_name,
                last_name,
                street,
                number,
                box,
                city,
                postal_code,
                country,
                phone,
                email,
                vat,
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
