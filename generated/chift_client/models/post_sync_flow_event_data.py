from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_mode import ImportMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostSyncFlowEventData")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("is_preview", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("is_preview: expected bool, got " + type(_v).__name__)
        is_preview = _v

        _v = d.pop("force_restart", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("force_restart: expected bool, got " + type(_v).__name__)
        force_restart = _v

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

        start_date = _parse_start_date(d.pop("start_date", UNSET))

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

        end_date = _parse_end_date(d.pop("end_date", UNSET))

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

        import_mode = _parse_import_mode(d.pop("import_mode", UNSET))

        post_sync_flow_event_data = cls(
            is_preview=is_preview,
            force_restart=force_restart,
            start_date=start_date,
            end_date=end_date,
            force_from_date=force_from_date,
            import_mode=import_mode,
        )

        post_sync_flow_event_data.additional_properties = d
        return post_sync_flow_event_data

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
