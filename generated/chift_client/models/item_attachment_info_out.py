from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_attachment_info_status import ItemAttachmentInfoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemAttachmentInfoOut")


@_attrs_define
class ItemAttachmentInfoOut:
    """
    Attributes:
        status (ItemAttachmentInfoStatus):
        attachments (list[ItemAttachmentInfoAttachment] | None | Unset):
    """

    status: ItemAttachmentInfoStatus
    attachments: list[ItemAttachmentInfoAttachment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ItemAttachmentInfoStatus(d.pop("status"))

        def _parse_attachments(data: object) -> list[ItemAttachmentInfoAttachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = ItemAttachmentInfoAttachment.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ItemAttachmentInfoAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        item_attachment_info_out = cls(
            status=status,
            attachments=attachments,
        )

        item_attachment_info_out.additional_properties = d
        return item_attachment_info_out

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


from ..models.item_attachment_info_attachment import ItemAttachmentInfoAttachment
