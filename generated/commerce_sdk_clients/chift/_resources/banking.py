"""Typed methods of the `banking` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.banking import banking_get_account_counterparts as _banking_get_account_counterparts
from ..api.banking import banking_get_account_transactions as _banking_get_account_transactions
from ..api.banking import banking_get_accounts as _banking_get_accounts
from ..api.banking import banking_get_attachments as _banking_get_attachments
from ..api.banking import banking_get_financial_institutions as _banking_get_financial_institutions
from ..api.banking import banking_get_opening_balance as _banking_get_opening_balance
from ..models.transaction_filter_date_type import TransactionFilterDateType
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.attachment_item_out import AttachmentItemOut
    from ..models.banking_account_item import BankingAccountItem
    from ..models.banking_counter_part_item import BankingCounterPartItem
    from ..models.banking_financial_institution_item import BankingFinancialInstitutionItem
    from ..models.banking_transaction_item import BankingTransactionItem
    from ..types import Unset


class BankingGetAccountCounterpartsOperation:
    """`GET /consumers/{consumer_id}/banking/counterparts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        account_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _banking_get_account_counterparts._Success:
        return cast(
            "_banking_get_account_counterparts._Success",
            await self._scope._invoke(
                _banking_get_account_counterparts,
                "banking.banking_get_account_counterparts",
                options,
                {
                    "page": page,
                    "size": size,
                    "account_id": account_id,
                    "date_from": date_from,
                    "date_to": date_to,
                },
            ),
        )

    def pages(
        self,
        *,
        account_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[BankingCounterPartItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[BankingCounterPartItem]]",
            self._scope._pages(
                _banking_get_account_counterparts,
                "banking.banking_get_account_counterparts",
                options,
                {"account_id": account_id, "date_from": date_from, "date_to": date_to},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        account_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[BankingCounterPartItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[BankingCounterPartItem]",
            self._scope._items(
                self._scope._pages(
                    _banking_get_account_counterparts,
                    "banking.banking_get_account_counterparts",
                    options,
                    {"account_id": account_id, "date_from": date_from, "date_to": date_to},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class BankingGetAccountTransactionsOperation:
    """`GET /consumers/{consumer_id}/banking/transactions`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        account_id: str,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        date_type: None | TransactionFilterDateType | Unset = TransactionFilterDateType.VALUE_DATE,
        updated_after: datetime.date | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _banking_get_account_transactions._Success:
        return cast(
            "_banking_get_account_transactions._Success",
            await self._scope._invoke(
                _banking_get_account_transactions,
                "banking.banking_get_account_transactions",
                options,
                {
                    "page": page,
                    "size": size,
                    "account_id": account_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "date_type": date_type,
                    "updated_after": updated_after,
                },
            ),
        )

    def pages(
        self,
        *,
        account_id: str,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        date_type: None | TransactionFilterDateType | Unset = TransactionFilterDateType.VALUE_DATE,
        updated_after: datetime.date | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[BankingTransactionItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[BankingTransactionItem]]",
            self._scope._pages(
                _banking_get_account_transactions,
                "banking.banking_get_account_transactions",
                options,
                {
                    "account_id": account_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "date_type": date_type,
                    "updated_after": updated_after,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        account_id: str,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        date_type: None | TransactionFilterDateType | Unset = TransactionFilterDateType.VALUE_DATE,
        updated_after: datetime.date | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[BankingTransactionItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[BankingTransactionItem]",
            self._scope._items(
                self._scope._pages(
                    _banking_get_account_transactions,
                    "banking.banking_get_account_transactions",
                    options,
                    {
                        "account_id": account_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "date_type": date_type,
                        "updated_after": updated_after,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class BankingGetAccountsOperation:
    """`GET /consumers/{consumer_id}/banking/accounts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _banking_get_accounts._Success:
        return cast(
            "_banking_get_accounts._Success",
            await self._scope._invoke(
                _banking_get_accounts, "banking.banking_get_accounts", options, {"page": page, "size": size}
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[BankingAccountItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[BankingAccountItem]]",
            self._scope._pages(
                _banking_get_accounts,
                "banking.banking_get_accounts",
                options,
                {},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[BankingAccountItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[BankingAccountItem]",
            self._scope._items(
                self._scope._pages(
                    _banking_get_accounts,
                    "banking.banking_get_accounts",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class BankingGetAttachmentsOperation:
    """`GET /consumers/{consumer_id}/banking/attachments`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        transaction_id: str,
        options: RequestOptions | None = None,
    ) -> _banking_get_attachments._Success:
        return cast(
            "_banking_get_attachments._Success",
            await self._scope._invoke(
                _banking_get_attachments,
                "banking.banking_get_attachments",
                options,
                {"page": page, "size": size, "transaction_id": transaction_id},
            ),
        )

    def pages(
        self,
        *,
        transaction_id: str,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AttachmentItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AttachmentItemOut]]",
            self._scope._pages(
                _banking_get_attachments,
                "banking.banking_get_attachments",
                options,
                {"transaction_id": transaction_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        transaction_id: str,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AttachmentItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AttachmentItemOut]",
            self._scope._items(
                self._scope._pages(
                    _banking_get_attachments,
                    "banking.banking_get_attachments",
                    options,
                    {"transaction_id": transaction_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class BankingGetFinancialInstitutionsOperation:
    """`GET /consumers/{consumer_id}/banking/financial-institutions`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _banking_get_financial_institutions._Success:
        return cast(
            "_banking_get_financial_institutions._Success",
            await self._scope._invoke(
                _banking_get_financial_institutions,
                "banking.banking_get_financial_institutions",
                options,
                {"page": page, "size": size},
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[BankingFinancialInstitutionItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[BankingFinancialInstitutionItem]]",
            self._scope._pages(
                _banking_get_financial_institutions,
                "banking.banking_get_financial_institutions",
                options,
                {},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[BankingFinancialInstitutionItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[BankingFinancialInstitutionItem]",
            self._scope._items(
                self._scope._pages(
                    _banking_get_financial_institutions,
                    "banking.banking_get_financial_institutions",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class BankingApi:
    """The `banking` operations of one scope: `await scope.banking.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "banking_get_account_counterparts",
        "banking_get_account_transactions",
        "banking_get_accounts",
        "banking_get_attachments",
        "banking_get_financial_institutions",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.banking_get_account_counterparts = BankingGetAccountCounterpartsOperation(scope)
        self.banking_get_account_transactions = BankingGetAccountTransactionsOperation(scope)
        self.banking_get_accounts = BankingGetAccountsOperation(scope)
        self.banking_get_attachments = BankingGetAttachmentsOperation(scope)
        self.banking_get_financial_institutions = BankingGetFinancialInstitutionsOperation(scope)

    async def banking_get_opening_balance(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        account_id: str,
        date: datetime.date,
        options: RequestOptions | None = None,
    ) -> _banking_get_opening_balance._Success:
        """`GET /consumers/{consumer_id}/banking/opening-balance`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_banking_get_opening_balance._Success",
            await self._scope._invoke(
                _banking_get_opening_balance,
                "banking.banking_get_opening_balance",
                options,
                {"page": page, "size": size, "account_id": account_id, "date": date},
            ),
        )
