"""Typed methods of the `customer_group` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.customer_group import create_customer_group as _create_customer_group
from ..api.customer_group import delete_customer_group as _delete_customer_group
from ..api.customer_group import get_customer_group as _get_customer_group
from ..api.customer_group import query_customer_groups as _query_customer_groups
from ..api.customer_group import update_customer_group as _update_customer_group
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.create_customer_group import CreateCustomerGroup
    from ..models.update_customer_group import UpdateCustomerGroup
    from ..types import Unset


class CustomerGroupApi:
    """The `customer_group` operations of one scope: `await scope.customer_group.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def create_customer_group(
        self,
        *,
        body: CreateCustomerGroup,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_customer_group._Success:
        """`POST /customerGroups`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_customer_group._Success",
            await self._scope._invoke(
                _create_customer_group,
                "customer_group.create_customer_group",
                options,
                {"body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def delete_customer_group(
        self,
        *,
        customergroup_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_customer_group._Success:
        """`DELETE /customerGroups/{customergroupId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_customer_group._Success",
            await self._scope._invoke(
                _delete_customer_group,
                "customer_group.delete_customer_group",
                options,
                {"customergroup_id": customergroup_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def get_customer_group(
        self,
        *,
        customergroup_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_customer_group._Success:
        """`GET /customerGroups/{customergroupId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_customer_group._Success",
            await self._scope._invoke(
                _get_customer_group,
                "customer_group.get_customer_group",
                options,
                {"customergroup_id": customergroup_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_customer_groups(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_groups._Success:
        """`GET /customerGroups`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_customer_groups._Success",
            await self._scope._invoke(
                _query_customer_groups,
                "customer_group.query_customer_groups",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_customer_group(
        self,
        *,
        customergroup_id: int,
        body: UpdateCustomerGroup,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_customer_group._Success:
        """`PATCH /customerGroups/{customergroupId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_customer_group._Success",
            await self._scope._invoke(
                _update_customer_group,
                "customer_group.update_customer_group",
                options,
                {
                    "customergroup_id": customergroup_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
