from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteFlowRequest")
_new = object.__new__


@_attrs_define
class ExecuteFlowRequest:
    """
    Attributes:
        consumers (list[str | UUID] | Unset):
        settings (FlowSettings | Unset):
        preflight (bool | Unset):  Default: False.
        only (None | OnlyObjects | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    consumers: list[str | UUID] | Unset = UNSET
    settings: FlowSettings | Unset = UNSET
    preflight: bool | Unset = False
    only: None | OnlyObjects | Unset = UNSET
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        consumers: list[str] | Unset = UNSET
        if not isinstance(self.consumers, Unset):
            consumers = []
            for consumers_item_data in self.consumers:
                consumers_item: str
                if isinstance(consumers_item_data, UUID):
                    consumers_item = str(consumers_item_data)
                else:
                    consumers_item = consumers_item_data
                consumers.append(consumers_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        preflight = self.preflight

        only: dict[str, Any] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, OnlyObjects):
            only = self.only.to_dict()
        else:
            only = self.only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if consumers is not UNSET:
            field_dict["consumers"] = consumers
        if settings is not UNSET:
            field_dict["settings"] = settings
        if preflight is not UNSET:
            field_dict["preflight"] = preflight
        if only is not UNSET:
            field_dict["only"] = only
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
        _lazy = not _m.strict and cls is ExecuteFlowRequest
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["consumers"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "any", _path, "consumers", _raw)
        if _v is UNSET:
            consumers = UNSET
        else:
            try:
                _consumers = _v
                consumers: list[str | UUID] | Unset = UNSET
                if _consumers is not UNSET:
                    consumers = []
                    for consumers_item_data in _consumers:

                        def _parse_consumers_item(data: object) -> str | UUID:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                consumers_item_type_0 = UUID(data)

                                return consumers_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(str | UUID, data)

                        consumers_item = _parse_consumers_item(consumers_item_data)

                        consumers.append(consumers_item)

            except Exception as _e:
                consumers, _raw = _decoding.failed(_v, _e, _path, "consumers", "list[str | UUID]", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["settings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                settings = _v
                _pending |= 1
            else:
                settings = _FlowSettings_from_dict(_v, _path + "settings.")
        elif _v is UNSET:
            settings = UNSET
        else:
            settings, _raw = _decoding.as_model(_v, FlowSettings, _path, "settings", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            preflight = _src["preflight"]
        except KeyError:
            preflight = UNSET
        if preflight.__class__ is not bool and preflight is not UNSET:
            preflight, _raw = _decoding.scalar(preflight, "bool", _path, "preflight", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["only"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                only = _v
                _pending |= 2
            else:
                only = _OnlyObjects_from_dict(_v, _path + "only.")
        elif _v is None:
            only = None
        elif _v is UNSET:
            only = UNSET
        else:
            only, _raw = _decoding.as_model(_v, OnlyObjects, _path, "only", _raw)

        if cls is ExecuteFlowRequest:
            _obj = _new(cls)
            _obj.consumers = consumers
            _set_settings(_obj, settings)
            _obj.preflight = preflight
            _set_only(_obj, only)
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                consumers,
                settings,
                preflight,
                only,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}


from ..models.flow_settings import FlowSettings
from ..models.only_objects import OnlyObjects

_FlowSettings_from_dict = FlowSettings.from_dict
_OnlyObjects_from_dict = OnlyObjects.from_dict

_set_settings = _decoding.lazy(ExecuteFlowRequest, "settings", "settings", 1, FlowSettings.from_dict, False)
_set_only = _decoding.lazy(ExecuteFlowRequest, "only", "only", 2, OnlyObjects.from_dict, False)
