from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceCustomerItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "first_name",
        "last_name",
        "phone",
        "email",
        "language",
        "internal_notes",
        "currency",
        "addresses",
        "created_on",
    }
)


@_attrs_define
class CommerceCustomerItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        phone (None | str | Unset):
        email (None | str | Unset):
        language (None | str | Unset):
        internal_notes (None | str | Unset):
        currency (None | str | Unset):
        addresses (list[CommerceAddressItemOut] | None | Unset):
        created_on (datetime.datetime | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    addresses: list[CommerceAddressItemOut] | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
            source_ref = self.source_ref.to_dict()

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

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if language is not UNSET:
            field_dict["language"] = language
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if currency is not UNSET:
            field_dict["currency"] = currency
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
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
        _lazy = not _m.strict and cls is CommerceCustomerItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_ref = _v
                _pending |= 1
            else:
                source_ref = _Ref_from_dict(_v, _path + "source_ref.")
        else:
            source_ref, _raw = _decoding.as_model(_v, Ref, _path, "source_ref", _raw)

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
            _v = _src["language"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_language(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            language = _parse_language(_v)

        except Exception as _e:
            _decoding.leave(_t)
            language, _raw = _decoding.failed(_v, _e, _path, "language", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if language is _v and (_v.__class__ is list or _v.__class__ is dict):
                language, _raw = _decoding.failed(_v, None, _path, "language", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["internal_notes"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_internal_notes(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            internal_notes = _parse_internal_notes(_v)

        except Exception as _e:
            _decoding.leave(_t)
            internal_notes, _raw = _decoding.failed(_v, _e, _path, "internal_notes", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if internal_notes is _v and (_v.__class__ is list or _v.__class__ is dict):
                internal_notes, _raw = _decoding.failed(_v, None, _path, "internal_notes", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currency"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency = _parse_currency(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency, _raw = _decoding.failed(_v, _e, _path, "currency", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if currency is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency, _raw = _decoding.failed(_v, None, _path, "currency", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["addresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "addresses", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            addresses = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                addresses = _v
                _pending |= 2
            else:
                addresses = []
                _at = _path + "addresses[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        addresses.append(_CommerceAddressItemOut_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CommerceAddressItemOut, _path, "addresses", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_on_type_0 = datetime.datetime.fromisoformat(data)

                    return created_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            created_on = _parse_created_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            created_on, _raw = _decoding.failed(_v, _e, _path, "created_on", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if created_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                created_on, _raw = _decoding.failed(
                    _v, None, _path, "created_on", "datetime.datetime | None", _raw
                )

        if cls is CommerceCustomerItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.phone = phone
            _obj.email = email
            _obj.language = language
            _obj.internal_notes = internal_notes
            _obj.currency = currency
            _set_addresses(_obj, addresses)
            _obj.created_on = created_on
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                first_name,
                last_name,
                phone,
                email,
                language,
                internal_notes,
                currency,
                addresses,
                created_on,
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


from ..models.commerce_address_item_out import CommerceAddressItemOut
from ..models.ref import Ref

_CommerceAddressItemOut_from_dict = CommerceAddressItemOut.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(CommerceCustomerItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_addresses = _decoding.lazy(
    CommerceCustomerItem, "addresses", "addresses", 2, CommerceAddressItemOut.from_dict, True
)
