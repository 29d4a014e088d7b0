from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.execution_type import ExecutionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowExecution")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "type",
        "data",
    }
)


@_attrs_define
class FlowExecution:
    """
    Attributes:
        type_ (ExecutionType):
        data (FlowExecutionChain | FlowExecutionCode | None):
    """

    type_: ExecutionType
    data: FlowExecutionChain | FlowExecutionCode | None
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        if self.data is None or isinstance(self.data, Unset):
            data = self.data
        else:
            data: dict[str, Any] | None
            if isinstance(self.data, FlowExecutionChain) or isinstance(self.data, FlowExecutionCode):
                data = self.data.to_dict()
            else:
                data = self.data

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )
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
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "type", "ExecutionType", _raw)
        else:
            try:
                type_ = ExecutionType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "type", "ExecutionType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["data"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            data, _raw = _decoding.missing(
                _path, "data", "FlowExecutionChain | FlowExecutionCode | None", _raw
            )
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_data(data: object) -> FlowExecutionChain | FlowExecutionCode | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        data_type_0 = FlowExecutionChain.from_dict(data)

                        return data_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        data_type_1 = FlowExecutionCode.from_dict(data)

                        return data_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(FlowExecutionChain | FlowExecutionCode | None, data)

                data = _parse_data(_v)

            except Exception as _e:
                _decoding.leave(_t)
                data, _raw = _decoding.failed(
                    _v, _e, _path, "data", "FlowExecutionChain | FlowExecutionCode | None", _raw
                )
            else:
                _decoding.leave(_t)
                if data is _v and (_v.__class__ is list or _v.__class__ is dict):
                    data, _raw = _decoding.failed(
                        _v, None, _path, "data", "FlowExecutionChain | FlowExecutionCode | None", _raw
                    )

        if cls is FlowExecution:
            _obj = _new(cls)
            _obj.type_ = type_
            _obj.data = data
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                type_,
                data,
            )

        if len(_src) != 2 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.flow_execution_chain import FlowExecutionChain
from ..models.flow_execution_code import FlowExecutionCode
