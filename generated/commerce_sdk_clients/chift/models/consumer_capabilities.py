from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerCapabilities")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "flowid",
        "enabled",
        "capabilities",
        "tables",
        "questions",
        "completeness",
        "connections",
        "latest_preview_id",
    }
)


@_attrs_define
class ConsumerCapabilities:
    """
    Attributes:
        flowid (UUID):
        enabled (bool):
        capabilities (list[ConsumerCapabilityItem]):
        tables (list[ConsumerTable]):
        questions (list[ConsumerQuestion]):
        completeness (SetupCompleteness):
        connections (list[SyncConnection]):
        latest_preview_id (None | UUID):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    flowid: UUID
    enabled: bool
    capabilities: list[ConsumerCapabilityItem]
    tables: list[ConsumerTable]
    questions: list[ConsumerQuestion]
    completeness: SetupCompleteness
    connections: list[SyncConnection]
    latest_preview_id: None | UUID
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.flowid is None or isinstance(self.flowid, Unset):
            flowid = self.flowid
        else:
            flowid = str(self.flowid)

        enabled = self.enabled

        if self.capabilities is None or isinstance(self.capabilities, Unset):
            capabilities = self.capabilities
        else:
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        if self.tables is None or isinstance(self.tables, Unset):
            tables = self.tables
        else:
            tables = []
            for tables_item_data in self.tables:
                tables_item = tables_item_data.to_dict()
                tables.append(tables_item)

        if self.questions is None or isinstance(self.questions, Unset):
            questions = self.questions
        else:
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        if self.completeness is None or isinstance(self.completeness, Unset):
            completeness = self.completeness
        else:
            completeness = self.completeness.to_dict()

        if self.connections is None or isinstance(self.connections, Unset):
            connections = self.connections
        else:
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        if self.latest_preview_id is None or isinstance(self.latest_preview_id, Unset):
            latest_preview_id = self.latest_preview_id
        else:
            latest_preview_id: None | str
            if isinstance(self.latest_preview_id, UUID):
                latest_preview_id = str(self.latest_preview_id)
            else:
                latest_preview_id = self.latest_preview_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "flowid": flowid,
                "enabled": enabled,
                "capabilities": capabilities,
                "tables": tables,
                "questions": questions,
                "completeness": completeness,
                "connections": connections,
                "latest_preview_id": latest_preview_id,
            }
        )
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
        _lazy = not _m.strict and cls is ConsumerCapabilities
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["flowid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            flowid, _raw = _decoding.missing(_path, "flowid", "UUID", _raw)
        else:
            try:
                flowid = UUID(_v)

            except Exception as _e:
                flowid, _raw = _decoding.failed(_v, _e, _path, "flowid", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            enabled = _src["enabled"]
        except KeyError:
            enabled = UNSET
        if enabled.__class__ is not bool:
            enabled, _raw = _decoding.scalar(enabled, "bool", _path, "enabled", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["capabilities"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "capabilities", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            capabilities = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                capabilities = _v
                _pending |= 1
            else:
                capabilities = []
                _at = _path + "capabilities[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        capabilities.append(_ConsumerCapabilityItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ConsumerCapabilityItem, _path, "capabilities", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tables"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "tables", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            tables = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                tables = _v
                _pending |= 2
            else:
                tables = []
                _at = _path + "tables[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        tables.append(_ConsumerTable_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ConsumerTable, _path, "tables", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["questions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "questions", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            questions = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                questions = _v
                _pending |= 4
            else:
                questions = []
                _at = _path + "questions[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        questions.append(_ConsumerQuestion_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ConsumerQuestion, _path, "questions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["completeness"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                completeness = _v
                _pending |= 8
            else:
                completeness = _SetupCompleteness_from_dict(_v, _path + "completeness.")
        else:
            completeness, _raw = _decoding.as_model(_v, SetupCompleteness, _path, "completeness", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["connections"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "connections", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            connections = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                connections = _v
                _pending |= 16
            else:
                connections = []
                _at = _path + "connections[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        connections.append(_SyncConnection_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SyncConnection, _path, "connections", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["latest_preview_id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            latest_preview_id, _raw = _decoding.missing(_path, "latest_preview_id", "None | UUID", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_latest_preview_id(data: object) -> None | UUID:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        latest_preview_id_type_0 = UUID(data)

                        return latest_preview_id_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | UUID, data)

                latest_preview_id = _parse_latest_preview_id(_v)

            except Exception as _e:
                _decoding.leave(_t)
                latest_preview_id, _raw = _decoding.failed(
                    _v, _e, _path, "latest_preview_id", "None | UUID", _raw
                )
            else:
                _decoding.leave(_t)
                if latest_preview_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                    latest_preview_id, _raw = _decoding.failed(
                        _v, None, _path, "latest_preview_id", "None | UUID", _raw
                    )

        if cls is ConsumerCapabilities:
            _obj = _new(cls)
            _obj.flowid = flowid
            _obj.enabled = enabled
            _set_capabilities(_obj, capabilities)
            _set_tables(_obj, tables)
            _set_questions(_obj, questions)
            _set_completeness(_obj, completeness)
            _set_connections(_obj, connections)
            _obj.latest_preview_id = latest_preview_id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                flowid,
                enabled,
                capabilities,
                tables,
                questions,
                completeness,
                connections,
                latest_preview_id,
            )

        if len(_src) != 8 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.consumer_capability_item import ConsumerCapabilityItem
from ..models.consumer_question import ConsumerQuestion
from ..models.consumer_table import ConsumerTable
from ..models.setup_completeness import SetupCompleteness
from ..models.sync_connection import SyncConnection

_ConsumerCapabilityItem_from_dict = ConsumerCapabilityItem.from_dict
_ConsumerQuestion_from_dict = ConsumerQuestion.from_dict
_ConsumerTable_from_dict = ConsumerTable.from_dict
_SetupCompleteness_from_dict = SetupCompleteness.from_dict
_SyncConnection_from_dict = SyncConnection.from_dict

_set_capabilities = _decoding.lazy(
    ConsumerCapabilities, "capabilities", "capabilities", 1, ConsumerCapabilityItem.from_dict, True
)
_set_tables = _decoding.lazy(ConsumerCapabilities, "tables", "tables", 2, ConsumerTable.from_dict, True)
_set_questions = _decoding.lazy(
    ConsumerCapabilities, "questions", "questions", 4, ConsumerQuestion.from_dict, True
)
_set_completeness = _decoding.lazy(
    ConsumerCapabilities, "completeness", "completeness", 8, SetupCompleteness.from_dict, False
)
_set_connections = _decoding.lazy(
    ConsumerCapabilities, "connections", "connections", 16, SyncConnection.from_dict, True
)
