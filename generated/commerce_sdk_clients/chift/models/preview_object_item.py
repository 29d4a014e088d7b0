from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewObjectItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "synthetic_id",
        "kind",
        "kind_title",
        "capability",
        "capability_title",
        "source_id",
        "summary",
        "links",
        "payload",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    synthetic_id: str
    kind: str
    kind_title: str
    capability: str
    capability_title: str
    source_id: None | str
    summary: PreviewSummary
    links: list[PreviewLink]
    payload: PreviewObjectItemPayload
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        synthetic_id = self.synthetic_id

        kind = self.kind

        kind_title = self.kind_title

        capability = self.capability

        capability_title = self.capability_title

        if self.source_id is None or isinstance(self.source_id, Unset):
            source_id = self.source_id
        else:
            source_id: None | str
            source_id = self.source_id

        if self.summary is None or isinstance(self.summary, Unset):
            summary = self.summary
        else:
            summary = self.summary.to_dict()

        if self.links is None or isinstance(self.links, Unset):
            links = self.links
        else:
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        if self.payload is None or isinstance(self.payload, Unset):
            payload = self.payload
        else:
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is PreviewObjectItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            synthetic_id = _src["synthetic_id"]
        except KeyError:
            synthetic_id = UNSET
        if synthetic_id.__class__ is not str:
            synthetic_id, _raw = _decoding.scalar(synthetic_id, "str", _path, "synthetic_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            kind = _src["kind"]
        except KeyError:
            kind = UNSET
        if kind.__class__ is not str:
            kind, _raw = _decoding.scalar(kind, "str", _path, "kind", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            kind_title = _src["kind_title"]
        except KeyError:
            kind_title = UNSET
        if kind_title.__class__ is not str:
            kind_title, _raw = _decoding.scalar(kind_title, "str", _path, "kind_title", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            capability = _src["capability"]
        except KeyError:
            capability = UNSET
        if capability.__class__ is not str:
            capability, _raw = _decoding.scalar(capability, "str", _path, "capability", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            capability_title = _src["capability_title"]
        except KeyError:
            capability_title = UNSET
        if capability_title.__class__ is not str:
            capability_title, _raw = _decoding.scalar(
                capability_title, "str", _path, "capability_title", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            source_id, _raw = _decoding.missing(_path, "source_id", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_source_id(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                source_id = _parse_source_id(_v)

            except Exception as _e:
                _decoding.leave(_t)
                source_id, _raw = _decoding.failed(_v, _e, _path, "source_id", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if source_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                    source_id, _raw = _decoding.failed(_v, None, _path, "source_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["summary"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                summary = _v
                _pending |= 1
            else:
                summary = _PreviewSummary_from_dict(_v, _path + "summary.")
        else:
            summary, _raw = _decoding.as_model(_v, PreviewSummary, _path, "summary", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["links"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "links", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            links = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                links = _v
                _pending |= 2
            else:
                links = []
                _at = _path + "links[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        links.append(_PreviewLink_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PreviewLink, _path, "links", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payload"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                payload = _v
                _pending |= 4
            else:
                payload = _PreviewObjectItemPayload_from_dict(_v, _path + "payload.")
        else:
            payload, _raw = _decoding.as_model(_v, PreviewObjectItemPayload, _path, "payload", _raw)

        if cls is PreviewObjectItem:
            _obj = _new(cls)
            _obj.synthetic_id = synthetic_id
            _obj.kind = kind
            _obj.kind_title = kind_title
            _obj.capability = capability
            _obj.capability_title = capability_title
            _obj.source_id = source_id
            _set_summary(_obj, summary)
            _set_links(_obj, links)
            _set_payload(_obj, payload)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                synthetic_id,
                kind,
                kind_title,
                capability,
                capability_title,
                source_id,
                summary,
                links,
                payload,
            )

        if len(_src) != 9 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.preview_link import PreviewLink
from ..models.preview_object_item_payload import PreviewObjectItemPayload
from ..models.preview_summary import PreviewSummary

_PreviewLink_from_dict = PreviewLink.from_dict
_PreviewObjectItemPayload_from_dict = PreviewObjectItemPayload.from_dict
_PreviewSummary_from_dict = PreviewSummary.from_dict

_set_summary = _decoding.lazy(PreviewObjectItem, "summary", "summary", 1, PreviewSummary.from_dict, False)
_set_links = _decoding.lazy(PreviewObjectItem, "links", "links", 2, PreviewLink.from_dict, True)
_set_payload = _decoding.lazy(
    PreviewObjectItem, "payload", "payload", 4, PreviewObjectItemPayload.from_dict, False
)
