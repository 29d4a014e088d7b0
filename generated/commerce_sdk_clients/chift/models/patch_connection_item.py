from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchConnectionItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "redirect",
        "name",
        "credentials",
    }
)


@_attrs_define
class PatchConnectionItem:
    """
    Attributes:
        redirect (bool | None | Unset):  Default: False.
        name (None | str | Unset):
        credentials (list[CredentialItem] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    redirect: bool | None | Unset = False
    name: None | str | Unset = UNSET
    credentials: list[CredentialItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        redirect: bool | None | Unset
        if isinstance(self.redirect, Unset):
            redirect = UNSET
        else:
            redirect = self.redirect

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        credentials: list[dict[str, Any]] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, list):
            credentials = []
            for credentials_type_0_item_data in self.credentials:
                credentials_type_0_item = credentials_type_0_item_data.to_dict()
                credentials.append(credentials_type_0_item)

        else:
            credentials = self.credentials

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if name is not UNSET:
            field_dict["name"] = name
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
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
        _lazy = not _m.strict and cls is PatchConnectionItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["redirect"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_redirect(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            redirect = _parse_redirect(_v)

        except Exception as _e:
            _decoding.leave(_t)
            redirect, _raw = _decoding.failed(_v, _e, _path, "redirect", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if redirect is _v and (_v.__class__ is list or _v.__class__ is dict):
                redirect, _raw = _decoding.failed(_v, None, _path, "redirect", "bool | None", _raw)

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
            _v = _src["credentials"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "credentials", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            credentials = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                credentials = _v
                _pending |= 1
            else:
                credentials = []
                _at = _path + "credentials[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        credentials.append(_CredentialItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CredentialItem, _path, "credentials", _raw)

        if cls is PatchConnectionItem:
            _obj = _new(cls)
            _obj.redirect = redirect
            _obj.name = name
            _set_credentials(_obj, credentials)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                redirect,
                name,
                credentials,
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


from ..models.credential_item import CredentialItem

_CredentialItem_from_dict = CredentialItem.from_dict

_set_credentials = _decoding.lazy(
    PatchConnectionItem, "credentials", "credentials", 1, CredentialItem.from_dict, True
)
