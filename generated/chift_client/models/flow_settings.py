from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.import_mode import ImportMode
from ..models.write_mode import WriteMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowSettings")


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

    force_from_date: datetime.date | None | Unset = UNSET
    force_to_date: datetime.date | None | Unset = UNSET
    write_mode: WriteMode | Unset = UNSET
    import_mode: ImportMode | Unset = UNSET
    verbose_logs: bool | Unset = False
    extra: FlowSettingsExtra | Unset = UNSET

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        force_from_date = _parse_force_from_date(d.pop("force_from_date", UNSET))

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

        force_to_date = _parse_force_to_date(d.pop("force_to_date", UNSET))

        _write_mode = d.pop("write_mode", UNSET)
        write_mode: WriteMode | Unset
        if isinstance(_write_mode, Unset):
            write_mode = UNSET
        else:
            write_mode = WriteMode(_write_mode)

        _import_mode = d.pop("import_mode", UNSET)
        import_mode: ImportMode | Unset
        if isinstance(_import_mode, Unset):
            import_mode = UNSET
        else:
            import_mode = ImportMode(_import_mode)

        _v = d.pop("verbose_logs", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("verbose_logs: expected bool, got " + type(_v).__name__)
        verbose_logs = _v

        _extra = d.pop("extra", UNSET)
        extra: FlowSettingsExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = FlowSettingsExtra.from_dict(_extra)

        flow_settings = cls(
            force_from_date=force_from_date,
            force_to_date=force_to_date,
            write_mode=write_mode,
            import_mode=import_mode,
            verbose_logs=verbose_logs,
            extra=extra,
        )

        return flow_settings


from ..models.flow_settings_extra import FlowSettingsExtra
