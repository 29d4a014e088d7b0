from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservationItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "start_date",
        "end_date",
        "creation_date",
        "resource_id",
        "resource_name",
        "resource_identifier",
    }
)


@_attrs_define
class ReservationItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        creation_date (datetime.datetime | None | Unset):
        resource_id (ChiftId | None | Unset):
        resource_name (None | str | Unset):
        resource_identifier (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    resource_id: ChiftId | None | Unset = UNSET
    resource_name: None | str | Unset = UNSET
    resource_identifier: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
            source_ref = self.source_ref.to_dict()

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        resource_id: dict[str, Any] | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        elif isinstance(self.resource_id, ChiftId):
            resource_id = self.resource_id.to_dict()
        else:
            resource_id = self.resource_id

        resource_name: None | str | Unset
        if isinstance(self.resource_name, Unset):
            resource_name = UNSET
        else:
            resource_name = self.resource_name

        resource_identifier: None | str | Unset
        if isinstance(self.resource_identifier, Unset):
            resource_identifier = UNSET
        else:
            resource_identifier = self.resource_identifier

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_name is not UNSET:
            field_dict["resource_name"] = resource_name
        if resource_identifier is not UNSET:
            field_dict["resource_identifier"] = resource_identifier
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
        _lazy = not _m.strict and cls is ReservationItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_ref = _v
                _pending |= 1
            else:
                source_ref = _Ref_from_dict(_v, _path + "source_ref.")
        else:
            source_ref, _raw = _decoding.as_model(_v, Ref, _path, "source_ref", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["start_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = datetime.datetime.fromisoformat(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            start_date = _parse_start_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            start_date, _raw = _decoding.failed(_v, _e, _path, "start_date", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if start_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                start_date, _raw = _decoding.failed(
                    _v, None, _path, "start_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["end_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    end_date_type_0 = datetime.datetime.fromisoformat(data)

                    return end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            end_date = _parse_end_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            end_date, _raw = _decoding.failed(_v, _e, _path, "end_date", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if end_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                end_date, _raw = _decoding.failed(
                    _v, None, _path, "end_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["creation_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    creation_date_type_0 = datetime.datetime.fromisoformat(data)

                    return creation_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            creation_date = _parse_creation_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            creation_date, _raw = _decoding.failed(
                _v, _e, _path, "creation_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if creation_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                creation_date, _raw = _decoding.failed(
                    _v, None, _path, "creation_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["resource_id"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                resource_id = _v
                _pending |= 2
            else:
                resource_id = _ChiftId_from_dict(_v, _path + "resource_id.")
        elif _v is None:
            resource_id = None
        elif _v is UNSET:
            resource_id = UNSET
        else:
            resource_id, _raw = _decoding.as_model(_v, ChiftId, _path, "resource_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["resource_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_resource_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            resource_name = _parse_resource_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            resource_name, _raw = _decoding.failed(_v, _e, _path, "resource_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if resource_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                resource_name, _raw = _decoding.failed(_v, None, _path, "resource_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["resource_identifier"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_resource_identifier(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            resource_identifier = _parse_resource_identifier(_v)

        except Exception as _e:
            _decoding.leave(_t)
            resource_identifier, _raw = _decoding.failed(
                _v, _e, _path, "resource_identifier", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if resource_identifier is _v and (_v.__class__ is list or _v.__class__ is dict):
                resource_identifier, _raw = _decoding.failed(
                    _v, None, _path, "resource_identifier", "None | str", _raw
                )

        if cls is ReservationItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.start_date = start_date
            _obj.end_date = end_date
            _obj.creation_date = creation_date
            _set_resource_id(_obj, resource_id)
            _obj.resource_name = resource_name
            _obj.resource_identifier = resource_identifier
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                start_date,
                end_date,
                creation_date,
                resource_id,
                resource_name,
                resource_identifier,
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


from ..models.chift_id import ChiftId
from ..models.ref import Ref

_ChiftId_from_dict = ChiftId.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(ReservationItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_resource_id = _decoding.lazy(ReservationItem, "resource_id", "resource_id", 2, ChiftId.from_dict, False)
