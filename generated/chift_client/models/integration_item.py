from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api import Api
from ..models.integation_status import IntegationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationItem")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integrationid = self.integrationid

        name = self.name

        status = self.status.value

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("integrationid", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("integrationid: expected int, got " + type(_v).__name__)
        integrationid = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        status = IntegationStatus(d.pop("status"))

        api = Api(d.pop("api"))

        _v = d.pop("logo_url", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("logo_url: expected str, got " + type(_v).__name__)
        logo_url = _v

        _v = d.pop("icon_url", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("icon_url: expected str, got " + type(_v).__name__)
        icon_url = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_post_connections(data: object) -> list[IntegrationsPostConnectionItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_connections_type_0 = []
                _post_connections_type_0 = data
                for post_connections_type_0_item_data in _post_connections_type_0:
                    post_connections_type_0_item = IntegrationsPostConnectionItem.from_dict(
                        post_connections_type_0_item_data
                    )

                    post_connections_type_0.append(post_connections_type_0_item)

                return post_connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IntegrationsPostConnectionItem] | None | Unset, data)

        post_connections = _parse_post_connections(d.pop("post_connections", UNSET))

        def _parse_operations_coverage(data: object) -> list[CoverageItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                operations_coverage_type_0 = []
                _operations_coverage_type_0 = data
                for operations_coverage_type_0_item_data in _operations_coverage_type_0:
                    operations_coverage_type_0_item = CoverageItem.from_dict(
                        operations_coverage_type_0_item_data
                    )

                    operations_coverage_type_0.append(operations_coverage_type_0_item)

                return operations_coverage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CoverageItem] | None | Unset, data)

        operations_coverage = _parse_operations_coverage(d.pop("operations_coverage", UNSET))

        def _parse_credentials(data: object) -> list[IntegrationsCredentialItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                credentials_type_0 = []
                _credentials_type_0 = data
                for credentials_type_0_item_data in _credentials_type_0:
                    credentials_type_0_item = IntegrationsCredentialItem.from_dict(
                        credentials_type_0_item_data
                    )

                    credentials_type_0.append(credentials_type_0_item)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IntegrationsCredentialItem] | None | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

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

        supported_countries = _parse_supported_countries(d.pop("supported_countries", UNSET))

        _v = d.pop("local_agent", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("local_agent: expected bool, got " + type(_v).__name__)
        local_agent = _v

        integration_item = cls(
            integrationid=integrationid,
            name=name,
            status=status,
            api=api,
            logo_url=logo_url,
            icon_url=icon_url,
            description=description,
            post_connections=post_connections,
            operations_coverage=operations_coverage,
            credentials=credentials,
            supported_countries=supported_countries,
            local_agent=local_agent,
        )

        integration_item.additional_properties = d
        return integration_item

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
