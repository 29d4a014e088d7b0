from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PreviewObjectItem")


@_attrs_define
class PreviewObjectItem:
    """
    Attributes:
        synthetic_id (str):
        kind (str):
        kind_title (str):
        capability (str):
        capability_title (str):
        source_id (None | str):
        summary (PreviewSummary):
        links (list[PreviewLink]):
        payload (PreviewObjectItemPayload):
    """

    synthetic_id: str
    kind: str
    kind_title: str
    capability: str
    capability_title: str
    source_id: None | str
    summary: PreviewSummary
    links: list[PreviewLink]
    payload: PreviewObjectItemPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        synthetic_id = self.synthetic_id

        kind = self.kind

        kind_title = self.kind_title

        capability = self.capability

        capability_title = self.capability_title

        source_id: None | str
        source_id = self.source_id

        summary = self.summary.to_dict()

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "synthetic_id": synthetic_id,
                "kind": kind,
                "kind_title": kind_title,
                "capability": capability,
                "capability_title": capability_title,
                "source_id": source_id,
                "summary": summary,
                "links": links,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("synthetic_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("synthetic_id: expected str, got " + type(_v).__name__)
        synthetic_id = _v

        _v = d.pop("kind", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("kind: expected str, got " + type(_v).__name__)
        kind = _v

        _v = d.pop("kind_title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("kind_title: expected str, got " + type(_v).__name__)
        kind_title = _v

        _v = d.pop("capability", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("capability: expected str, got " + type(_v).__name__)
        capability = _v

        _v = d.pop("capability_title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("capability_title: expected str, got " + type(_v).__name__)
        capability_title = _v

        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))

        summary = PreviewSummary.from_dict(d.pop("summary"))

        _v = d.pop("links", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("links: expected list, got " + type(_v).__name__)
        links = []
        _links = _v
        for links_item_data in _links:
            links_item = PreviewLink.from_dict(links_item_data)

            links.append(links_item)

        payload = PreviewObjectItemPayload.from_dict(d.pop("payload"))

        preview_object_item = cls(
            synthetic_id=synthetic_id,
            kind=kind,
            kind_title=kind_title,
            capability=capability,
            capability_title=capability_title,
            source_id=source_id,
            summary=summary,
            links=links,
            payload=payload,
        )

        preview_object_item.additional_properties = d
        return preview_object_item

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


from ..models.preview_link import PreviewLink
from ..models.preview_object_item_payload import PreviewObjectItemPayload
from ..models.preview_summary import PreviewSummary
