from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.sync_connection_state import SyncConnectionState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncConnection")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "vertical",
        "title",
        "state",
        "integration_id",
        "integration_ids",
    }
)


@_attrs_define
class SyncConnection:
    """
    Attributes:
        vertical (str):
        title (str):
        state (SyncConnectionState):
        integration_id (None | str):
        integration_ids (list[str]):
    """

    vertical: str
    title: str
    state: SyncConnectionState
    integration_id: None | str
    integration_ids: list[str]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        vertical = self.vertical

        title = self.title

        if self.state is None or isinstance(self.state, Unset):
            state = self.state
        else:
            state = self.state.value

        if self.integration_id is None or isinstance(self.integration_id, Unset):
            integration_id = self.integration_id
        else:
            integration_id: None | str
            integration_id = self.integration_id

        if self.integration_ids is None or isinstance(self.integration_ids, Unset):
            integration_ids = self.integration_ids
        else:
            integration_ids = self.integration_ids

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "vertical": vertical,
                "title": title,
                "state": state,
                "integration_id": integration_id,
                "integration_ids": integration_ids,
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
            vertical = _src["vertical"]
        except KeyError:
            vertical = UNSET
        if vertical.__class__ is not str:
            vertical, _raw = _decoding.scalar(vertical, "str", _path, "vertical", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            title = _src["title"]
        except KeyError:
            title = UNSET
        if title.__class__ is not str:
            title, _raw = _decoding.scalar(title, "str", _path, "title", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["state"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            state, _raw = _decoding.missing(_path, "state", "SyncConnectionState", _raw)
        else:
            try:
                state = SyncConnectionState(_v)

            except Exception as _e:
                state, _raw = _decoding.failed(_v, _e, _path, "state", "SyncConnectionState", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["integration_id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            integration_id, _raw = _decoding.missing(_path, "integration_id", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_integration_id(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                integration_id = _parse_integration_id(_v)

            except Exception as _e:
                _decoding.leave(_t)
                integration_id, _raw = _decoding.failed(_v, _e, _path, "integration_id", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if integration_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                    integration_id, _raw = _decoding.failed(
                        _v, None, _path, "integration_id", "None | str", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            integration_ids = _src["integration_ids"]
        except KeyError:
            integration_ids = UNSET
        if integration_ids.__class__ is not list:
            integration_ids, _raw = _decoding.as_list(
                integration_ids, "scalar", _path, "integration_ids", _raw
            )

        if cls is SyncConnection:
            _obj = _new(cls)
            _obj.vertical = vertical
            _obj.title = title
            _obj.state = state
            _obj.integration_id = integration_id
            _obj.integration_ids = integration_ids
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                vertical,
                title,
                state,
                integration_id,
                integration_ids,
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
