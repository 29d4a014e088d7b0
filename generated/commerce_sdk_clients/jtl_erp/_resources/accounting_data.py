"""Typed methods of the `accounting_data` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.accounting_data import query_accounting_data as _query_accounting_data
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.accounting_data import AccountingData
    from ..models.query_accounting_data_type import QueryAccountingDataType
    from ..types import Unset


class QueryAccountingDataOperation:
    """`GET /accountingData`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        company_id: int | Unset = UNSET,
        type_: QueryAccountingDataType | Unset = UNSET,
        export_currency_in_departure_country: bool | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_accounting_data._Success:
        return cast(
            "_query_accounting_data._Success",
            await self._scope._invoke(
                _query_accounting_data,
                "accounting_data.query_accounting_data",
                options,
                {
                    "from_": from_,
                    "to": to,
                    "company_id": company_id,
                    "type_": type_,
                    "export_currency_in_departure_country": export_currency_in_departure_country,
                    "page_number": page_number,
                    "page_size": page_size,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    def pages(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        company_id: int | Unset = UNSET,
        type_: QueryAccountingDataType | Unset = UNSET,
        export_currency_in_departure_country: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AccountingData]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountingData]]",
            self._scope._pages(
                _query_accounting_data,
                "accounting_data.query_accounting_data",
                options,
                {
                    "from_": from_,
                    "to": to,
                    "company_id": company_id,
                    "type_": type_,
                    "export_currency_in_departure_country": export_currency_in_departure_country,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        company_id: int | Unset = UNSET,
        type_: QueryAccountingDataType | Unset = UNSET,
        export_currency_in_departure_country: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountingData]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountingData]",
            self._scope._items(
                self._scope._pages(
                    _query_accounting_data,
                    "accounting_data.query_accounting_data",
                    options,
                    {
                        "from_": from_,
                        "to": to,
                        "company_id": company_id,
                        "type_": type_,
                        "export_currency_in_departure_country": export_currency_in_departure_country,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingDataApi:
    """The `accounting_data` operations of one scope: `await scope.accounting_data.<operation>(...)`."""

    __slots__ = ("_scope", "query_accounting_data")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_accounting_data = QueryAccountingDataOperation(scope)
