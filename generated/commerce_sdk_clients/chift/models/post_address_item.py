from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostAddressItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "city",
        "postal_code",
        "street",
        "number",
        "box",
        "country",
    }
)


@_attrs_define
class PostAddressItem:
    """
    Attributes:
        name (str):
        city (str):
        postal_code (str):
        street (None | str | Unset):
        number (None | str | Unset):
        box (None | str | Unset):
        country (None | str | Unset):
    """

    name: str
    city: str
    postal_code: str
    street: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    box: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        city = self.city

        postal_code = self.postal_code

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

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
                "city": city,
                "postal_code": postal_code,
            }
        )
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number
        if box is not UNSET:
            field_dict["box"] = box
        if country is not UNSET:
            field_dict["country"] = country
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
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

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

        if cls is PostAddressItem:
            _obj = _new(cls)
            _obj.name = name
            _obj.city = city
            _obj.postal_code = postal_code
            _obj.street = street
            _obj.number = number
            _obj.box = box
            _obj.country = country
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                name,
                city,
                postal_code,
                street,
                number,
                box,
                country,
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
