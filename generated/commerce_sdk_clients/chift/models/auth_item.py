from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "clientId",
        "clientSecret",
        "accountId",
        "marketplaceId",
    }
)


@_attrs_define
class AuthItem:
    """
    Attributes:
        client_id (str):
        client_secret (str):
        account_id (UUID):
        marketplace_id (None | Unset | UUID):
    """

    client_id: str
    client_secret: str
    account_id: UUID
    marketplace_id: None | Unset | UUID = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        if self.account_id is None or isinstance(self.account_id, Unset):
            account_id = self.account_id
        else:
            account_id = str(self.account_id)

        marketplace_id: None | str | Unset
        if isinstance(self.marketplace_id, Unset):
            marketplace_id = UNSET
        elif isinstance(self.marketplace_id, UUID):
            marketplace_id = str(self.marketplace_id)
        else:
            marketplace_id = self.marketplace_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
                "accountId": account_id,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            client_id = _src["clientId"]
        except KeyError:
            client_id = UNSET
        if client_id.__class__ is not str:
            client_id, _raw = _decoding.scalar(client_id, "str", _path, "clientId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            client_secret = _src["clientSecret"]
        except KeyError:
            client_secret = UNSET
        if client_secret.__class__ is not str:
            client_secret, _raw = _decoding.scalar(client_secret, "str", _path, "clientSecret", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accountId"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            account_id, _raw = _decoding.missing(_path, "accountId", "UUID", _raw)
        else:
            try:
                account_id = UUID(_v)

            except Exception as _e:
                account_id, _raw = _decoding.failed(_v, _e, _path, "accountId", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["marketplaceId"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_marketplace_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    marketplace_id_type_0 = UUID(data)

                    return marketplace_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            marketplace_id = _parse_marketplace_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            marketplace_id, _raw = _decoding.failed(_v, _e, _path, "marketplaceId", "None | UUID", _raw)
        else:
            _decoding.leave(_t)
            if marketplace_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                marketplace_id, _raw = _decoding.failed(_v, None, _path, "marketplaceId", "None | UUID", _raw)

        if cls is AuthItem:
            _obj = _new(cls)
            _obj.client_id = client_id
            _obj.client_secret = client_secret
            _obj.account_id = account_id
            _obj.marketplace_id = marketplace_id
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                client_id,
                client_secret,
                account_id,
                marketplace_id,
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
