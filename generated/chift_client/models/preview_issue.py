from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewIssue")


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

    kind: str
    code: str
    message: str
    cause: PreviewIssueCause
    source_ids: list[str]
    table_key: None | str | Unset = UNSET
    table_title: None | str | Unset = UNSET
    source_keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        code = self.code

        message = self.message

        cause = self.cause.to_dict()

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("kind", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("kind: expected str, got " + type(_v).__name__)
        kind = _v

        _v = d.pop("code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("code: expected str, got " + type(_v).__name__)
        code = _v

        _v = d.pop("message", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("message: expected str, got " + type(_v).__name__)
        message = _v

        cause = PreviewIssueCause.from_dict(d.pop("cause"))

        _v = d.pop("source_ids", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("source_ids: expected list, got " + type(_v).__name__)
        source_ids = cast(list[str], _v)

        def _parse_table_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_key = _parse_table_key(d.pop("table_key", UNSET))

        def _parse_table_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_title = _parse_table_title(d.pop("table_title", UNSET))

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

        source_keys = _parse_source_keys(d.pop("source_keys", UNSET))

        preview_issue = cls(
            kind=kind,
            code=code,
            message=message,
            cause=cause,
            source_ids=source_ids,
            table_key=table_key,
            table_title=table_title,
            source_keys=source_keys,
        )

        preview_issue.additional_properties = d
        return preview_issue

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
