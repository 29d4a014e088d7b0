from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationError")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "loc",
        "msg",
        "type",
        "input",
        "ctx",
    }
)


@_attrs_define
class ValidationError:
    """
    Attributes:
        loc (list[int | str]):
        msg (str):
        type_ (str):
        input_ (Any | Unset):
        ctx (ValidationErrorContext | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    loc: list[int | str]
    msg: str
    type_: str
    input_: Any | Unset = UNSET
    ctx: ValidationErrorContext | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.loc is None or isinstance(self.loc, Unset):
            loc = self.loc
        else:
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str
                loc_item = loc_item_data
                loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        input_ = self.input_

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if ctx is not UNSET:
            field_dict["ctx"] = ctx
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
        _lazy = not _m.strict and cls is ValidationError
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["loc"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "any", _path, "loc", _raw)
        if _v is UNSET:
            loc = UNSET
        else:
            try:
                loc = []
                _loc = _v
                for loc_item_data in _loc:

                    def _parse_loc_item(data: object) -> int | str:
                        return cast(int | str, data)

                    loc_item = _parse_loc_item(loc_item_data)

                    loc.append(loc_item)

            except Exception as _e:
                loc, _raw = _decoding.failed(_v, _e, _path, "loc", "list[int | str]", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            msg = _src["msg"]
        except KeyError:
            msg = UNSET
        if msg.__class__ is not str:
            msg, _raw = _decoding.scalar(msg, "str", _path, "msg", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            type_ = _src["type"]
        except KeyError:
            type_ = UNSET
        if type_.__class__ is not str:
            type_, _raw = _decoding.scalar(type_, "str", _path, "type", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["input"]
        except KeyError:
            _v = UNSET
        input_ = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ctx"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                ctx = _v
                _pending |= 1
            else:
                ctx = _ValidationErrorContext_from_dict(_v, _path + "ctx.")
        elif _v is UNSET:
            ctx = UNSET
        else:
            ctx, _raw = _decoding.as_model(_v, ValidationErrorContext, _path, "ctx", _raw)

        if cls is ValidationError:
            _obj = _new(cls)
            _obj.loc = loc
            _obj.msg = msg
            _obj.type_ = type_
            _obj.input_ = input_
            _set_ctx(_obj, ctx)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                loc,
                msg,
                type_,
                input_,
                ctx,
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


from ..models.validation_error_context import ValidationErrorContext

_ValidationErrorContext_from_dict = ValidationErrorContext.from_dict

_set_ctx = _decoding.lazy(ValidationError, "ctx", "ctx", 1, ValidationErrorContext.from_dict, False)
