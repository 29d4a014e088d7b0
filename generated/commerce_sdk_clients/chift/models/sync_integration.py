from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncIntegration")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "integration_id",
        "name",
        "url",
        "description",
        "beta",
    }
)


@_attrs_define
class SyncIntegration:
    """
    Attributes:
        integration_id (str):
        name (str):
        url (None | str):
        description (None | str):
        beta (bool):
    """

    integration_id: str
    name: str
    url: None | str
    description: None | str
    beta: bool
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        name = self.name

        if self.url is None or isinstance(self.url, Unset):
            url = self.url
        else:
            url: None | str
            url = self.url

        if self.description is None or isinstance(self.description, Unset):
            description = self.description
        else:
            description: None | str
            description = self.description

        beta = self.beta

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
                "name": name,
                "url": url,
                "description": description,
                "beta": beta,
            }
        )
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
            integration_id = _src["integration_id"]
        except KeyError:
            integration_id = UNSET
        if integration_id.__class__ is not str:
            integration_id, _raw = _decoding.scalar(integration_id, "str", _path, "integration_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["url"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            url, _raw = _decoding.missing(_path, "url", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_url(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                url = _parse_url(_v)

            except Exception as _e:
                _decoding.leave(_t)
                url, _raw = _decoding.failed(_v, _e, _path, "url", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if url is _v and (_v.__class__ is list or _v.__class__ is dict):
                    url, _raw = _decoding.failed(_v, None, _path, "url", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            description, _raw = _decoding.missing(_path, "description", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_description(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                description = _parse_description(_v)

            except Exception as _e:
                _decoding.leave(_t)
                description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                    description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            beta = _src["beta"]
        except KeyError:
            beta = UNSET
        if beta.__class__ is not bool:
            beta, _raw = _decoding.scalar(beta, "bool", _path, "beta", _raw)

        if cls is SyncIntegration:
            _obj = _new(cls)
            _obj.integration_id = integration_id
            _obj.name = name
            _obj.url = url
            _obj.description = description
            _obj.beta = beta
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                integration_id,
                name,
                url,
                description,
                beta,
            )

        if len(_src) != 5 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
