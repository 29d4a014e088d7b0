from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultipleMatchingOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "processed",
        "matching_number",
        "error_msg",
    }
)


@_attrs_define
class MultipleMatchingOut:
    """
    Attributes:
        processed (bool):
        matching_number (None | str | Unset):
        error_msg (MultipleMatchingOutErrorMsgType0 | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    processed: bool
    matching_number: None | str | Unset = UNSET
    error_msg: MultipleMatchingOutErrorMsgType0 | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        matching_number: None | str | Unset
        if isinstance(self.matching_number, Unset):
            matching_number = UNSET
        else:
            matching_number = self.matching_number

        error_msg: dict[str, Any] | None | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        elif isinstance(self.error_msg, MultipleMatchingOutErrorMsgType0):
            error_msg = self.error_msg.to_dict()
        else:
            error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "processed": processed,
            }
        )
        if matching_number is not UNSET:
            field_dict["matching_number"] = matching_number
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
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
        _lazy = not _m.strict and cls is MultipleMatchingOut
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            processed = _src["processed"]
        except KeyError:
            processed = UNSET
        if processed.__class__ is not bool:
            processed, _raw = _decoding.scalar(processed, "bool", _path, "processed", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["matching_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_matching_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            matching_number = _parse_matching_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            matching_number, _raw = _decoding.failed(_v, _e, _path, "matching_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if matching_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                matching_number, _raw = _decoding.failed(
                    _v, None, _path, "matching_number", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["error_msg"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                error_msg = _v
                _pending |= 1
            else:
                error_msg = _MultipleMatchingOutErrorMsgType0_from_dict(_v, _path + "error_msg.")
        elif _v is None:
            error_msg = None
        elif _v is UNSET:
            error_msg = UNSET
        else:
            error_msg, _raw = _decoding.as_model(
                _v, MultipleMatchingOutErrorMsgType0, _path, "error_msg", _raw
            )

        if cls is MultipleMatchingOut:
            _obj = _new(cls)
            _obj.processed = processed
            _obj.matching_number = matching_number
            _set_error_msg(_obj, error_msg)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                processed,
                matching_number,
                error_msg,
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


from ..models.multiple_matching_out_error_msg_type_0 import MultipleMatchingOutErrorMsgType0

_MultipleMatchingOutErrorMsgType0_from_dict = MultipleMatchingOutErrorMsgType0.from_dict

_set_error_msg = _decoding.lazy(
    MultipleMatchingOut, "error_msg", "error_msg", 1, MultipleMatchingOutErrorMsgType0.from_dict, False
)
