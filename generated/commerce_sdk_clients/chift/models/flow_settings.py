from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.import_mode import ImportMode
from ..models.write_mode import WriteMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowSettings")
_new = object.__new__


@_attrs_define
class FlowSettings:
    """
    Attributes:
        force_from_date (datetime.date | None | Unset):
        force_to_date (datetime.date | None | Unset):
        write_mode (WriteMode | Unset):
        import_mode (ImportMode | Unset):
        verbose_logs (bool | Unset):  Default: False.
        extra (FlowSettingsExtra | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    force_from_date: datetime.date | None | Unset = UNSET
    force_to_date: datetime.date | None | Unset = UNSET
    write_mode: WriteMode | Unset = UNSET
    import_mode: ImportMode | Unset = UNSET
    verbose_logs: bool | Unset = False
    extra: FlowSettingsExtra | Unset = UNSET
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        force_from_date: None | str | Unset
        if isinstance(self.force_from_date, Unset):
            force_from_date = UNSET
        elif isinstance(self.force_from_date, datetime.date):
            force_from_date = self.force_from_date.isoformat()
        else:
            force_from_date = self.force_from_date

        force_to_date: None | str | Unset
        if isinstance(self.force_to_date, Unset):
            force_to_date = UNSET
        elif isinstance(self.force_to_date, datetime.date):
            force_to_date = self.force_to_date.isoformat()
        else:
            force_to_date = self.force_to_date

        write_mode: str | Unset = UNSET
        if not isinstance(self.write_mode, Unset):
            write_mode = self.write_mode.value

        import_mode: str | Unset = UNSET
        if not isinstance(self.import_mode, Unset):
            import_mode = self.import_mode.value

        verbose_logs = self.verbose_logs

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if force_from_date is not UNSET:
            field_dict["force_from_date"] = force_from_date
        if force_to_date is not UNSET:
            field_dict["force_to_date"] = force_to_date
        if write_mode is not UNSET:
            field_dict["write_mode"] = write_mode
        if import_mode is not UNSET:
            field_dict["import_mode"] = import_mode
        if verbose_logs is not UNSET:
            field_dict["verbose_logs"] = verbose_logs
        if extra is not UNSET:
            field_dict["extra"] = extra
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
        _lazy = not _m.strict and cls is FlowSettings
        _pending = 0
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
            _v = _src["force_to_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_force_to_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    force_to_date_type_0 = datetime.date.fromisoformat(data)

                    return force_to_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            force_to_date = _parse_force_to_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            force_to_date, _raw = _decoding.failed(
                _v, _e, _path, "force_to_date", "datetime.date | None", _raw
            )
        else:
            _decoding.leave(_t)
            if force_to_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                force_to_date, _raw = _decoding.failed(
                    _v, None, _path, "force_to_date", "datetime.date | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["write_mode"]
        except KeyError:
            _v = UNSET
        try:
            _write_mode = _v
            write_mode: WriteMode | Unset
            if isinstance(_write_mode, Unset):
                write_mode = UNSET
            else:
                write_mode = WriteMode(_write_mode)

        except Exception as _e:
            write_mode, _raw = _decoding.failed(_v, _e, _path, "write_mode", "WriteMode", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["import_mode"]
        except KeyError:
            _v = UNSET
        try:
            _import_mode = _v
            import_mode: ImportMode | Unset
            if isinstance(_import_mode, Unset):
                import_mode = UNSET
            else:
                import_mode = ImportMode(_import_mode)

        except Exception as _e:
            import_mode, _raw = _decoding.failed(_v, _e, _path, "import_mode", "ImportMode", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            verbose_logs = _src["verbose_logs"]
        except KeyError:
            verbose_logs = UNSET
        if verbose_logs.__class__ is not bool and verbose_logs is not UNSET:
            verbose_logs, _raw = _decoding.scalar(verbose_logs, "bool", _path, "verbose_logs", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["extra"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                extra = _v
                _pending |= 1
            else:
                extra = _FlowSettingsExtra_from_dict(_v, _path + "extra.")
        elif _v is UNSET:
            extra = UNSET
        else:
            extra, _raw = _decoding.as_model(_v, FlowSettingsExtra, _path, "extra", _raw)

        if cls is FlowSettings:
            _obj = _new(cls)
            _obj.force_from_date = force_from_date
            _obj.force_to_date = force_to_date
            _obj.write_mode = write_mode
            _obj.import_mode = import_mode
            _obj.verbose_logs = verbose_logs
            _set_extra(_obj, extra)
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                force_from_date,
                force_to_date,
                write_mode,
                import_mode,
                verbose_logs,
                extra,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}


from ..models.flow_settings_extra import FlowSettingsExtra

_FlowSettingsExtra_from_dict = FlowSettingsExtra.from_dict

_set_extra = _decoding.lazy(FlowSettings, "extra", "extra", 1, FlowSettingsExtra.from_dict, False)
