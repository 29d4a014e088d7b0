from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConsumerSyncItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "syncid",
        "integrationids",
        "country",
        "link_metadata",
    }
)


@_attrs_define
class CreateConsumerSyncItem:
    """
    Attributes:
        syncid (UUID):
        integrationids (list[str] | None | Unset):
        country (None | str | Unset):
        link_metadata (CreateConsumerSyncItemLinkMetadataType0 | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    syncid: UUID
    integrationids: list[str] | None | Unset = UNSET
    country: None | str | Unset = UNSET
    link_metadata: CreateConsumerSyncItemLinkMetadataType0 | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.syncid is None or isinstance(self.syncid, Unset):
            syncid = self.syncid
        else:
            syncid = str(self.syncid)

        integrationids: list[str] | None | Unset
        if isinstance(self.integrationids, Unset):
            integrationids = UNSET
        elif isinstance(self.integrationids, list):
            integrationids = self.integrationids

        else:
            integrationids = self.integrationids

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        link_metadata: dict[str, Any] | None | Unset
        if isinstance(self.link_metadata, Unset):
            link_metadata = UNSET
        elif isinstance(self.link_metadata, CreateConsumerSyncItemLinkMetadataType0):
            link_metadata = self.link_metadata.to_dict()
        else:
            link_metadata = self.link_metadata

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "syncid": syncid,
            }
        )
        if integrationids is not UNSET:
            field_dict["integrationids"] = integrationids
        if country is not UNSET:
            field_dict["country"] = country
        if link_metadata is not UNSET:
            field_dict["link_metadata"] = link_metadata
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
        _lazy = not _m.strict and cls is CreateConsumerSyncItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["syncid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            syncid, _raw = _decoding.missing(_path, "syncid", "UUID", _raw)
        else:
            try:
                syncid = UUID(_v)

            except Exception as _e:
                syncid, _raw = _decoding.failed(_v, _e, _path, "syncid", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["integrationids"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_integrationids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    integrationids_type_0 = cast(list[str], data)

                    return integrationids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            integrationids = _parse_integrationids(_v)

        except Exception as _e:
            _decoding.leave(_t)
            integrationids, _raw = _decoding.failed(_v, _e, _path, "integrationids", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["country"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            country = _parse_country(_v)

        except Exception as _e:
            _decoding.leave(_t)
            country, _raw = _decoding.failed(_v, _e, _path, "country", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if country is _v and (_v.__class__ is list or _v.__class__ is dict):
                country, _raw = _decoding.failed(_v, None, _path, "country", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["link_metadata"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                link_metadata = _v
                _pending |= 1
            else:
                link_metadata = _CreateConsumerSyncItemLinkMetadataType0_from_dict(
                    _v, _path + "link_metadata."
                )
        elif _v is None:
            link_metadata = None
        elif _v is UNSET:
            link_metadata = UNSET
        else:
            link_metadata, _raw = _decoding.as_model(
                _v, CreateConsumerSyncItemLinkMetadataType0, _path, "link_metadata", _raw
            )

        if cls is CreateConsumerSyncItem:
            _obj = _new(cls)
            _obj.syncid = syncid
            _obj.integrationids = integrationids
            _obj.country = country
            _set_link_metadata(_obj, link_metadata)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                syncid,
                integrationids,
                country,
                link_metadata,
            )

        if not _KNOWN_KEYS.issuperset(_src):
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


from ..models.create_consumer_sync_item_link_metadata_type_0 import CreateConsumerSyncItemLinkMetadataType0

_CreateConsumerSyncItemLinkMetadataType0_from_dict = CreateConsumerSyncItemLinkMetadataType0.from_dict

_set_link_metadata = _decoding.lazy(
    CreateConsumerSyncItem,
    "link_metadata",
    "link_metadata",
    1,
    CreateConsumerSyncItemLinkMetadataType0.from_dict,
    False,
)
