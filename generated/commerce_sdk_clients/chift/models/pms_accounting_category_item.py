from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSAccountingCategoryItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "name",
        "code",
        "ledger_account_code",
        "posting_account_code",
    }
)


@_attrs_define
class PMSAccountingCategoryItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        name (str):
        code (None | str | Unset):
        ledger_account_code (None | str | Unset):
        posting_account_code (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    name: str
    code: None | str | Unset = UNSET
    ledger_account_code: None | str | Unset = UNSET
    posting_account_code: None | str | Unset = UNSET
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

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        ledger_account_code: None | str | Unset
        if isinstance(self.ledger_account_code, Unset):
            ledger_account_code = UNSET
        else:
            ledger_account_code = self.ledger_account_code

        posting_account_code: None | str | Unset
        if isinstance(self.posting_account_code, Unset):
            posting_account_code = UNSET
        else:
            posting_account_code = self.posting_account_code

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "name": name,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if ledger_account_code is not UNSET:
            field_dict["ledger_account_code"] = ledger_account_code
        if posting_account_code is not UNSET:
            field_dict["posting_account_code"] = posting_account_code
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
        _lazy = not _m.strict and cls is PMSAccountingCategoryItem
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
            _v = _src["code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            code = _parse_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            code, _raw = _decoding.failed(_v, _e, _path, "code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if code is _v and (_v.__class__ is list or _v.__class__ is dict):
                code, _raw = _decoding.failed(_v, None, _path, "code", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ledger_account_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_ledger_account_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ledger_account_code = _parse_ledger_account_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            ledger_account_code, _raw = _decoding.failed(
                _v, _e, _path, "ledger_account_code", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if ledger_account_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                ledger_account_code, _raw = _decoding.failed(
                    _v, None, _path, "ledger_account_code", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["posting_account_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_posting_account_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            posting_account_code = _parse_posting_account_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            posting_account_code, _raw = _decoding.failed(
                _v, _e, _path, "posting_account_code", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if posting_account_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                posting_account_code, _raw = _decoding.failed(
                    _v, None, _path, "posting_account_code", "None | str", _raw
                )

        if cls is PMSAccountingCategoryItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.name = name
            _obj.code = code
            _obj.ledger_account_code = ledger_account_code
            _obj.posting_account_code = posting_account_code
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
                code,
                ledger_account_code,
                posting_account_code,
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


from ..models.ref import Ref

_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(
    PMSAccountingCategoryItem, "source_ref", "source_ref", 1, Ref.from_dict, False
)
