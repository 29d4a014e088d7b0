from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="CreateAgenticSyncItem")


@_attrs_define
class CreateAgenticSyncItem:
    """
    Attributes:
        module (str):
    """

    module: str

    def to_dict(self) -> dict[str, Any]:
        module = self.module

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "module": module,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("module", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("module: expected str, got " + type(_v).__name__)
        module = _v

        create_agentic_sync_item = cls(
            module=module,
        )

        return create_agentic_sync_item
