from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoicing_document_type import InvoicingDocumentType
from ..types import UNSET

T = TypeVar("T", bound="AttachmentItemIn")


@_attrs_define
class AttachmentItemIn:
    """
    Attributes:
        base64_string (str):
        document_type (InvoicingDocumentType):
    """

    base64_string: str
    document_type: InvoicingDocumentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base64_string = self.base64_string

        document_type = self.document_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base64_string": base64_string,
                "document_type": document_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("base64_string", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("base64_string: expected str, got " + type(_v).__name__)
        base64_string = _v

        document_type = InvoicingDocumentType(d.pop("document_type"))

        attachment_item_in = cls(
            base64_string=base64_string,
            document_type=document_type,
        )

        attachment_item_in.additional_properties = d
        return attachment_item_in

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
