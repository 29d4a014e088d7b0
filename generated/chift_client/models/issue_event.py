from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueEvent")


@_attrs_define
class IssueEvent:
    """
    Attributes:
        id (str):
        execution_id (str):
        created_on (datetime.datetime):
        context (IssueEventContextType0 | None | Unset):
        message (None | str | Unset):
    """

    id: str
    execution_id: str
    created_on: datetime.datetime
    context: IssueEventContextType0 | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        execution_id = self.execution_id

        created_on = self.created_on.isoformat()

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, IssueEventContextType0):
            context = self.context.to_dict()
        else:
            context = self.context

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "execution_id": execution_id,
                "created_on": created_on,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("execution_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("execution_id: expected str, got " + type(_v).__name__)
        execution_id = _v

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        def _parse_context(data: object) -> IssueEventContextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = IssueEventContextType0.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueEventContextType0 | None | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        issue_event = cls(
            id=id,
            execution_id=execution_id,
            created_on=created_on,
            context=context,
            message=message,
        )

        issue_event.additional_properties = d
        return issue_event

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


from ..models.issue_event_context_type_0 import IssueEventContextType0
