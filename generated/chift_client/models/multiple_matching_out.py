from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultipleMatchingOut")


@_attrs_define
class MultipleMatchingOut:
    """
    Attributes:
        processed (bool):
        matching_number (None | str | Unset):
        error_msg (MultipleMatchingOutErrorMsgType0 | None | Unset):
    """

    processed: bool
    matching_number: None | str | Unset = UNSET
    error_msg: MultipleMatchingOutErrorMsgType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        matching_number: None | str | Unset
        if isinstance(self.matching_number, Unset):
            matching_number = UNSET
        else:
            matching_number = self.matching_number

        error_msg: dict[str, Any] | None | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        elif isinstance(self.error_msg, MultipleMatchingOutErrorMsgType0):
            error_msg = self.error_msg.to_dict()
        else:
            error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processed": processed,
            }
        )
        if matching_number is not UNSET:
            field_dict["matching_number"] = matching_number
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("processed", UNSET)
        if type(_v) is not bool:
            raise TypeError("processed: expected bool, got " + type(_v).__name__)
        processed = _v

        def _parse_matching_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matching_number = _parse_matching_number(d.pop("matching_number", UNSET))

        def _parse_error_msg(data: object) -> MultipleMatchingOutErrorMsgType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_msg_type_0 = MultipleMatchingOutErrorMsgType0.from_dict(data)

                return error_msg_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultipleMatchingOutErrorMsgType0 | None | Unset, data)

        error_msg = _parse_error_msg(d.pop("error_msg", UNSET))

        multiple_matching_out = cls(
            processed=processed,
            matching_number=matching_number,
            error_msg=error_msg,
        )

        multiple_matching_out.additional_properties = d
        return multiple_matching_out

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


from ..models.multiple_matching_out_error_msg_type_0 import MultipleMatchingOutErrorMsgType0
