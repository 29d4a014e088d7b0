from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatalayerEnableBody")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "from_date",
        "fiscal_years_back",
        "full_history",
        "entity_filter",
    }
)


@_attrs_define
class DatalayerEnableBody:
    """
    Attributes:
        from_date (datetime.date | None | Unset):
        fiscal_years_back (int | None | Unset):
        full_history (bool | Unset):  Default: False.
        entity_filter (DatalayerEnableBodyEntityFilterType0 | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    from_date: datetime.date | None | Unset = UNSET
    fiscal_years_back: int | None | Unset = UNSET
    full_history: bool | Unset = False
    entity_filter: DatalayerEnableBodyEntityFilterType0 | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from_date: None | str | Unset
        if isinstance(self.from_date, Unset):
            from_date = UNSET
        elif isinstance(self.from_date, datetime.date):
            from_date = self.from_date.isoformat()
        else:
            from_date = self.from_date

        fiscal_years_back: int | None | Unset
        if isinstance(self.fiscal_years_back, Unset):
            fiscal_years_back = UNSET
        else:
            fiscal_years_back = self.fiscal_years_back

        full_history = self.full_history

        entity_filter: dict[str, Any] | None | Unset
        if isinstance(self.entity_filter, Unset):
            entity_filter = UNSET
        elif isinstance(self.entity_filter, DatalayerEnableBodyEntityFilterType0):
            entity_filter = self.entity_filter.to_dict()
        else:
            entity_filter = self.entity_filter

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if fiscal_years_back is not UNSET:
            field_dict["fiscal_years_back"] = fiscal_years_back
        if full_history is not UNSET:
            field_dict["full_history"] = full_history
        if entity_filter is not UNSET:
            field_dict["entity_filter"] = entity_filter
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
        _lazy = not _m.strict and cls is DatalayerEnableBody
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["from_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_from_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    from_date_type_0 = datetime.date.fromisoformat(data)

                    return from_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            from_date = _parse_from_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            from_date, _raw = _decoding.failed(_v, _e, _path, "from_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if from_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                from_date, _raw = _decoding.failed(_v, None, _path, "from_date", "datetime.date | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["fiscal_years_back"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_fiscal_years_back(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            fiscal_years_back = _parse_fiscal_years_back(_v)

        except Exception as _e:
            _decoding.leave(_t)
            fiscal_years_back, _raw = _decoding.failed(_v, _e, _path, "fiscal_years_back", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if fiscal_years_back is _v and (_v.__class__ is list or _v.__class__ is dict):
                fiscal_years_back, _raw = _decoding.failed(
                    _v, None, _path, "fiscal_years_back", "int | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            full_history = _src["full_history"]
        except KeyError:
            full_history = UNSET
        if full_history.__class__ is not bool and full_history is not UNSET:
            full_history, _raw = _decoding.scalar(full_history, "bool", _path, "full_history", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["entity_filter"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                entity_filter = _v
                _pending |= 1
            else:
                entity_filter = _DatalayerEnableBodyEntityFilterType0_from_dict(_v, _path + "entity_filter.")
        elif _v is None:
            entity_filter = None
        elif _v is UNSET:
            entity_filter = UNSET
        else:
            entity_filter, _raw = _decoding.as_model(
                _v, DatalayerEnableBodyEntityFilterType0, _path, "entity_filter", _raw
            )

        if cls is DatalayerEnableBody:
            _obj = _new(cls)
            _obj.from_date = from_date
            _obj.fiscal_years_back = fiscal_years_back
            _obj.full_history = full_history
            _set_entity_filter(_obj, entity_filter)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                from_date,
                fiscal_years_back,
                full_history,
                entity_filter,
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


from ..models.datalayer_enable_body_entity_filter_type_0 import DatalayerEnableBodyEntityFilterType0

_DatalayerEnableBodyEntityFilterType0_from_dict = DatalayerEnableBodyEntityFilterType0.from_dict

_set_entity_filter = _decoding.lazy(
    DatalayerEnableBody,
    "entity_filter",
    "entity_filter",
    1,
    DatalayerEnableBodyEntityFilterType0.from_dict,
    False,
)
