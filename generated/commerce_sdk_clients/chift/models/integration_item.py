from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.api import Api
from ..models.integation_status import IntegationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "integrationid",
        "name",
        "status",
        "api",
        "logo_url",
        "icon_url",
        "description",
        "post_connections",
        "operations_coverage",
        "credentials",
        "supported_countries",
        "local_agent",
    }
)


@_attrs_define
class IntegrationItem:
    """
    Attributes:
        integrationid (int):
        name (str):
        status (IntegationStatus):
        api (Api):
        logo_url (str):
        icon_url (str):
        description (None | str | Unset):
        post_connections (list[IntegrationsPostConnectionItem] | None | Unset):
        operations_coverage (list[CoverageItem] | None | Unset):
        credentials (list[IntegrationsCredentialItem] | None | Unset):
        supported_countries (list[str] | None | Unset):
        local_agent (bool | Unset):  Default: False.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    integrationid: int
    name: str
    status: IntegationStatus
    api: Api
    logo_url: str
    icon_url: str
    description: None | str | Unset = UNSET
    post_connections: list[IntegrationsPostConnectionItem] | None | Unset = UNSET
    operations_coverage: list[CoverageItem] | None | Unset = UNSET
    credentials: list[IntegrationsCredentialItem] | None | Unset = UNSET
    supported_countries: list[str] | None | Unset = UNSET
    local_agent: bool | Unset = False
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        integrationid = self.integrationid

        name = self.name

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        if self.api is None or isinstance(self.api, Unset):
            api = self.api
        else:
            api = self.api.value

        logo_url = self.logo_url

        icon_url = self.icon_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        post_connections: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_connections, Unset):
            post_connections = UNSET
        elif isinstance(self.post_connections, list):
            post_connections = []
            for post_connections_type_0_item_data in self.post_connections:
                post_connections_type_0_item = post_connections_type_0_item_data.to_dict()
                post_connections.append(post_connections_type_0_item)

        else:
            post_connections = self.post_connections

        operations_coverage: list[dict[str, Any]] | None | Unset
        if isinstance(self.operations_coverage, Unset):
            operations_coverage = UNSET
        elif isinstance(self.operations_coverage, list):
            operations_coverage = []
            for operations_coverage_type_0_item_data in self.operations_coverage:
                operations_coverage_type_0_item = operations_coverage_type_0_item_data.to_dict()
                operations_coverage.append(operations_coverage_type_0_item)

        else:
            operations_coverage = self.operations_coverage

        credentials: list[dict[str, Any]] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, list):
            credentials = []
            for credentials_type_0_item_data in self.credentials:
                credentials_type_0_item = credentials_type_0_item_data.to_dict()
                credentials.append(credentials_type_0_item)

        else:
            credentials = self.credentials

        supported_countries: list[str] | None | Unset
        if isinstance(self.supported_countries, Unset):
            supported_countries = UNSET
        elif isinstance(self.supported_countries, list):
            supported_countries = self.supported_countries

        else:
            supported_countries = self.supported_countries

        local_agent = self.local_agent

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "integrationid": integrationid,
                "name": name,
                "status": status,
                "api": api,
                "logo_url": logo_url,
                "icon_url": icon_url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if post_connections is not UNSET:
            field_dict["post_connections"] = post_connections
        if operations_coverage is not UNSET:
            field_dict["operations_coverage"] = operations_coverage
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if supported_countries is not UNSET:
            field_dict["supported_countries"] = supported_countries
        if local_agent is not UNSET:
            field_dict["local_agent"] = local_agent
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
        _lazy = not _m.strict and cls is IntegrationItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            integrationid = _src["integrationid"]
        except KeyError:
            integrationid = UNSET
        if integrationid.__class__ is not int:
            integrationid, _raw = _decoding.scalar(integrationid, "int", _path, "integrationid", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "IntegationStatus", _raw)
        else:
            try:
                status = IntegationStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "IntegationStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["api"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            api, _raw = _decoding.missing(_path, "api", "Api", _raw)
        else:
            try:
                api = Api(_v)

            except Exception as _e:
                api, _raw = _decoding.failed(_v, _e, _path, "api", "Api", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            logo_url = _src["logo_url"]
        except KeyError:
            logo_url = UNSET
        if logo_url.__class__ is not str:
            logo_url, _raw = _decoding.scalar(logo_url, "str", _path, "logo_url", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            icon_url = _src["icon_url"]
        except KeyError:
            icon_url = UNSET
        if icon_url.__class__ is not str:
            icon_url, _raw = _decoding.scalar(icon_url, "str", _path, "icon_url", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["post_connections"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "post_connections", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            post_connections = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                post_connections = _v
                _pending |= 1
            else:
                post_connections = []
                _at = _path + "post_connections[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        post_connections.append(_IntegrationsPostConnectionItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, IntegrationsPostConnectionItem, _path, "post_connections", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["operations_coverage"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "operations_coverage", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            operations_coverage = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                operations_coverage = _v
                _pending |= 2
            else:
                operations_coverage = []
                _at = _path + "operations_coverage[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        operations_coverage.append(_CoverageItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CoverageItem, _path, "operations_coverage", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["credentials"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "credentials", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            credentials = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                credentials = _v
                _pending |= 4
            else:
                credentials = []
                _at = _path + "credentials[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        credentials.append(_IntegrationsCredentialItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, IntegrationsCredentialItem, _path, "credentials", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["supported_countries"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_supported_countries(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_countries_type_0 = cast(list[str], data)

                    return supported_countries_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            supported_countries = _parse_supported_countries(_v)

        except Exception as _e:
            _decoding.leave(_t)
            supported_countries, _raw = _decoding.failed(
                _v, _e, _path, "supported_countries", "list[str] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            local_agent = _src["local_agent"]
        except KeyError:
            local_agent = UNSET
        if local_agent.__class__ is not bool and local_agent is not UNSET:
            local_agent, _raw = _decoding.scalar(local_agent, "bool", _path, "local_agent", _raw)

        if cls is IntegrationItem:
            _obj = _new(cls)
            _obj.integrationid = integrationid
            _obj.name = name
            _obj.status = status
            _obj.api = api
            _obj.logo_url = logo_url
            _obj.icon_url = icon_url
            _obj.description = description
            _set_post_connections(_obj, post_connections)
            _set_operations_coverage(_obj, operations_coverage)
            _set_credentials(_obj, credentials)
            _obj.supported_countries = supported_countries
            _obj.local_agent = local_agent
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                integrationid,
                name,
                status,
                api,
                logo_url,
                icon_url,
                description,
                post_connections,
                operations_coverage,
                credentials,
                supported_countries,
                local_agent,
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


from ..models.coverage_item import CoverageItem
from ..models.integrations_credential_item import IntegrationsCredentialItem
from ..models.integrations_post_connection_item import IntegrationsPostConnectionItem

_CoverageItem_from_dict = CoverageItem.from_dict
_IntegrationsCredentialItem_from_dict = IntegrationsCredentialItem.from_dict
_IntegrationsPostConnectionItem_from_dict = IntegrationsPostConnectionItem.from_dict

_set_post_connections = _decoding.lazy(
    IntegrationItem, "post_connections", "post_connections", 1, IntegrationsPostConnectionItem.from_dict, True
)
_set_operations_coverage = _decoding.lazy(
    IntegrationItem, "operations_coverage", "operations_coverage", 2, CoverageItem.from_dict, True
)
_set_credentials = _decoding.lazy(
    IntegrationItem, "credentials", "credentials", 4, IntegrationsCredentialItem.from_dict, True
)
