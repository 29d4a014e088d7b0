from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_in_type import JournalInType
from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalIn")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        journal_type = self.journal_type.value

        counterpart_account: None | str | Unset
        if isinstance(self.counterpart_account, Unset):
            counterpart_account = UNSET
        else:
            counterpart_account = self.counterpart_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "journal_type": journal_type,
            }
        )
        if counterpart_account is not UNSET:
            field_dict["counterpart_account"] = counterpart_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("code: expected str, got " + type(_v).__name__)
        code = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        journal_type = JournalInType(d.pop("journal_type"))

        def _parse_counterpart_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counterpart_account = _parse_counterpart_account(d.pop("counterpart_account", UNSET))

        journal_in = cls(
            code=code,
            name=name,
            journal_type=journal_type,
            counterpart_account=counterpart_account,
        )

        journal_in.additional_properties = d
        return journal_in

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
