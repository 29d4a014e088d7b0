from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.sync_capability_item_kind import SyncCapabilityItemKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncCapabilityItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "key",
        "id",
        "title",
        "description",
        "kind",
        "offered",
        "default_mode",
        "modes",
    }
)


@_attrs_define
class SyncCapabilityItem:
    """
    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        kind (SyncCapabilityItemKind):
        offered (bool):
        default_mode (None | str):
        modes (list[SyncCapabilityMode]):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    key: str
    id: UUID
    title: str
    description: str
    kind: SyncCapabilityItemKind
    offered: bool
    default_mode: None | str
    modes: list[SyncCapabilityMode]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        if self.id is None or isinstance(self.id, Unset):
            id = self.id
        else:
            id = str(self.id)

        title = self.title

        description = self.description

        if self.kind is None or isinstance(self.kind, Unset):
            kind = self.kind
        else:
            kind = self.kind.value

        offered = self.offered

        if self.default_mode is None or isinstance(self.default_mode, Unset):
            default_mode = self.default_mode
        else:
            default_mode: None | str
            default_mode = self.default_mode

        if self.modes is None or isinstance(self.modes, Unset):
            modes = self.modes
        else:
            modes = []
            for modes_item_data in self.modes:
                modes_item = modes_item_data.to_dict()
                modes.append(modes_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "id": id,
                "title": title,
                "description": description,
                "kind": kind,
                "offered": offered,
                "default_mode": default_mode,
                "modes": modes,
            }
        )
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
        _lazy = not _m.strict and cls is SyncCapabilityItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            key = _src["key"]
        except KeyError:
            key = UNSET
        if key.__class__ is not str:
            key, _raw = _decoding.scalar(key, "str", _path, "key", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            id, _raw = _decoding.missing(_path, "id", "UUID", _raw)
        else:
            try:
                id = UUID(_v)

            except Exception as _e:
                id, _raw = _decoding.failed(_v, _e, _path, "id", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            title = _src["title"]
        except KeyError:
            title = UNSET
        if title.__class__ is not str:
            title, _raw = _decoding.scalar(title, "str", _path, "title", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["kind"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            kind, _raw = _decoding.missing(_path, "kind", "SyncCapabilityItemKind", _raw)
        else:
            try:
                kind = SyncCapabilityItemKind(_v)

            except Exception as _e:
                kind, _raw = _decoding.failed(_v, _e, _path, "kind", "SyncCapabilityItemKind", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            offered = _src["offered"]
        except KeyError:
            offered = UNSET
        if offered.__class__ is not bool:
            offered, _raw = _decoding.scalar(offered, "bool", _path, "offered", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["default_mode"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            default_mode, _raw = _decoding.missing(_path, "default_mode", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_default_mode(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                default_mode = _parse_default_mode(_v)

            except Exception as _e:
                _decoding.leave(_t)
                default_mode, _raw = _decoding.failed(_v, _e, _path, "default_mode", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if default_mode is _v and (_v.__class__ is list or _v.__class__ is dict):
                    default_mode, _raw = _decoding.failed(_v, None, _path, "default_mode", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["modes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "modes", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            modes = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                modes = _v
                _pending |= 1
            else:
                modes = []
                _at = _path + "modes[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        modes.append(_SyncCapabilityMode_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SyncCapabilityMode, _path, "modes", _raw)

        if cls is SyncCapabilityItem:
            _obj = _new(cls)
            _obj.key = key
            _obj.id = id
            _obj.title = title
            _obj.description = description
            _obj.kind = kind
            _obj.offered = offered
            _obj.default_mode = default_mode
            _set_modes(_obj, modes)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                key,
                id,
                title,
                description,
                kind,
                offered,
                default_mode,
                modes,
            )

        if len(_src) != 8 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.sync_capability_mode import SyncCapabilityMode

_SyncCapabilityMode_from_dict = SyncCapabilityMode.from_dict

_set_modes = _decoding.lazy(SyncCapabilityItem, "modes", "modes", 1, SyncCapabilityMode.from_dict, True)
