from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationUpdate")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "settings",
        "order_sync_enabled",
        "product_sync_enabled",
        "stock_sync_enabled",
    }
)


@_attrs_define
class IntegrationUpdate:
    """Fields of an integration that can be changed; send only those to update.

    Attributes:
        name (str | Unset): New display name.
        settings (IntegrationUpdateSettings | Unset): Replacement connector-specific configuration.
        order_sync_enabled (bool | Unset): Turn automatic order retrieval on or off.
        product_sync_enabled (bool | Unset): Turn automatic product retrieval on or off.
        stock_sync_enabled (bool | Unset): Turn automatic stock pushes on or off.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str | Unset = UNSET
    settings: IntegrationUpdateSettings | Unset = UNSET
    order_sync_enabled: bool | Unset = UNSET
    product_sync_enabled: bool | Unset = UNSET
    stock_sync_enabled: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        order_sync_enabled = self.order_sync_enabled

        product_sync_enabled = self.product_sync_enabled

        stock_sync_enabled = self.stock_sync_enabled

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if order_sync_enabled is not UNSET:
            field_dict["order_sync_enabled"] = order_sync_enabled
        if product_sync_enabled is not UNSET:
            field_dict["product_sync_enabled"] = product_sync_enabled
        if stock_sync_enabled is not UNSET:
            field_dict["stock_sync_enabled"] = stock_sync_enabled
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
        _lazy = not _m.strict and cls is IntegrationUpdate
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str and name is not UNSET:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["settings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                settings = _v
                _pending |= 1
            else:
                settings = _IntegrationUpdateSettings_from_dict(_v, _path + "settings.")
        elif _v is UNSET:
            settings = UNSET
        else:
            settings, _raw = _decoding.as_model(_v, IntegrationUpdateSettings, _path, "settings", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            order_sync_enabled = _src["order_sync_enabled"]
        except KeyError:
            order_sync_enabled = UNSET
        if order_sync_enabled.__class__ is not bool and order_sync_enabled is not UNSET:
            order_sync_enabled, _raw = _decoding.scalar(
                order_sync_enabled, "bool", _path, "order_sync_enabled", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            product_sync_enabled = _src["product_sync_enabled"]
        except KeyError:
            product_sync_enabled = UNSET
        if product_sync_enabled.__class__ is not bool and product_sync_enabled is not UNSET:
            product_sync_enabled, _raw = _decoding.scalar(
                product_sync_enabled, "bool", _path, "product_sync_enabled", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            stock_sync_enabled = _src["stock_sync_enabled"]
        except KeyError:
            stock_sync_enabled = UNSET
        if stock_sync_enabled.__class__ is not bool and stock_sync_enabled is not UNSET:
            stock_sync_enabled, _raw = _decoding.scalar(
                stock_sync_enabled, "bool", _path, "stock_sync_enabled", _raw
            )

        if cls is IntegrationUpdate:
            _obj = _new(cls)
            _obj.name = name
            _set_settings(_obj, settings)
            _obj.order_sync_enabled = order_sync_enabled
            _obj.product_sync_enabled = product_sync_enabled
            _obj.stock_sync_enabled = stock_sync_enabled
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                settings,
                order_sync_enabled,
                product_sync_enabled,
                stock_sync_enabled,
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


from ..models.integration_update_settings import IntegrationUpdateSettings

_IntegrationUpdateSettings_from_dict = IntegrationUpdateSettings.from_dict

_set_settings = _decoding.lazy(
    IntegrationUpdate, "settings", "settings", 1, IntegrationUpdateSettings.from_dict, False
)
