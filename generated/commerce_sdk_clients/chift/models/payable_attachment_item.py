from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayableAttachmentItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "content_type",
        "content",
        "attached_at",
    }
)


@_attrs_define
class PayableAttachmentItem:
    """
    Attributes:
        content_type (None | str | Unset):
        content (None | str | Unset):
        attached_at (datetime.date | None | Unset):
    """

    content_type: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    attached_at: datetime.date | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        attached_at: None | str | Unset
        if isinstance(self.attached_at, Unset):
            attached_at = UNSET
        elif isinstance(self.attached_at, datetime.date):
            attached_at = self.attached_at.isoformat()
        else:
            attached_at = self.attached_at

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content is not UNSET:
            field_dict["content"] = content
        if attached_at is not UNSET:
            field_dict["attached_at"] = attached_at
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
            _v = _src["content_type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_content_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            content_type = _parse_content_type(_v)

        except Exception as _e:
            _decoding.leave(_t)
            content_type, _raw = _decoding.failed(_v, _e, _path, "content_type", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if content_type is _v and (_v.__class__ is list or _v.__class__ is dict):
                content_type, _raw = _decoding.failed(_v, None, _path, "content_type", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["content"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_content(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            content = _parse_content(_v)

        except Exception as _e:
            _decoding.leave(_t)
            content, _raw = _decoding.failed(_v, _e, _path, "content", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if content is _v and (_v.__class__ is list or _v.__class__ is dict):
                content, _raw = _decoding.failed(_v, None, _path, "content", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["attached_at"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_attached_at(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    attached_at_type_0 = datetime.date.fromisoformat(data)

                    return attached_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            attached_at = _parse_attached_at(_v)

        except Exception as _e:
            _decoding.leave(_t)
            attached_at, _raw = _decoding.failed(_v, _e, _path, "attached_at", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if attached_at is _v and (_v.__class__ is list or _v.__class__ is dict):
                attached_at, _raw = _decoding.failed(
                    _v, None, _path, "attached_at", "datetime.date | None", _raw
                )

        if cls is PayableAttachmentItem:
            _obj = _new(cls)
            _obj.content_type = content_type
            _obj.content = content
            _obj.attached_at = attached_at
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                content_type,
                content,
                attached_at,
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
