from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSyncCapabilities")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "cron",
        "offered",
        "default_modes",
    }
)


@_attrs_define
class UpdateSyncCapabilities:
    """
    Attributes:
        cron (None | str):
        offered (UpdateSyncCapabilitiesOffered | Unset):
        default_modes (None | Unset | UpdateSyncCapabilitiesDefaultModesType0):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    cron: None | str
    offered: UpdateSyncCapabilitiesOffered | Unset = UNSET
    default_modes: None | Unset | UpdateSyncCapabilitiesDefaultModesType0 = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.cron is None or isinstance(self.cron, Unset):
            cron = self.cron
        else:
            cron: None | str
            cron = self.cron

        offered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offered, Unset):
            offered = self.offered.to_dict()

        default_modes: dict[str, Any] | None | Unset
        if isinstance(self.default_modes, Unset):
            default_modes = UNSET
        elif isinstance(self.default_modes, UpdateSyncCapabilitiesDefaultModesType0):
            default_modes = self.default_modes.to_dict()
        else:
            default_modes = self.default_modes

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "cron": cron,
            }
        )
        if offered is not UNSET:
            field_dict["offered"] = offered
        if default_modes is not UNSET:
            field_dict["default_modes"] = default_modes
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
        _lazy = not _m.strict and cls is UpdateSyncCapabilities
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["cron"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            cron, _raw = _decoding.missing(_path, "cron", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_cron(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                cron = _parse_cron(_v)

            except Exception as _e:
                _decoding.leave(_t)
                cron, _raw = _decoding.failed(_v, _e, _path, "cron", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if cron is _v and (_v.__class__ is list or _v.__class__ is dict):
                    cron, _raw = _decoding.failed(_v, None, _path, "cron", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["offered"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                offered = _v
                _pending |= 1
            else:
                offered = _UpdateSyncCapabilitiesOffered_from_dict(_v, _path + "offered.")
        elif _v is UNSET:
            offered = UNSET
        else:
            offered, _raw = _decoding.as_model(_v, UpdateSyncCapabilitiesOffered, _path, "offered", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["default_modes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                default_modes = _v
                _pending |= 2
            else:
                default_modes = _UpdateSyncCapabilitiesDefaultModesType0_from_dict(
                    _v, _path + "default_modes."
                )
        elif _v is None:
            default_modes = None
        elif _v is UNSET:
            default_modes = UNSET
        else:
            default_modes, _raw = _decoding.as_model(
                _v, UpdateSyncCapabilitiesDefaultModesType0, _path, "default_modes", _raw
            )

        if cls is UpdateSyncCapabilities:
            _obj = _new(cls)
            _obj.cron = cron
            _set_offered(_obj, offered)
            _set_default_modes(_obj, default_modes)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                cron,
                offered,
                default_modes,
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


from ..models.update_sync_capabilities_default_modes_type_0 import UpdateSyncCapabilitiesDefaultModesType0
from ..models.update_sync_capabilities_offered import UpdateSyncCapabilitiesOffered

_UpdateSyncCapabilitiesDefaultModesType0_from_dict = UpdateSyncCapabilitiesDefaultModesType0.from_dict
_UpdateSyncCapabilitiesOffered_from_dict = UpdateSyncCapabilitiesOffered.from_dict

_set_offered = _decoding.lazy(
    UpdateSyncCapabilities, "offered", "offered", 1, UpdateSyncCapabilitiesOffered.from_dict, False
)
_set_default_modes = _decoding.lazy(
    UpdateSyncCapabilities,
    "default_modes",
    "default_modes",
    2,
    UpdateSyncCapabilitiesDefaultModesType0.from_dict,
    False,
)
