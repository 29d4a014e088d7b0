from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewIssue")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "kind",
        "code",
        "message",
        "cause",
        "source_ids",
        "table_key",
        "table_title",
        "source_keys",
    }
)


@_attrs_define
class PreviewIssue:
    """
    Attributes:
        kind (str):
        code (str):
        message (str):
        cause (PreviewIssueCause):
        source_ids (list[str]):
        table_key (None | str | Unset):
        table_title (None | str | Unset):
        source_keys (list[str] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    kind: str
    code: str
    message: str
    cause: PreviewIssueCause
    source_ids: list[str]
    table_key: None | str | Unset = UNSET
    table_title: None | str | Unset = UNSET
    source_keys: list[str] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        code = self.code

        message = self.message

        if self.cause is None or isinstance(self.cause, Unset):
            cause = self.cause
        else:
            cause = self.cause.to_dict()

        if self.source_ids is None or isinstance(self.source_ids, Unset):
            source_ids = self.source_ids
        else:
            source_ids = self.source_ids

        table_key: None | str | Unset
        if isinstance(self.table_key, Unset):
            table_key = UNSET
        else:
            table_key = self.table_key

        table_title: None | str | Unset
        if isinstance(self.table_title, Unset):
            table_title = UNSET
        else:
            table_title = self.table_title

        source_keys: list[str] | None | Unset
        if isinstance(self.source_keys, Unset):
            source_keys = UNSET
        elif isinstance(self.source_keys, list):
            source_keys = self.source_keys

        else:
            source_keys = self.source_keys

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "code": code,
                "message": message,
                "cause": cause,
                "source_ids": source_ids,
            }
        )
        if table_key is not UNSET:
            field_dict["table_key"] = table_key
        if table_title is not UNSET:
            field_dict["table_title"] = table_title
        if source_keys is not UNSET:
            field_dict["source_keys"] = source_keys
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
        _lazy = not _m.strict and cls is PreviewIssue
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            kind = _src["kind"]
        except KeyError:
            kind = UNSET
        if kind.__class__ is not str:
            kind, _raw = _decoding.scalar(kind, "str", _path, "kind", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            code = _src["code"]
        except KeyError:
            code = UNSET
        if code.__class__ is not str:
            code, _raw = _decoding.scalar(code, "str", _path, "code", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            message = _src["message"]
        except KeyError:
            message = UNSET
        if message.__class__ is not str:
            message, _raw = _decoding.scalar(message, "str", _path, "message", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["cause"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                cause = _v
                _pending |= 1
            else:
                cause = _PreviewIssueCause_from_dict(_v, _path + "cause.")
        else:
            cause, _raw = _decoding.as_model(_v, PreviewIssueCause, _path, "cause", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            source_ids = _src["source_ids"]
        except KeyError:
            source_ids = UNSET
        if source_ids.__class__ is not list:
            source_ids, _raw = _decoding.as_list(source_ids, "scalar", _path, "source_ids", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["table_key"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_table_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            table_key = _parse_table_key(_v)

        except Exception as _e:
            _decoding.leave(_t)
            table_key, _raw = _decoding.failed(_v, _e, _path, "table_key", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if table_key is _v and (_v.__class__ is list or _v.__class__ is dict):
                table_key, _raw = _decoding.failed(_v, None, _path, "table_key", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["table_title"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_table_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            table_title = _parse_table_title(_v)

        except Exception as _e:
            _decoding.leave(_t)
            table_title, _raw = _decoding.failed(_v, _e, _path, "table_title", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if table_title is _v and (_v.__class__ is list or _v.__class__ is dict):
                table_title, _raw = _decoding.failed(_v, None, _path, "table_title", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_keys"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_source_keys(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    source_keys_type_0 = cast(list[str], data)

                    return source_keys_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            source_keys = _parse_source_keys(_v)

        except Exception as _e:
            _decoding.leave(_t)
            source_keys, _raw = _decoding.failed(_v, _e, _path, "source_keys", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

        if cls is PreviewIssue:
            _obj = _new(cls)
            _obj.kind = kind
            _obj.code = code
            _obj.message = message
            _set_cause(_obj, cause)
            _obj.source_ids = source_ids
            _obj.table_key = table_key
            _obj.table_title = table_title
            _obj.source_keys = source_keys
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                kind,
                code,
                message,
                cause,
                source_ids,
                table_key,
                table_title,
                source_keys,
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


from ..models.preview_issue_cause import PreviewIssueCause

_PreviewIssueCause_from_dict = PreviewIssueCause.from_dict

_set_cause = _decoding.lazy(PreviewIssue, "cause", "cause", 1, PreviewIssueCause.from_dict, False)
