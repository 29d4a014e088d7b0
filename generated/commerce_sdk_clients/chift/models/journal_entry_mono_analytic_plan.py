from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalEntryMonoAnalyticPlan")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "journal_id",
        "id",
        "reference",
        "due_date",
        "name",
        "journal_name",
        "date",
        "posted",
        "due_dates",
        "attachments_info",
        "items",
    }
)


@_attrs_define
class JournalEntryMonoAnalyticPlan:
    """
    Attributes:
        journal_id (str):
        id (str):
        reference (None | str | Unset):
        due_date (datetime.date | None | Unset):
        name (None | str | Unset):
        journal_name (None | str | Unset):
        date (datetime.date | None | Unset):  Default: datetime.date.fromisoformat('1970-01-01').
        posted (bool | None | Unset):  Default: False.
        due_dates (list[JournalItemDueDatesOut] | None | Unset):
        attachments_info (ItemAttachmentInfoOut | Unset):
        items (list[JournalItemMonoAnalyticPlan] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    journal_id: str
    id: str
    reference: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    name: None | str | Unset = UNSET
    journal_name: None | str | Unset = UNSET
    date: datetime.date | None | Unset = datetime.date.fromisoformat("1970-01-01")
    posted: bool | None | Unset = False
    due_dates: list[JournalItemDueDatesOut] | None | Unset = UNSET
    attachments_info: ItemAttachmentInfoOut | Unset = UNSET
    items: list[JournalItemMonoAnalyticPlan] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        journal_id = self.journal_id

        id = self.id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        journal_name: None | str | Unset
        if isinstance(self.journal_name, Unset):
            journal_name = UNSET
        else:
            journal_name = self.journal_name

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        posted: bool | None | Unset
        if isinstance(self.posted, Unset):
            posted = UNSET
        else:
            posted = self.posted

        due_dates: list[dict[str, Any]] | None | Unset
        if isinstance(self.due_dates, Unset):
            due_dates = UNSET
        elif isinstance(self.due_dates, list):
            due_dates = []
            for due_dates_type_0_item_data in self.due_dates:
                due_dates_type_0_item = due_dates_type_0_item_data.to_dict()
                due_dates.append(due_dates_type_0_item)

        else:
            due_dates = self.due_dates

        attachments_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments_info, Unset):
            attachments_info = self.attachments_info.to_dict()

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "journal_id": journal_id,
                "id": id,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if name is not UNSET:
            field_dict["name"] = name
        if journal_name is not UNSET:
            field_dict["journal_name"] = journal_name
        if date is not UNSET:
            field_dict["date"] = date
        if posted is not UNSET:
            field_dict["posted"] = posted
        if due_dates is not UNSET:
            field_dict["due_dates"] = due_dates
        if attachments_info is not UNSET:
            field_dict["attachments_info"] = attachments_info
        if items is not UNSET:
            field_dict["items"] = items
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
        _lazy = not _m.strict and cls is JournalEntryMonoAnalyticPlan
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            journal_id = _src["journal_id"]
        except KeyError:
            journal_id = UNSET
        if journal_id.__class__ is not str:
            journal_id, _raw = _decoding.scalar(journal_id, "str", _path, "journal_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reference"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reference = _parse_reference(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reference, _raw = _decoding.failed(_v, _e, _path, "reference", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if reference is _v and (_v.__class__ is list or _v.__class__ is dict):
                reference, _raw = _decoding.failed(_v, None, _path, "reference", "None | str", _raw)

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
            _v = _src["name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            name, _raw = _decoding.failed(_v, _e, _path, "name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if name is _v and (_v.__class__ is list or _v.__class__ is dict):
                name, _raw = _decoding.failed(_v, None, _path, "name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["journal_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_journal_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            journal_name = _parse_journal_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            journal_name, _raw = _decoding.failed(_v, _e, _path, "journal_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if journal_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                journal_name, _raw = _decoding.failed(_v, None, _path, "journal_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.date.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            date = _parse_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            date, _raw = _decoding.failed(_v, _e, _path, "date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if date is _v and (_v.__class__ is list or _v.__class__ is dict):
                date, _raw = _decoding.failed(_v, None, _path, "date", "datetime.date | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["posted"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_posted(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            posted = _parse_posted(_v)

        except Exception as _e:
            _decoding.leave(_t)
            posted, _raw = _decoding.failed(_v, _e, _path, "posted", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if posted is _v and (_v.__class__ is list or _v.__class__ is dict):
                posted, _raw = _decoding.failed(_v, None, _path, "posted", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["due_dates"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "due_dates", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            due_dates = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                due_dates = _v
                _pending |= 1
            else:
                due_dates = []
                _at = _path + "due_dates[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        due_dates.append(_JournalItemDueDatesOut_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, JournalItemDueDatesOut, _path, "due_dates", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["attachments_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                attachments_info = _v
                _pending |= 2
            else:
                attachments_info = _ItemAttachmentInfoOut_from_dict(_v, _path + "attachments_info.")
        elif _v is UNSET:
            attachments_info = UNSET
        else:
            attachments_info, _raw = _decoding.as_model(
                _v, ItemAttachmentInfoOut, _path, "attachments_info", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["items"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "items", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            items = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                items = _v
                _pending |= 4
            else:
                items = []
                _at = _path + "items[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        items.append(_JournalItemMonoAnalyticPlan_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, JournalItemMonoAnalyticPlan, _path, "items", _raw)

        if cls is JournalEntryMonoAnalyticPlan:
            _obj = _new(cls)
            _obj.journal_id = journal_id
            _obj.id = id
            _obj.reference = reference
            _obj.due_date = due_date
            _obj.name = name
            _obj.journal_name = journal_name
            _obj.date = date
            _obj.posted = posted
            _set_due_dates(_obj, due_dates)
            _set_attachments_info(_obj, attachments_info)
            _set_items(_obj, items)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                journal_id,
                id,
                reference,
                due_date,
                name,
                journal_name,
                date,
                posted,
                due_dates,
                attachments_info,
                items,
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


from ..models.item_attachment_info_out import ItemAttachmentInfoOut
from ..models.journal_item_due_dates_out import JournalItemDueDatesOut
from ..models.journal_item_mono_analytic_plan import JournalItemMonoAnalyticPlan

_ItemAttachmentInfoOut_from_dict = ItemAttachmentInfoOut.from_dict
_JournalItemDueDatesOut_from_dict = JournalItemDueDatesOut.from_dict
_JournalItemMonoAnalyticPlan_from_dict = JournalItemMonoAnalyticPlan.from_dict

_set_due_dates = _decoding.lazy(
    JournalEntryMonoAnalyticPlan, "due_dates", "due_dates", 1, JournalItemDueDatesOut.from_dict, True
)
_set_attachments_info = _decoding.lazy(
    JournalEntryMonoAnalyticPlan,
    "attachments_info",
    "attachments_info",
    2,
    ItemAttachmentInfoOut.from_dict,
    False,
)
_set_items = _decoding.lazy(
    JournalEntryMonoAnalyticPlan, "items", "items", 4, JournalItemMonoAnalyticPlan.from_dict, True
)
