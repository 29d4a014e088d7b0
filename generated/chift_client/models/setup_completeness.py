from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SetupCompleteness")


@_attrs_define
class SetupCompleteness:
    """
    Attributes:
        missing_connections (list[SetupMissingItem]):
        missing_questions (list[SetupMissingItem]):
        missing_tables (list[SetupMissingItem]):
        missing_modes (list[SetupMissingItem]):
    """

    missing_connections: list[SetupMissingItem]
    missing_questions: list[SetupMissingItem]
    missing_tables: list[SetupMissingItem]
    missing_modes: list[SetupMissingItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        missing_connections = []
        for missing_connections_item_data in self.missing_connections:
            missing_connections_item = missing_connections_item_data.to_dict()
            missing_connections.append(missing_connections_item)

        missing_questions = []
        for missing_questions_item_data in self.missing_questions:
            missing_questions_item = missing_questions_item_data.to_dict()
            missing_questions.append(missing_questions_item)

        missing_tables = []
        for missing_tables_item_data in self.missing_tables:
            missing_tables_item = missing_tables_item_data.to_dict()
            missing_tables.append(missing_tables_item)

        missing_modes = []
        for missing_modes_item_data in self.missing_modes:
            missing_modes_item = missing_modes_item_data.to_dict()
            missing_modes.append(missing_modes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "missing_connections": missing_connections,
                "missing_questions": missing_questions,
                "missing_tables": missing_tables,
                "missing_modes": missing_modes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("missing_connections", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("missing_connections: expected list, got " + type(_v).__name__)
        missing_connections = []
        _missing_connections = _v
        for missing_connections_item_data in _missing_connections:
            missing_connections_item = SetupMissingItem.from_dict(missing_connections_item_data)

            missing_connections.append(missing_connections_item)

        _v = d.pop("missing_questions", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("missing_questions: expected list, got " + type(_v).__name__)
        missing_questions = []
        _missing_questions = _v
        for missing_questions_item_data in _missing_questions:
            missing_questions_item = SetupMissingItem.from_dict(missing_questions_item_data)

            missing_questions.append(missing_questions_item)

        _v = d.pop("missing_tables", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("missing_tables: expected list, got " + type(_v).__name__)
        missing_tables = []
        _missing_tables = _v
        for missing_tables_item_data in _missing_tables:
            missing_tables_item = SetupMissingItem.from_dict(missing_tables_item_data)

            missing_tables.append(missing_tables_item)

        _v = d.pop("missing_modes", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("missing_modes: expected list, got " + type(_v).__name__)
        missing_modes = []
        _missing_modes = _v
        for missing_modes_item_data in _missing_modes:
            missing_modes_item = SetupMissingItem.from_dict(missing_modes_item_data)

            missing_modes.append(missing_modes_item)

        setup_completeness = cls(
            missing_connections=missing_connections,
            missing_questions=missing_questions,
            missing_tables=missing_tables,
            missing_modes=missing_modes,
        )

        setup_completeness.additional_properties = d
        return setup_completeness

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


from ..models.setup_missing_item import SetupMissingItem
