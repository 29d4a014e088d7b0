from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.import_mode import ImportMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostSyncFlowEventData")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "is_preview",
        "force_restart",
        "start_date",
        "end_date",
        "force_from_date",
        "import_mode",
    }
)


@_attrs_define
class PostSyncFlowEventData:
    """
    Attributes:
        is_preview (bool | Unset):  Default: False.
        force_restart (bool | Unset):  Default: False.
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        force_from_date (datetime.date | None | Unset):
        import_mode (ImportMode | None | Unset):
    """

    is_preview: bool | Unset = False
    force_restart: bool | Unset = False
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    force_from_date: datetime.date | None | Unset = UNSET
    import_mode: ImportMode | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        is_preview = self.is_preview

        force_restart = self.force_restart

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        force_from_date: None | str | Unset
        if isinstance(self.force_from_date, Unset):
            force_from_date = UNSET
        elif isinstance(self.force_from_date, datetime.date):
            force_from_date = self.force_from_date.isoformat()
        else:
            force_from_date = self.force_from_date

        import_mode: None | str | Unset
        if isinstance(self.import_mode, Unset):
            import_mode = UNSET
        elif isinstance(self.import_mode, ImportMode):
            import_mode = self.import_mode.value
        else:
            import_mode = self.import_mode

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if is_preview is not UNSET:
            field_dict["is_preview"] = is_preview
        if force_restart is not UNSET:
            field_dict["force_restart"] = force_restart
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if force_from_date is not UNSET:
            field_dict["force_from_date"] = force_from_date
        if import_mode is not UNSET:
            field_dict["import_mode"] = import_mode
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
            is_preview = _src["is_preview"]
        except KeyError:
            is_preview = UNSET
        if is_preview.__class__ is not bool and is_preview is not UNSET:
            is_preview, _raw = _decoding.scalar(is_preview, "bool", _path, "is_preview", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            force_restart = _src["force_restart"]
        except KeyError:
            force_restart = UNSET
        if force_restart.__class__ is not bool and force_restart is not UNSET:
            force_restart, _raw = _decoding.scalar(force_restart, "bool", _path, "force_restart", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["start_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_start_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = datetime.date.fromisoformat(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            start_date = _parse_start_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            start_date, _raw = _decoding.failed(_v, _e, _path, "start_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if start_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                start_date, _raw = _decoding.failed(
                    _v, None, _path, "start_date", "datetime.date | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["end_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_end_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    end_date_type_0 = datetime.date.fromisoformat(data)

                    return end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            end_date = _parse_end_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            end_date, _raw = _decoding.failed(_v, _e, _path, "end_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if end_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                end_date, _raw = _decoding.failed(_v, None, _path, "end_date", "datetime.date | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["force_from_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_force_from_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    force_from_date_type_0 = datetime.date.fromisoformat(data)

                    return force_from_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            force_from_date = _parse_force_from_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            force_from_date, _raw = _decoding.failed(
                _v, _e, _path, "force_from_date", "datetime.date | None", _raw
            )
        else:
            _decoding.leave(_t)
            if force_from_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                force_from_date, _raw = _decoding.failed(
                    _v, None, _path, "force_from_date", "datetime.date | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["import_mode"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_import_mode(data: object) -> ImportMode | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    import_mode_type_0 = ImportMode(data)

                    return import_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ImportMode | None | Unset, data)

            import_mode = _parse_import_mode(_v)

        except Exception as _e:
            _decoding.leave(_t)
            import_mode, _raw = _decoding.failed(_v, _e, _path, "import_mode", "ImportMode | None", _raw)
        else:
            _decoding.leave(_t)
            if import_mode is _v and (_v.__class__ is list or _v.__class__ is dict):
                import_mode, _raw = _decoding.failed(
                    _v, None, _path, "import_mode", "ImportMode | None", _raw
                )

        if cls is PostSyncFlowEventData:
            _obj = _new(cls)
            _obj.is_preview = is_preview
            _obj.force_restart = force_restart
            _obj.start_date = start_date
            _obj.end_date = end_date
            _obj.force_from_date = force_from_date
            _obj.import_mode = import_mode
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                is_preview,
                force_restart,
                start_date,
                end_date,
                force_from_date,
                import_mode,
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
