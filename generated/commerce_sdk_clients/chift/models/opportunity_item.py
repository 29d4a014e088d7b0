from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.opportunity_status import OpportunityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "name",
        "total",
        "probability",
        "status",
        "partner_id",
        "comment",
        "currency",
        "description",
        "pipe_status",
        "pipe_name",
        "created_date",
        "due_date",
        "end_date",
        "is_won",
        "owner_ref",
    }
)


@_attrs_define
class OpportunityItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        name (str):
        total (float):
        probability (float):
        status (OpportunityStatus):
        partner_id (None | str | Unset):
        comment (None | str | Unset):
        currency (None | str | Unset):
        description (None | str | Unset):
        pipe_status (None | str | Unset):
        pipe_name (None | str | Unset):
        created_date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        is_won (bool | None | Unset):
        owner_ref (FieldRef | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    name: str
    total: float
    probability: float
    status: OpportunityStatus
    partner_id: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    pipe_status: None | str | Unset = UNSET
    pipe_name: None | str | Unset = UNSET
    created_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    is_won: bool | None | Unset = UNSET
    owner_ref: FieldRef | None | Unset = UNSET
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

        name = self.name

        total = self.total

        probability = self.probability

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pipe_status: None | str | Unset
        if isinstance(self.pipe_status, Unset):
            pipe_status = UNSET
        else:
            pipe_status = self.pipe_status

        pipe_name: None | str | Unset
        if isinstance(self.pipe_name, Unset):
            pipe_name = UNSET
        else:
            pipe_name = self.pipe_name

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.date):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        is_won: bool | None | Unset
        if isinstance(self.is_won, Unset):
            is_won = UNSET
        else:
            is_won = self.is_won

        owner_ref: dict[str, Any] | None | Unset
        if isinstance(self.owner_ref, Unset):
            owner_ref = UNSET
        elif isinstance(self.owner_ref, FieldRef):
            owner_ref = self.owner_ref.to_dict()
        else:
            owner_ref = self.owner_ref

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "name": name,
                "total": total,
                "probability": probability,
                "status": status,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if pipe_status is not UNSET:
            field_dict["pipe_status"] = pipe_status
        if pipe_name is not UNSET:
            field_dict["pipe_name"] = pipe_name
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if is_won is not UNSET:
            field_dict["is_won"] = is_won
        if owner_ref is not UNSET:
            field_dict["owner_ref"] = owner_ref
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
        _lazy = not _m.strict and cls is OpportunityItem
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
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            probability = _src["probability"]
        except KeyError:
            probability = UNSET
        if probability.__class__ is not float and probability.__class__ is not int:
            probability, _raw = _decoding.scalar(probability, "float", _path, "probability", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "OpportunityStatus", _raw)
        else:
            try:
                status = OpportunityStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "OpportunityStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            partner_id = _parse_partner_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            partner_id, _raw = _decoding.failed(_v, _e, _path, "partner_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if partner_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                partner_id, _raw = _decoding.failed(_v, None, _path, "partner_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["comment"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_comment(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            comment = _parse_comment(_v)

        except Exception as _e:
            _decoding.leave(_t)
            comment, _raw = _decoding.failed(_v, _e, _path, "comment", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if comment is _v and (_v.__class__ is list or _v.__class__ is dict):
                comment, _raw = _decoding.failed(_v, None, _path, "comment", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currency"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency = _parse_currency(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency, _raw = _decoding.failed(_v, _e, _path, "currency", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if currency is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency, _raw = _decoding.failed(_v, None, _path, "currency", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["pipe_status"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_pipe_status(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pipe_status = _parse_pipe_status(_v)

        except Exception as _e:
            _decoding.leave(_t)
            pipe_status, _raw = _decoding.failed(_v, _e, _path, "pipe_status", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if pipe_status is _v and (_v.__class__ is list or _v.__class__ is dict):
                pipe_status, _raw = _decoding.failed(_v, None, _path, "pipe_status", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["pipe_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_pipe_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pipe_name = _parse_pipe_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            pipe_name, _raw = _decoding.failed(_v, _e, _path, "pipe_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if pipe_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                pipe_name, _raw = _decoding.failed(_v, None, _path, "pipe_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_created_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_date_type_0 = datetime.date.fromisoformat(data)

                    return created_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            created_date = _parse_created_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            created_date, _raw = _decoding.failed(_v, _e, _path, "created_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if created_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                created_date, _raw = _decoding.failed(
                    _v, None, _path, "created_date", "datetime.date | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["due_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_due_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    due_date_type_0 = datetime.date.fromisoformat(data)

                    return due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            due_date = _parse_due_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            due_date, _raw = _decoding.failed(_v, _e, _path, "due_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if due_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                due_date, _raw = _decoding.failed(_v, None, _path, "due_date", "datetime.date | None", _raw)

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
            _v = _src["is_won"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_is_won(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_won = _parse_is_won(_v)

        except Exception as _e:
            _decoding.leave(_t)
            is_won, _raw = _decoding.failed(_v, _e, _path, "is_won", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if is_won is _v and (_v.__class__ is list or _v.__class__ is dict):
                is_won, _raw = _decoding.failed(_v, None, _path, "is_won", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["owner_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                owner_ref = _v
                _pending |= 2
            else:
                owner_ref = _FieldRef_from_dict(_v, _path + "owner_ref.")
        elif _v is None:
            owner_ref = None
        elif _v is UNSET:
            owner_ref = UNSET
        else:
            owner_ref, _raw = _decoding.as_model(_v, FieldRef, _path, "owner_ref", _raw)

        if cls is OpportunityItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.name = name
            _obj.total = total
            _obj.probability = probability
            _obj.status = status
            _obj.partner_id = partner_id
            _obj.comment = comment
            _obj.currency = currency
            _obj.description = description
            _obj.pipe_status = pipe_status
            _obj.pipe_name = pipe_name
            _obj.created_date = created_date
            _obj.due_date = due_date
            _obj.end_date = end_date
            _obj.is_won = is_won
            _set_owner_ref(_obj, owner_ref)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                name,
                total,
                probability,
                status,
                partner_id,
                comment,
                currency,
                description,
                pipe_status,
                pipe_name,
                created_date,
                due_date,
                end_date,
                is_won,
                owner_ref,
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


from ..models.field_ref import FieldRef
from ..models.ref import Ref

_FieldRef_from_dict = FieldRef.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(OpportunityItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_owner_ref = _decoding.lazy(OpportunityItem, "owner_ref", "owner_ref", 2, FieldRef.from_dict, False)
