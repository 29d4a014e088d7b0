from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.journal_in_type import JournalInType
from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalIn")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "code",
        "name",
        "journal_type",
        "counterpart_account",
    }
)


@_attrs_define
class JournalIn:
    """
    Attributes:
        code (str):
        name (str):
        journal_type (JournalInType):
        counterpart_account (None | str | Unset):
    """

    code: str
    name: str
    journal_type: JournalInType
    counterpart_account: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        if self.journal_type is None or isinstance(self.journal_type, Unset):
            journal_type = self.journal_type
        else:
            journal_type = self.journal_type.value

        counterpart_account: None | str | Unset
        if isinstance(self.counterpart_account, Unset):
            counterpart_account = UNSET
        else:
            counterpart_account = self.counterpart_account

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "journal_type": journal_type,
            }
        )
        if counterpart_account is not UNSET:
            field_dict["counterpart_account"] = counterpart_account
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
            code = _src["code"]
        except KeyError:
            code = UNSET
        if code.__class__ is not str:
            code, _raw = _decoding.scalar(code, "str", _path, "code", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["journal_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            journal_type, _raw = _decoding.missing(_path, "journal_type", "JournalInType", _raw)
        else:
            try:
                journal_type = JournalInType(_v)

            except Exception as _e:
                journal_type, _raw = _decoding.failed(_v, _e, _path, "journal_type", "JournalInType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["counterpart_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_counterpart_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            counterpart_account = _parse_counterpart_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            counterpart_account, _raw = _decoding.failed(
                _v, _e, _path, "counterpart_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if counterpart_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                counterpart_account, _raw = _decoding.failed(
                    _v, None, _path, "counterpart_account", "None | str", _raw
                )

        if cls is JournalIn:
            _obj = _new(cls)
            _obj.code = code
            _obj.name = name
            _obj.journal_type = journal_type
            _obj.counterpart_account = counterpart_account
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                code,
                name,
                journal_type,
                counterpart_account,
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
