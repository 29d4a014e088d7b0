"""Typed methods of the `company` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.company import query_companies as _query_companies
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class CompanyApi:
    """The `company` operations of one scope: `await scope.company.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_companies(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_companies._Success:
        """`GET /companies`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_companies._Success",
            await self._scope._invoke(
                _query_companies,
                "company.query_companies",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
