"""Every tag of `commerce_sdk_clients.chift` as a typed attribute of a scope (written by ./codegen.sh).

A tag's module is imported the first time the tag is touched.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from commerce_sdk._base_client import Scope

if TYPE_CHECKING:
    from ..client import AuthenticatedClient
    from .accounting import AccountingApi
    from .banking import BankingApi
    from .connections import ConnectionsApi
    from .connectors import ConnectorsApi
    from .consumers import ConsumersApi
    from .datalayer import DatalayerApi
    from .datastores import DatastoresApi
    from .e_commerce import ECommerceApi
    from .general import GeneralApi
    from .insights import InsightsApi
    from .integrations import IntegrationsApi
    from .invoicing import InvoicingApi
    from .issues import IssuesApi
    from .mcp import McpApi
    from .payment import PaymentApi
    from .point_of_sale import PointOfSaleApi
    from .property_management_system import PropertyManagementSystemApi
    from .spend_management import SpendManagementApi
    from .syncs import SyncsApi
    from .webhooks import WebhooksApi


class ApiScope(Scope):
    """A scope of `commerce_sdk_clients.chift` with one attribute per tag: `scope.<tag>.<operation>(...)`."""

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client over this scope's pipeline (error statuses raise typed errors).

        Typed as `AuthenticatedClient` so that every generated function accepts it; it is the
        package's `Client`, and the pipeline adds the credentials.
        """
        return cast("AuthenticatedClient", super().client)

    @cached_property
    def accounting(self) -> AccountingApi:
        from .accounting import AccountingApi

        return AccountingApi(self)

    @cached_property
    def banking(self) -> BankingApi:
        from .banking import BankingApi

        return BankingApi(self)

    @cached_property
    def connections(self) -> ConnectionsApi:
        from .connections import ConnectionsApi

        return ConnectionsApi(self)

    @cached_property
    def connectors(self) -> ConnectorsApi:
        from .connectors import ConnectorsApi

        return ConnectorsApi(self)

    @cached_property
    def consumers(self) -> ConsumersApi:
        from .consumers import ConsumersApi

        return ConsumersApi(self)

    @cached_property
    def datalayer(self) -> DatalayerApi:
        from .datalayer import DatalayerApi

        return DatalayerApi(self)

    @cached_property
    def datastores(self) -> DatastoresApi:
        from .datastores import DatastoresApi

        return DatastoresApi(self)

    @cached_property
    def e_commerce(self) -> ECommerceApi:
        from .e_commerce import ECommerceApi

        return ECommerceApi(self)

    @cached_property
    def general(self) -> GeneralApi:
        from .general import GeneralApi

        return GeneralApi(self)

    @cached_property
    def insights(self) -> InsightsApi:
        from .insights import InsightsApi

        return InsightsApi(self)

    @cached_property
    def integrations(self) -> IntegrationsApi:
        from .integrations import IntegrationsApi

        return IntegrationsApi(self)

    @cached_property
    def invoicing(self) -> InvoicingApi:
        from .invoicing import InvoicingApi

        return InvoicingApi(self)

    @cached_property
    def issues(self) -> IssuesApi:
        from .issues import IssuesApi

        return IssuesApi(self)

    @cached_property
    def mcp(self) -> McpApi:
        from .mcp import McpApi

        return McpApi(self)

    @cached_property
    def payment(self) -> PaymentApi:
        from .payment import PaymentApi

        return PaymentApi(self)

    @cached_property
    def point_of_sale(self) -> PointOfSaleApi:
        from .point_of_sale import PointOfSaleApi

        return PointOfSaleApi(self)

    @cached_property
    def property_management_system(self) -> PropertyManagementSystemApi:
        from .property_management_system import PropertyManagementSystemApi

        return PropertyManagementSystemApi(self)

    @cached_property
    def spend_management(self) -> SpendManagementApi:
        from .spend_management import SpendManagementApi

        return SpendManagementApi(self)

    @cached_property
    def syncs(self) -> SyncsApi:
        from .syncs import SyncsApi

        return SyncsApi(self)

    @cached_property
    def webhooks(self) -> WebhooksApi:
        from .webhooks import WebhooksApi

        return WebhooksApi(self)
