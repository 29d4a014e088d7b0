"""Typed methods of the `accounting` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.accounting import accounting_add_attachment as _accounting_add_attachment
from ..api.accounting import accounting_create_analytic_account as _accounting_create_analytic_account
from ..api.accounting import (
    accounting_create_analytic_account_multi_plans as _accounting_create_analytic_account_multi_plans,
)
from ..api.accounting import accounting_create_bank_account as _accounting_create_bank_account
from ..api.accounting import accounting_create_bank_transactions as _accounting_create_bank_transactions
from ..api.accounting import accounting_create_client as _accounting_create_client
from ..api.accounting import accounting_create_expense as _accounting_create_expense
from ..api.accounting import accounting_create_financial_entries as _accounting_create_financial_entries
from ..api.accounting import (
    accounting_create_generic_journal_entry as _accounting_create_generic_journal_entry,
)
from ..api.accounting import accounting_create_invoice as _accounting_create_invoice
from ..api.accounting import (
    accounting_create_invoice_multiple_plans as _accounting_create_invoice_multiple_plans,
)
from ..api.accounting import accounting_create_invoice_payment as _accounting_create_invoice_payment
from ..api.accounting import accounting_create_journal as _accounting_create_journal
from ..api.accounting import accounting_create_ledger_account as _accounting_create_ledger_account
from ..api.accounting import (
    accounting_create_miscellaneous_operation as _accounting_create_miscellaneous_operation,
)
from ..api.accounting import accounting_create_supplier as _accounting_create_supplier
from ..api.accounting import accounting_export_fec as _accounting_export_fec
from ..api.accounting import accounting_get_accounts_balances as _accounting_get_accounts_balances
from ..api.accounting import accounting_get_analytic_account as _accounting_get_analytic_account
from ..api.accounting import (
    accounting_get_analytic_account_multi_plans as _accounting_get_analytic_account_multi_plans,
)
from ..api.accounting import accounting_get_analytic_accounts as _accounting_get_analytic_accounts
from ..api.accounting import (
    accounting_get_analytic_accounts_multi_plans as _accounting_get_analytic_accounts_multi_plans,
)
from ..api.accounting import accounting_get_analytic_plans as _accounting_get_analytic_plans
from ..api.accounting import accounting_get_attachments as _accounting_get_attachments
from ..api.accounting import accounting_get_bank_accounts as _accounting_get_bank_accounts
from ..api.accounting import accounting_get_bookyears as _accounting_get_bookyears
from ..api.accounting import accounting_get_chart_of_accounts as _accounting_get_chart_of_accounts
from ..api.accounting import accounting_get_client as _accounting_get_client
from ..api.accounting import accounting_get_clients as _accounting_get_clients
from ..api.accounting import accounting_get_employees as _accounting_get_employees
from ..api.accounting import accounting_get_folder as _accounting_get_folder
from ..api.accounting import accounting_get_folders as _accounting_get_folders
from ..api.accounting import accounting_get_invoice as _accounting_get_invoice
from ..api.accounting import (
    accounting_get_invoice_multi_analytic_plans as _accounting_get_invoice_multi_analytic_plans,
)
from ..api.accounting import accounting_get_invoices_by_type as _accounting_get_invoices_by_type
from ..api.accounting import (
    accounting_get_invoices_by_type_multi_analytic_plans as _accounting_get_invoices_by_type_multi_analytic_plans,
)
from ..api.accounting import accounting_get_journal_entries as _accounting_get_journal_entries
from ..api.accounting import (
    accounting_get_journal_entries_multi_plan as _accounting_get_journal_entries_multi_plan,
)
from ..api.accounting import accounting_get_journal_entry as _accounting_get_journal_entry
from ..api.accounting import accounting_get_journals as _accounting_get_journals
from ..api.accounting import accounting_get_miscellaneous_operation as _accounting_get_miscellaneous_operation
from ..api.accounting import (
    accounting_get_miscellaneous_operations as _accounting_get_miscellaneous_operations,
)
from ..api.accounting import accounting_get_outstandings as _accounting_get_outstandings
from ..api.accounting import accounting_get_partner_contacts as _accounting_get_partner_contacts
from ..api.accounting import accounting_get_payment_methods as _accounting_get_payment_methods
from ..api.accounting import accounting_get_payment_terms as _accounting_get_payment_terms
from ..api.accounting import accounting_get_payments_by_invoice as _accounting_get_payments_by_invoice
from ..api.accounting import accounting_get_schemes as _accounting_get_schemes
from ..api.accounting import accounting_get_supplier as _accounting_get_supplier
from ..api.accounting import accounting_get_suppliers as _accounting_get_suppliers
from ..api.accounting import accounting_get_vat_codes as _accounting_get_vat_codes
from ..api.accounting import accounting_match_entries as _accounting_match_entries
from ..api.accounting import accounting_match_entries_multiple as _accounting_match_entries_multiple
from ..api.accounting import accounting_update_analytic_account as _accounting_update_analytic_account
from ..api.accounting import (
    accounting_update_analytic_account_multi_plans as _accounting_update_analytic_account_multi_plans,
)
from ..api.accounting import accounting_update_client as _accounting_update_client
from ..api.accounting import accounting_update_supplier as _accounting_update_supplier
from ..models.bool_param import BoolParam
from ..models.payment_status import PaymentStatus
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.account_balance import AccountBalance
    from ..models.account_balance_filter import AccountBalanceFilter
    from ..models.account_item import AccountItem
    from ..models.account_type_filter import AccountTypeFilter
    from ..models.accounting_invoice_payment_in import AccountingInvoicePaymentIn
    from ..models.accounting_payment_method import AccountingPaymentMethod
    from ..models.accounting_payment_terms import AccountingPaymentTerms
    from ..models.accounting_vat_code import AccountingVatCode
    from ..models.analytic_account_item_in import AnalyticAccountItemIn
    from ..models.analytic_account_item_out import AnalyticAccountItemOut
    from ..models.analytic_account_item_out_multi_analytic_plans import (
        AnalyticAccountItemOutMultiAnalyticPlans,
    )
    from ..models.analytic_account_item_update import AnalyticAccountItemUpdate
    from ..models.analytic_plan_item import AnalyticPlanItem
    from ..models.attachment_item import AttachmentItem
    from ..models.attachment_item_out import AttachmentItemOut
    from ..models.bank_account_item_in import BankAccountItemIn
    from ..models.bank_account_item_out import BankAccountItemOut
    from ..models.bank_statement_item_in import BankStatementItemIn
    from ..models.book_year import BookYear
    from ..models.client_item_in import ClientItemIn
    from ..models.client_item_out import ClientItemOut
    from ..models.client_item_update import ClientItemUpdate
    from ..models.contact_item import ContactItem
    from ..models.document_type import DocumentType
    from ..models.employee_item import EmployeeItem
    from ..models.expense_item_in import ExpenseItemIn
    from ..models.financial_entry_item_in import FinancialEntryItemIn
    from ..models.generic_journal_entry import GenericJournalEntry
    from ..models.invoice_approval_status_filter import InvoiceApprovalStatusFilter
    from ..models.invoice_item_in_mono_analytic_plan import InvoiceItemInMonoAnalyticPlan
    from ..models.invoice_item_in_multi_analytic_plans import InvoiceItemInMultiAnalyticPlans
    from ..models.invoice_item_out_mono_analytic_plan import InvoiceItemOutMonoAnalyticPlan
    from ..models.invoice_item_out_multi_analytic_plans import InvoiceItemOutMultiAnalyticPlans
    from ..models.invoice_type import InvoiceType
    from ..models.journal import Journal
    from ..models.journal_entry_mono_analytic_plan import JournalEntryMonoAnalyticPlan
    from ..models.journal_entry_multi_analytic_plan import JournalEntryMultiAnalyticPlan
    from ..models.journal_in import JournalIn
    from ..models.ledger_account_item_in import LedgerAccountItemIn
    from ..models.matching_in import MatchingIn
    from ..models.miscellaneous_operation_in import MiscellaneousOperationIn
    from ..models.miscellaneous_operation_out import MiscellaneousOperationOut
    from ..models.multiple_matching_in import MultipleMatchingIn
    from ..models.outstanding_item import OutstandingItem
    from ..models.outstanding_type import OutstandingType
    from ..models.partner_type_input import PartnerTypeInput
    from ..models.payment import Payment
    from ..models.scheme_item import SchemeItem
    from ..models.supplier_item_in import SupplierItemIn
    from ..models.supplier_item_out import SupplierItemOut
    from ..models.supplier_item_update import SupplierItemUpdate
    from ..types import Unset


class AccountingGetAccountsBalancesOperation:
    """`POST /consumers/{consumer_id}/accounting/chart-of-accounts/balance`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        body: AccountBalanceFilter,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_accounts_balances._Success:
        return cast(
            "_accounting_get_accounts_balances._Success",
            await self._scope._invoke(
                _accounting_get_accounts_balances,
                "accounting.accounting_get_accounts_balances",
                options,
                {"body": body, "page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        body: AccountBalanceFilter,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AccountBalance]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountBalance]]",
            self._scope._pages(
                _accounting_get_accounts_balances,
                "accounting.accounting_get_accounts_balances",
                options,
                {"body": body, "folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        body: AccountBalanceFilter,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountBalance]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountBalance]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_accounts_balances,
                    "accounting.accounting_get_accounts_balances",
                    options,
                    {"body": body, "folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetAnalyticAccountsOperation:
    """`GET /consumers/{consumer_id}/accounting/analytic-accounts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_analytic_accounts._Success:
        return cast(
            "_accounting_get_analytic_accounts._Success",
            await self._scope._invoke(
                _accounting_get_analytic_accounts,
                "accounting.accounting_get_analytic_accounts",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AnalyticAccountItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AnalyticAccountItemOut]]",
            self._scope._pages(
                _accounting_get_analytic_accounts,
                "accounting.accounting_get_analytic_accounts",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AnalyticAccountItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AnalyticAccountItemOut]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_analytic_accounts,
                    "accounting.accounting_get_analytic_accounts",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetAnalyticAccountsMultiPlansOperation:
    """`GET /consumers/{consumer_id}/accounting/analytic-accounts/multi-analytic-plans`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_analytic_accounts_multi_plans._Success:
        return cast(
            "_accounting_get_analytic_accounts_multi_plans._Success",
            await self._scope._invoke(
                _accounting_get_analytic_accounts_multi_plans,
                "accounting.accounting_get_analytic_accounts_multi_plans",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AnalyticAccountItemOutMultiAnalyticPlans]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AnalyticAccountItemOutMultiAnalyticPlans]]",
            self._scope._pages(
                _accounting_get_analytic_accounts_multi_plans,
                "accounting.accounting_get_analytic_accounts_multi_plans",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AnalyticAccountItemOutMultiAnalyticPlans]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AnalyticAccountItemOutMultiAnalyticPlans]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_analytic_accounts_multi_plans,
                    "accounting.accounting_get_analytic_accounts_multi_plans",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetAnalyticPlansOperation:
    """`GET /consumers/{consumer_id}/accounting/analytic-plans`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_analytic_plans._Success:
        return cast(
            "_accounting_get_analytic_plans._Success",
            await self._scope._invoke(
                _accounting_get_analytic_plans,
                "accounting.accounting_get_analytic_plans",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AnalyticPlanItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AnalyticPlanItem]]",
            self._scope._pages(
                _accounting_get_analytic_plans,
                "accounting.accounting_get_analytic_plans",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AnalyticPlanItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AnalyticPlanItem]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_analytic_plans,
                    "accounting.accounting_get_analytic_plans",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetAttachmentsOperation:
    """`GET /consumers/{consumer_id}/accounting/attachments`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        type_: DocumentType,
        document_id: str,
        options: RequestOptions | None = None,
    ) -> _accounting_get_attachments._Success:
        return cast(
            "_accounting_get_attachments._Success",
            await self._scope._invoke(
                _accounting_get_attachments,
                "accounting.accounting_get_attachments",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "type_": type_,
                    "document_id": document_id,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        type_: DocumentType,
        document_id: str,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AttachmentItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AttachmentItemOut]]",
            self._scope._pages(
                _accounting_get_attachments,
                "accounting.accounting_get_attachments",
                options,
                {"folder_id": folder_id, "type_": type_, "document_id": document_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        type_: DocumentType,
        document_id: str,
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
                    _accounting_get_attachments,
                    "accounting.accounting_get_attachments",
                    options,
                    {"folder_id": folder_id, "type_": type_, "document_id": document_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetBankAccountsOperation:
    """`GET /consumers/{consumer_id}/accounting/bank-accounts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_bank_accounts._Success:
        return cast(
            "_accounting_get_bank_accounts._Success",
            await self._scope._invoke(
                _accounting_get_bank_accounts,
                "accounting.accounting_get_bank_accounts",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[BankAccountItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[BankAccountItemOut]]",
            self._scope._pages(
                _accounting_get_bank_accounts,
                "accounting.accounting_get_bank_accounts",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[BankAccountItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[BankAccountItemOut]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_bank_accounts,
                    "accounting.accounting_get_bank_accounts",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetBookyearsOperation:
    """`GET /consumers/{consumer_id}/accounting/bookyears`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_bookyears._Success:
        return cast(
            "_accounting_get_bookyears._Success",
            await self._scope._invoke(
                _accounting_get_bookyears,
                "accounting.accounting_get_bookyears",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[BookYear]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[BookYear]]",
            self._scope._pages(
                _accounting_get_bookyears,
                "accounting.accounting_get_bookyears",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[BookYear]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[BookYear]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_bookyears,
                    "accounting.accounting_get_bookyears",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetChartOfAccountsOperation:
    """`GET /consumers/{consumer_id}/accounting/chart-of-accounts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        classes: None | str | Unset = UNSET,
        type_: AccountTypeFilter | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_chart_of_accounts._Success:
        return cast(
            "_accounting_get_chart_of_accounts._Success",
            await self._scope._invoke(
                _accounting_get_chart_of_accounts,
                "accounting.accounting_get_chart_of_accounts",
                options,
                {"page": page, "size": size, "folder_id": folder_id, "classes": classes, "type_": type_},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        classes: None | str | Unset = UNSET,
        type_: AccountTypeFilter | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AccountItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountItem]]",
            self._scope._pages(
                _accounting_get_chart_of_accounts,
                "accounting.accounting_get_chart_of_accounts",
                options,
                {"folder_id": folder_id, "classes": classes, "type_": type_},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        classes: None | str | Unset = UNSET,
        type_: AccountTypeFilter | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountItem]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_chart_of_accounts,
                    "accounting.accounting_get_chart_of_accounts",
                    options,
                    {"folder_id": folder_id, "classes": classes, "type_": type_},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetClientsOperation:
    """`GET /consumers/{consumer_id}/accounting/clients`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_clients._Success:
        return cast(
            "_accounting_get_clients._Success",
            await self._scope._invoke(
                _accounting_get_clients,
                "accounting.accounting_get_clients",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "search": search,
                    "updated_after": updated_after,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[ClientItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ClientItemOut]]",
            self._scope._pages(
                _accounting_get_clients,
                "accounting.accounting_get_clients",
                options,
                {"folder_id": folder_id, "search": search, "updated_after": updated_after},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[ClientItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ClientItemOut]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_clients,
                    "accounting.accounting_get_clients",
                    options,
                    {"folder_id": folder_id, "search": search, "updated_after": updated_after},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetEmployeesOperation:
    """`GET /consumers/{consumer_id}/accounting/employees`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_employees._Success:
        return cast(
            "_accounting_get_employees._Success",
            await self._scope._invoke(
                _accounting_get_employees,
                "accounting.accounting_get_employees",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[EmployeeItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[EmployeeItem]]",
            self._scope._pages(
                _accounting_get_employees,
                "accounting.accounting_get_employees",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[EmployeeItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[EmployeeItem]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_employees,
                    "accounting.accounting_get_employees",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetInvoicesByTypeOperation:
    """`GET /consumers/{consumer_id}/accounting/invoices/type/{invoice_type}`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        invoice_type: InvoiceType,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_invoices_by_type._Success:
        return cast(
            "_accounting_get_invoices_by_type._Success",
            await self._scope._invoke(
                _accounting_get_invoices_by_type,
                "accounting.accounting_get_invoices_by_type",
                options,
                {
                    "invoice_type": invoice_type,
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "journal_ids": journal_ids,
                    "include_payments": include_payments,
                    "payment_status": payment_status,
                    "updated_after": updated_after,
                    "include_invoice_lines": include_invoice_lines,
                    "include_partner_info": include_partner_info,
                    "approval_status": approval_status,
                },
            ),
        )

    def pages(
        self,
        *,
        invoice_type: InvoiceType,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[InvoiceItemOutMonoAnalyticPlan]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoiceItemOutMonoAnalyticPlan]]",
            self._scope._pages(
                _accounting_get_invoices_by_type,
                "accounting.accounting_get_invoices_by_type",
                options,
                {
                    "invoice_type": invoice_type,
                    "folder_id": folder_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "journal_ids": journal_ids,
                    "include_payments": include_payments,
                    "payment_status": payment_status,
                    "updated_after": updated_after,
                    "include_invoice_lines": include_invoice_lines,
                    "include_partner_info": include_partner_info,
                    "approval_status": approval_status,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        invoice_type: InvoiceType,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[InvoiceItemOutMonoAnalyticPlan]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoiceItemOutMonoAnalyticPlan]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_invoices_by_type,
                    "accounting.accounting_get_invoices_by_type",
                    options,
                    {
                        "invoice_type": invoice_type,
                        "folder_id": folder_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "journal_ids": journal_ids,
                        "include_payments": include_payments,
                        "payment_status": payment_status,
                        "updated_after": updated_after,
                        "include_invoice_lines": include_invoice_lines,
                        "include_partner_info": include_partner_info,
                        "approval_status": approval_status,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetInvoicesByTypeMultiAnalyticPlansOperation:
    """`GET /consumers/{consumer_id}/accounting/invoices/multi-analytic-plans/type/{invoice_type}`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        invoice_type: InvoiceType,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_invoices_by_type_multi_analytic_plans._Success:
        return cast(
            "_accounting_get_invoices_by_type_multi_analytic_plans._Success",
            await self._scope._invoke(
                _accounting_get_invoices_by_type_multi_analytic_plans,
                "accounting.accounting_get_invoices_by_type_multi_analytic_plans",
                options,
                {
                    "invoice_type": invoice_type,
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "journal_ids": journal_ids,
                    "include_payments": include_payments,
                    "payment_status": payment_status,
                    "updated_after": updated_after,
                    "include_invoice_lines": include_invoice_lines,
                    "include_partner_info": include_partner_info,
                    "approval_status": approval_status,
                },
            ),
        )

    def pages(
        self,
        *,
        invoice_type: InvoiceType,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[InvoiceItemOutMultiAnalyticPlans]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoiceItemOutMultiAnalyticPlans]]",
            self._scope._pages(
                _accounting_get_invoices_by_type_multi_analytic_plans,
                "accounting.accounting_get_invoices_by_type_multi_analytic_plans",
                options,
                {
                    "invoice_type": invoice_type,
                    "folder_id": folder_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "journal_ids": journal_ids,
                    "include_payments": include_payments,
                    "payment_status": payment_status,
                    "updated_after": updated_after,
                    "include_invoice_lines": include_invoice_lines,
                    "include_partner_info": include_partner_info,
                    "approval_status": approval_status,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        invoice_type: InvoiceType,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[InvoiceItemOutMultiAnalyticPlans]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoiceItemOutMultiAnalyticPlans]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_invoices_by_type_multi_analytic_plans,
                    "accounting.accounting_get_invoices_by_type_multi_analytic_plans",
                    options,
                    {
                        "invoice_type": invoice_type,
                        "folder_id": folder_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "journal_ids": journal_ids,
                        "include_payments": include_payments,
                        "payment_status": payment_status,
                        "updated_after": updated_after,
                        "include_invoice_lines": include_invoice_lines,
                        "include_partner_info": include_partner_info,
                        "approval_status": approval_status,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetJournalEntriesOperation:
    """`GET /consumers/{consumer_id}/accounting/journal/entries`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        unposted_allowed: BoolParam,
        journal_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        partner_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_journal_entries._Success:
        return cast(
            "_accounting_get_journal_entries._Success",
            await self._scope._invoke(
                _accounting_get_journal_entries,
                "accounting.accounting_get_journal_entries",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "unposted_allowed": unposted_allowed,
                    "journal_id": journal_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "partner_id": partner_id,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        unposted_allowed: BoolParam,
        journal_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        partner_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[JournalEntryMonoAnalyticPlan]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[JournalEntryMonoAnalyticPlan]]",
            self._scope._pages(
                _accounting_get_journal_entries,
                "accounting.accounting_get_journal_entries",
                options,
                {
                    "folder_id": folder_id,
                    "unposted_allowed": unposted_allowed,
                    "journal_id": journal_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "partner_id": partner_id,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        unposted_allowed: BoolParam,
        journal_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        partner_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[JournalEntryMonoAnalyticPlan]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[JournalEntryMonoAnalyticPlan]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_journal_entries,
                    "accounting.accounting_get_journal_entries",
                    options,
                    {
                        "folder_id": folder_id,
                        "unposted_allowed": unposted_allowed,
                        "journal_id": journal_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "updated_after": updated_after,
                        "partner_id": partner_id,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetJournalEntriesMultiPlanOperation:
    """`GET /consumers/{consumer_id}/accounting/journal/entries/multi-analytic-plans`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        unposted_allowed: BoolParam,
        journal_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        partner_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_journal_entries_multi_plan._Success:
        return cast(
            "_accounting_get_journal_entries_multi_plan._Success",
            await self._scope._invoke(
                _accounting_get_journal_entries_multi_plan,
                "accounting.accounting_get_journal_entries_multi_plan",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "unposted_allowed": unposted_allowed,
                    "journal_id": journal_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "partner_id": partner_id,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        unposted_allowed: BoolParam,
        journal_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        partner_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[JournalEntryMultiAnalyticPlan]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[JournalEntryMultiAnalyticPlan]]",
            self._scope._pages(
                _accounting_get_journal_entries_multi_plan,
                "accounting.accounting_get_journal_entries_multi_plan",
                options,
                {
                    "folder_id": folder_id,
                    "unposted_allowed": unposted_allowed,
                    "journal_id": journal_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "partner_id": partner_id,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        unposted_allowed: BoolParam,
        journal_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        partner_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[JournalEntryMultiAnalyticPlan]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[JournalEntryMultiAnalyticPlan]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_journal_entries_multi_plan,
                    "accounting.accounting_get_journal_entries_multi_plan",
                    options,
                    {
                        "folder_id": folder_id,
                        "unposted_allowed": unposted_allowed,
                        "journal_id": journal_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "updated_after": updated_after,
                        "partner_id": partner_id,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetJournalsOperation:
    """`GET /consumers/{consumer_id}/accounting/journals`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_journals._Success:
        return cast(
            "_accounting_get_journals._Success",
            await self._scope._invoke(
                _accounting_get_journals,
                "accounting.accounting_get_journals",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Journal]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Journal]]",
            self._scope._pages(
                _accounting_get_journals,
                "accounting.accounting_get_journals",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Journal]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Journal]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_journals,
                    "accounting.accounting_get_journals",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetMiscellaneousOperationsOperation:
    """`GET /consumers/{consumer_id}/accounting/miscellaneous-operation`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_miscellaneous_operations._Success:
        return cast(
            "_accounting_get_miscellaneous_operations._Success",
            await self._scope._invoke(
                _accounting_get_miscellaneous_operations,
                "accounting.accounting_get_miscellaneous_operations",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "journal_ids": journal_ids,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[MiscellaneousOperationOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[MiscellaneousOperationOut]]",
            self._scope._pages(
                _accounting_get_miscellaneous_operations,
                "accounting.accounting_get_miscellaneous_operations",
                options,
                {
                    "folder_id": folder_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "journal_ids": journal_ids,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        journal_ids: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[MiscellaneousOperationOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[MiscellaneousOperationOut]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_miscellaneous_operations,
                    "accounting.accounting_get_miscellaneous_operations",
                    options,
                    {
                        "folder_id": folder_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "journal_ids": journal_ids,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetOutstandingsOperation:
    """`GET /consumers/{consumer_id}/accounting/outstandings`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        type_: OutstandingType,
        unposted_allowed: BoolParam,
        options: RequestOptions | None = None,
    ) -> _accounting_get_outstandings._Success:
        return cast(
            "_accounting_get_outstandings._Success",
            await self._scope._invoke(
                _accounting_get_outstandings,
                "accounting.accounting_get_outstandings",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "type_": type_,
                    "unposted_allowed": unposted_allowed,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        type_: OutstandingType,
        unposted_allowed: BoolParam,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[OutstandingItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[OutstandingItem]]",
            self._scope._pages(
                _accounting_get_outstandings,
                "accounting.accounting_get_outstandings",
                options,
                {"folder_id": folder_id, "type_": type_, "unposted_allowed": unposted_allowed},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        type_: OutstandingType,
        unposted_allowed: BoolParam,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[OutstandingItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[OutstandingItem]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_outstandings,
                    "accounting.accounting_get_outstandings",
                    options,
                    {"folder_id": folder_id, "type_": type_, "unposted_allowed": unposted_allowed},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetPartnerContactsOperation:
    """`GET /consumers/{consumer_id}/accounting/contacts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        partner_type: PartnerTypeInput,
        partner_id: str,
        options: RequestOptions | None = None,
    ) -> _accounting_get_partner_contacts._Success:
        return cast(
            "_accounting_get_partner_contacts._Success",
            await self._scope._invoke(
                _accounting_get_partner_contacts,
                "accounting.accounting_get_partner_contacts",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "partner_type": partner_type,
                    "partner_id": partner_id,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        partner_type: PartnerTypeInput,
        partner_id: str,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[ContactItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ContactItem]]",
            self._scope._pages(
                _accounting_get_partner_contacts,
                "accounting.accounting_get_partner_contacts",
                options,
                {"folder_id": folder_id, "partner_type": partner_type, "partner_id": partner_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        partner_type: PartnerTypeInput,
        partner_id: str,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[ContactItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ContactItem]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_partner_contacts,
                    "accounting.accounting_get_partner_contacts",
                    options,
                    {"folder_id": folder_id, "partner_type": partner_type, "partner_id": partner_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetPaymentMethodsOperation:
    """`GET /consumers/{consumer_id}/accounting/payment-methods`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_payment_methods._Success:
        return cast(
            "_accounting_get_payment_methods._Success",
            await self._scope._invoke(
                _accounting_get_payment_methods,
                "accounting.accounting_get_payment_methods",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AccountingPaymentMethod]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountingPaymentMethod]]",
            self._scope._pages(
                _accounting_get_payment_methods,
                "accounting.accounting_get_payment_methods",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountingPaymentMethod]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountingPaymentMethod]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_payment_methods,
                    "accounting.accounting_get_payment_methods",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetPaymentTermsOperation:
    """`GET /consumers/{consumer_id}/accounting/payment-terms`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_payment_terms._Success:
        return cast(
            "_accounting_get_payment_terms._Success",
            await self._scope._invoke(
                _accounting_get_payment_terms,
                "accounting.accounting_get_payment_terms",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AccountingPaymentTerms]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountingPaymentTerms]]",
            self._scope._pages(
                _accounting_get_payment_terms,
                "accounting.accounting_get_payment_terms",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountingPaymentTerms]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountingPaymentTerms]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_payment_terms,
                    "accounting.accounting_get_payment_terms",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetPaymentsByInvoiceOperation:
    """`GET /consumers/{consumer_id}/accounting/invoices/id/{invoice_id}/payments`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        invoice_id: str,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_payments_by_invoice._Success:
        return cast(
            "_accounting_get_payments_by_invoice._Success",
            await self._scope._invoke(
                _accounting_get_payments_by_invoice,
                "accounting.accounting_get_payments_by_invoice",
                options,
                {"invoice_id": invoice_id, "page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        invoice_id: str,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Payment]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Payment]]",
            self._scope._pages(
                _accounting_get_payments_by_invoice,
                "accounting.accounting_get_payments_by_invoice",
                options,
                {"invoice_id": invoice_id, "folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        invoice_id: str,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Payment]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Payment]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_payments_by_invoice,
                    "accounting.accounting_get_payments_by_invoice",
                    options,
                    {"invoice_id": invoice_id, "folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetSchemesOperation:
    """`GET /consumers/{consumer_id}/accounting/schemes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_schemes._Success:
        return cast(
            "_accounting_get_schemes._Success",
            await self._scope._invoke(
                _accounting_get_schemes,
                "accounting.accounting_get_schemes",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[SchemeItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[SchemeItem]]",
            self._scope._pages(
                _accounting_get_schemes,
                "accounting.accounting_get_schemes",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SchemeItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[SchemeItem]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_schemes,
                    "accounting.accounting_get_schemes",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetSuppliersOperation:
    """`GET /consumers/{consumer_id}/accounting/suppliers`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_suppliers._Success:
        return cast(
            "_accounting_get_suppliers._Success",
            await self._scope._invoke(
                _accounting_get_suppliers,
                "accounting.accounting_get_suppliers",
                options,
                {
                    "page": page,
                    "size": size,
                    "folder_id": folder_id,
                    "search": search,
                    "updated_after": updated_after,
                },
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[SupplierItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[SupplierItemOut]]",
            self._scope._pages(
                _accounting_get_suppliers,
                "accounting.accounting_get_suppliers",
                options,
                {"folder_id": folder_id, "search": search, "updated_after": updated_after},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SupplierItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[SupplierItemOut]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_suppliers,
                    "accounting.accounting_get_suppliers",
                    options,
                    {"folder_id": folder_id, "search": search, "updated_after": updated_after},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingGetVatCodesOperation:
    """`GET /consumers/{consumer_id}/accounting/vat-codes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_vat_codes._Success:
        return cast(
            "_accounting_get_vat_codes._Success",
            await self._scope._invoke(
                _accounting_get_vat_codes,
                "accounting.accounting_get_vat_codes",
                options,
                {"page": page, "size": size, "folder_id": folder_id},
            ),
        )

    def pages(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[AccountingVatCode]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountingVatCode]]",
            self._scope._pages(
                _accounting_get_vat_codes,
                "accounting.accounting_get_vat_codes",
                options,
                {"folder_id": folder_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[AccountingVatCode]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountingVatCode]",
            self._scope._items(
                self._scope._pages(
                    _accounting_get_vat_codes,
                    "accounting.accounting_get_vat_codes",
                    options,
                    {"folder_id": folder_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AccountingApi:
    """The `accounting` operations of one scope: `await scope.accounting.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "accounting_get_accounts_balances",
        "accounting_get_analytic_accounts",
        "accounting_get_analytic_accounts_multi_plans",
        "accounting_get_analytic_plans",
        "accounting_get_attachments",
        "accounting_get_bank_accounts",
        "accounting_get_bookyears",
        "accounting_get_chart_of_accounts",
        "accounting_get_clients",
        "accounting_get_employees",
        "accounting_get_invoices_by_type",
        "accounting_get_invoices_by_type_multi_analytic_plans",
        "accounting_get_journal_entries",
        "accounting_get_journal_entries_multi_plan",
        "accounting_get_journals",
        "accounting_get_miscellaneous_operations",
        "accounting_get_outstandings",
        "accounting_get_partner_contacts",
        "accounting_get_payment_methods",
        "accounting_get_payment_terms",
        "accounting_get_payments_by_invoice",
        "accounting_get_schemes",
        "accounting_get_suppliers",
        "accounting_get_vat_codes",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.accounting_get_accounts_balances = AccountingGetAccountsBalancesOperation(scope)
        self.accounting_get_analytic_accounts = AccountingGetAnalyticAccountsOperation(scope)
        self.accounting_get_analytic_accounts_multi_plans = AccountingGetAnalyticAccountsMultiPlansOperation(
            scope
        )
        self.accounting_get_analytic_plans = AccountingGetAnalyticPlansOperation(scope)
        self.accounting_get_attachments = AccountingGetAttachmentsOperation(scope)
        self.accounting_get_bank_accounts = AccountingGetBankAccountsOperation(scope)
        self.accounting_get_bookyears = AccountingGetBookyearsOperation(scope)
        self.accounting_get_chart_of_accounts = AccountingGetChartOfAccountsOperation(scope)
        self.accounting_get_clients = AccountingGetClientsOperation(scope)
        self.accounting_get_employees = AccountingGetEmployeesOperation(scope)
        self.accounting_get_invoices_by_type = AccountingGetInvoicesByTypeOperation(scope)
        self.accounting_get_invoices_by_type_multi_analytic_plans = (
            AccountingGetInvoicesByTypeMultiAnalyticPlansOperation(scope)
        )
        self.accounting_get_journal_entries = AccountingGetJournalEntriesOperation(scope)
        self.accounting_get_journal_entries_multi_plan = AccountingGetJournalEntriesMultiPlanOperation(scope)
        self.accounting_get_journals = AccountingGetJournalsOperation(scope)
        self.accounting_get_miscellaneous_operations = AccountingGetMiscellaneousOperationsOperation(scope)
        self.accounting_get_outstandings = AccountingGetOutstandingsOperation(scope)
        self.accounting_get_partner_contacts = AccountingGetPartnerContactsOperation(scope)
        self.accounting_get_payment_methods = AccountingGetPaymentMethodsOperation(scope)
        self.accounting_get_payment_terms = AccountingGetPaymentTermsOperation(scope)
        self.accounting_get_payments_by_invoice = AccountingGetPaymentsByInvoiceOperation(scope)
        self.accounting_get_schemes = AccountingGetSchemesOperation(scope)
        self.accounting_get_suppliers = AccountingGetSuppliersOperation(scope)
        self.accounting_get_vat_codes = AccountingGetVatCodesOperation(scope)

    async def accounting_add_attachment(
        self,
        *,
        invoice_id: str,
        body: AttachmentItem,
        folder_id: None | str | Unset = UNSET,
        overwrite_existing: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _accounting_add_attachment._Success:
        """`POST /consumers/{consumer_id}/accounting/invoices/pdf/{invoice_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_add_attachment._Success",
            await self._scope._invoke(
                _accounting_add_attachment,
                "accounting.accounting_add_attachment",
                options,
                {
                    "invoice_id": invoice_id,
                    "body": body,
                    "folder_id": folder_id,
                    "overwrite_existing": overwrite_existing,
                },
            ),
        )

    async def accounting_create_analytic_account(
        self,
        *,
        body: AnalyticAccountItemIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_analytic_account._Success:
        """`POST /consumers/{consumer_id}/accounting/analytic-accounts`; error statuses (400, 409, 422) raise typed errors."""
        return cast(
            "_accounting_create_analytic_account._Success",
            await self._scope._invoke(
                _accounting_create_analytic_account,
                "accounting.accounting_create_analytic_account",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_analytic_account_multi_plans(
        self,
        *,
        analytic_plan: str,
        body: AnalyticAccountItemIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_analytic_account_multi_plans._Success:
        """`POST /consumers/{consumer_id}/accounting/analytic-accounts/multi-analytic-plans/{analytic_plan}`; error statuses (400, 409, 422) raise typed errors."""
        return cast(
            "_accounting_create_analytic_account_multi_plans._Success",
            await self._scope._invoke(
                _accounting_create_analytic_account_multi_plans,
                "accounting.accounting_create_analytic_account_multi_plans",
                options,
                {"analytic_plan": analytic_plan, "body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_bank_account(
        self,
        *,
        body: BankAccountItemIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_bank_account._Success:
        """`POST /consumers/{consumer_id}/accounting/bank-accounts`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_bank_account._Success",
            await self._scope._invoke(
                _accounting_create_bank_account,
                "accounting.accounting_create_bank_account",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_bank_transactions(
        self,
        *,
        body: BankStatementItemIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_bank_transactions._Success:
        """`POST /consumers/{consumer_id}/accounting/bank-transactions`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_bank_transactions._Success",
            await self._scope._invoke(
                _accounting_create_bank_transactions,
                "accounting.accounting_create_bank_transactions",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_client(
        self,
        *,
        body: ClientItemIn,
        folder_id: None | str | Unset = UNSET,
        force_merge: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_client._Success:
        """`POST /consumers/{consumer_id}/accounting/clients`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_client._Success",
            await self._scope._invoke(
                _accounting_create_client,
                "accounting.accounting_create_client",
                options,
                {"body": body, "folder_id": folder_id, "force_merge": force_merge},
            ),
        )

    async def accounting_create_expense(
        self,
        *,
        body: ExpenseItemIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_expense._Success:
        """`POST /consumers/{consumer_id}/accounting/expenses`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_expense._Success",
            await self._scope._invoke(
                _accounting_create_expense,
                "accounting.accounting_create_expense",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_financial_entries(
        self,
        *,
        body: FinancialEntryItemIn,
        folder_id: None | str | Unset = UNSET,
        financial_counterpart_account: None | str | Unset = UNSET,
        force_currency_exchange: bool | None | Unset = False,
        ignore_accounting_id: bool | Unset = False,
        options: RequestOptions | None = None,
    ) -> _accounting_create_financial_entries._Success:
        """`POST /consumers/{consumer_id}/accounting/financial-entries`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_create_financial_entries._Success",
            await self._scope._invoke(
                _accounting_create_financial_entries,
                "accounting.accounting_create_financial_entries",
                options,
                {
                    "body": body,
                    "folder_id": folder_id,
                    "financial_counterpart_account": financial_counterpart_account,
                    "force_currency_exchange": force_currency_exchange,
                    "ignore_accounting_id": ignore_accounting_id,
                },
            ),
        )

    async def accounting_create_generic_journal_entry(
        self,
        *,
        body: GenericJournalEntry,
        folder_id: None | str | Unset = UNSET,
        force_currency_exchange: BoolParam | None | Unset = BoolParam.FALSE,
        ignore_accounting_id: bool | Unset = False,
        options: RequestOptions | None = None,
    ) -> _accounting_create_generic_journal_entry._Success:
        """`POST /consumers/{consumer_id}/accounting/journal-entries`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_create_generic_journal_entry._Success",
            await self._scope._invoke(
                _accounting_create_generic_journal_entry,
                "accounting.accounting_create_generic_journal_entry",
                options,
                {
                    "body": body,
                    "folder_id": folder_id,
                    "force_currency_exchange": force_currency_exchange,
                    "ignore_accounting_id": ignore_accounting_id,
                },
            ),
        )

    async def accounting_create_invoice(
        self,
        *,
        body: InvoiceItemInMonoAnalyticPlan,
        folder_id: None | str | Unset = UNSET,
        force_financial_period: None | str | Unset = UNSET,
        regroup_lines: BoolParam | None | Unset = BoolParam.TRUE,
        ignore_accounting_id: bool | Unset = False,
        force_currency_exchange: bool | None | Unset = False,
        options: RequestOptions | None = None,
    ) -> _accounting_create_invoice._Success:
        """`POST /consumers/{consumer_id}/accounting/invoices`; error statuses (400, 404, 409, 422) raise typed errors."""
        return cast(
            "_accounting_create_invoice._Success",
            await self._scope._invoke(
                _accounting_create_invoice,
                "accounting.accounting_create_invoice",
                options,
                {
                    "body": body,
                    "folder_id": folder_id,
                    "force_financial_period": force_financial_period,
                    "regroup_lines": regroup_lines,
                    "ignore_accounting_id": ignore_accounting_id,
                    "force_currency_exchange": force_currency_exchange,
                },
            ),
        )

    async def accounting_create_invoice_multiple_plans(
        self,
        *,
        body: InvoiceItemInMultiAnalyticPlans,
        folder_id: None | str | Unset = UNSET,
        force_financial_period: None | str | Unset = UNSET,
        regroup_lines: BoolParam | None | Unset = BoolParam.TRUE,
        ignore_accounting_id: bool | Unset = False,
        force_currency_exchange: bool | None | Unset = False,
        options: RequestOptions | None = None,
    ) -> _accounting_create_invoice_multiple_plans._Success:
        """`POST /consumers/{consumer_id}/accounting/invoices/multi-analytic-plans`; error statuses (400, 404, 409, 422) raise typed errors."""
        return cast(
            "_accounting_create_invoice_multiple_plans._Success",
            await self._scope._invoke(
                _accounting_create_invoice_multiple_plans,
                "accounting.accounting_create_invoice_multiple_plans",
                options,
                {
                    "body": body,
                    "folder_id": folder_id,
                    "force_financial_period": force_financial_period,
                    "regroup_lines": regroup_lines,
                    "ignore_accounting_id": ignore_accounting_id,
                    "force_currency_exchange": force_currency_exchange,
                },
            ),
        )

    async def accounting_create_invoice_payment(
        self,
        *,
        body: AccountingInvoicePaymentIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_invoice_payment._Success:
        """`POST /consumers/{consumer_id}/accounting/invoices/payments`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_invoice_payment._Success",
            await self._scope._invoke(
                _accounting_create_invoice_payment,
                "accounting.accounting_create_invoice_payment",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_journal(
        self, *, body: JournalIn, folder_id: None | str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _accounting_create_journal._Success:
        """`POST /consumers/{consumer_id}/accounting/journal`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_journal._Success",
            await self._scope._invoke(
                _accounting_create_journal,
                "accounting.accounting_create_journal",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_ledger_account(
        self,
        *,
        body: LedgerAccountItemIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_ledger_account._Success:
        """`POST /consumers/{consumer_id}/accounting/accounts`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_ledger_account._Success",
            await self._scope._invoke(
                _accounting_create_ledger_account,
                "accounting.accounting_create_ledger_account",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_miscellaneous_operation(
        self,
        *,
        body: MiscellaneousOperationIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_miscellaneous_operation._Success:
        """`POST /consumers/{consumer_id}/accounting/miscellaneous-operation`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_create_miscellaneous_operation._Success",
            await self._scope._invoke(
                _accounting_create_miscellaneous_operation,
                "accounting.accounting_create_miscellaneous_operation",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_create_supplier(
        self,
        *,
        body: SupplierItemIn,
        folder_id: None | str | Unset = UNSET,
        force_merge: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_create_supplier._Success:
        """`POST /consumers/{consumer_id}/accounting/suppliers`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_create_supplier._Success",
            await self._scope._invoke(
                _accounting_create_supplier,
                "accounting.accounting_create_supplier",
                options,
                {"body": body, "folder_id": folder_id, "force_merge": force_merge},
            ),
        )

    async def accounting_export_fec(
        self,
        *,
        folder_id: None | str | Unset = UNSET,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> _accounting_export_fec._Success:
        """`GET /consumers/{consumer_id}/accounting/export-fec`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_export_fec._Success",
            await self._scope._invoke(
                _accounting_export_fec,
                "accounting.accounting_export_fec",
                options,
                {"folder_id": folder_id, "date_from": date_from, "date_to": date_to},
            ),
        )

    async def accounting_get_analytic_account(
        self,
        *,
        analytic_account_id: str,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_analytic_account._Success:
        """`GET /consumers/{consumer_id}/accounting/analytic-accounts/{analytic_account_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_get_analytic_account._Success",
            await self._scope._invoke(
                _accounting_get_analytic_account,
                "accounting.accounting_get_analytic_account",
                options,
                {"analytic_account_id": analytic_account_id, "folder_id": folder_id},
            ),
        )

    async def accounting_get_analytic_account_multi_plans(
        self,
        *,
        analytic_account_id: str,
        analytic_plan: str,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_analytic_account_multi_plans._Success:
        """`GET /consumers/{consumer_id}/accounting/analytic-accounts/{analytic_account_id}/multi-analytic-plans/{analytic_plan}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_get_analytic_account_multi_plans._Success",
            await self._scope._invoke(
                _accounting_get_analytic_account_multi_plans,
                "accounting.accounting_get_analytic_account_multi_plans",
                options,
                {
                    "analytic_account_id": analytic_account_id,
                    "analytic_plan": analytic_plan,
                    "folder_id": folder_id,
                },
            ),
        )

    async def accounting_get_client(
        self, *, client_id: str, folder_id: None | str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _accounting_get_client._Success:
        """`GET /consumers/{consumer_id}/accounting/clients/{client_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_get_client._Success",
            await self._scope._invoke(
                _accounting_get_client,
                "accounting.accounting_get_client",
                options,
                {"client_id": client_id, "folder_id": folder_id},
            ),
        )

    async def accounting_get_folder(
        self, *, folder_id: str, options: RequestOptions | None = None
    ) -> _accounting_get_folder._Success:
        """`GET /consumers/{consumer_id}/accounting/folders/{folder_id}`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_get_folder._Success",
            await self._scope._invoke(
                _accounting_get_folder, "accounting.accounting_get_folder", options, {"folder_id": folder_id}
            ),
        )

    async def accounting_get_folders(
        self, *, options: RequestOptions | None = None
    ) -> _accounting_get_folders._Success:
        """`GET /consumers/{consumer_id}/accounting/folders`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_get_folders._Success",
            await self._scope._invoke(
                _accounting_get_folders, "accounting.accounting_get_folders", options, {}
            ),
        )

    async def accounting_get_invoice(
        self,
        *,
        invoice_id: str,
        folder_id: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _accounting_get_invoice._Success:
        """`GET /consumers/{consumer_id}/accounting/invoices/{invoice_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_get_invoice._Success",
            await self._scope._invoke(
                _accounting_get_invoice,
                "accounting.accounting_get_invoice",
                options,
                {
                    "invoice_id": invoice_id,
                    "folder_id": folder_id,
                    "include_payments": include_payments,
                    "include_invoice_lines": include_invoice_lines,
                    "include_partner_info": include_partner_info,
                },
            ),
        )

    async def accounting_get_invoice_multi_analytic_plans(
        self,
        *,
        invoice_id: str,
        folder_id: None | str | Unset = UNSET,
        include_payments: BoolParam | None | Unset = BoolParam.FALSE,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _accounting_get_invoice_multi_analytic_plans._Success:
        """`GET /consumers/{consumer_id}/accounting/invoices/multi-analytic-plans/{invoice_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_get_invoice_multi_analytic_plans._Success",
            await self._scope._invoke(
                _accounting_get_invoice_multi_analytic_plans,
                "accounting.accounting_get_invoice_multi_analytic_plans",
                options,
                {
                    "invoice_id": invoice_id,
                    "folder_id": folder_id,
                    "include_payments": include_payments,
                    "include_invoice_lines": include_invoice_lines,
                    "include_partner_info": include_partner_info,
                },
            ),
        )

    async def accounting_get_journal_entry(
        self,
        *,
        journal_entry_id: str,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_journal_entry._Success:
        """`GET /consumers/{consumer_id}/accounting/journal/entries/{journal_entry_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_get_journal_entry._Success",
            await self._scope._invoke(
                _accounting_get_journal_entry,
                "accounting.accounting_get_journal_entry",
                options,
                {"journal_entry_id": journal_entry_id, "folder_id": folder_id},
            ),
        )

    async def accounting_get_miscellaneous_operation(
        self,
        *,
        operation_id: str,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_miscellaneous_operation._Success:
        """`GET /consumers/{consumer_id}/accounting/miscellaneous-operation/{operation_id}`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_accounting_get_miscellaneous_operation._Success",
            await self._scope._invoke(
                _accounting_get_miscellaneous_operation,
                "accounting.accounting_get_miscellaneous_operation",
                options,
                {"operation_id": operation_id, "folder_id": folder_id},
            ),
        )

    async def accounting_get_supplier(
        self,
        *,
        supplier_id: str,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_get_supplier._Success:
        """`GET /consumers/{consumer_id}/accounting/suppliers/{supplier_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_get_supplier._Success",
            await self._scope._invoke(
                _accounting_get_supplier,
                "accounting.accounting_get_supplier",
                options,
                {"supplier_id": supplier_id, "folder_id": folder_id},
            ),
        )

    async def accounting_match_entries(
        self,
        *,
        body: MatchingIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_match_entries._Success:
        """`POST /consumers/{consumer_id}/accounting/matching`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_match_entries._Success",
            await self._scope._invoke(
                _accounting_match_entries,
                "accounting.accounting_match_entries",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_match_entries_multiple(
        self,
        *,
        body: MultipleMatchingIn,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_match_entries_multiple._Success:
        """`POST /consumers/{consumer_id}/accounting/matching-multiple`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_match_entries_multiple._Success",
            await self._scope._invoke(
                _accounting_match_entries_multiple,
                "accounting.accounting_match_entries_multiple",
                options,
                {"body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_update_analytic_account(
        self,
        *,
        analytic_account_id: str,
        body: AnalyticAccountItemUpdate,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_update_analytic_account._Success:
        """`PATCH /consumers/{consumer_id}/accounting/analytic-accounts/{analytic_account_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_update_analytic_account._Success",
            await self._scope._invoke(
                _accounting_update_analytic_account,
                "accounting.accounting_update_analytic_account",
                options,
                {"analytic_account_id": analytic_account_id, "body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_update_analytic_account_multi_plans(
        self,
        *,
        analytic_account_id: str,
        analytic_plan: str,
        body: AnalyticAccountItemUpdate,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_update_analytic_account_multi_plans._Success:
        """`PATCH /consumers/{consumer_id}/accounting/analytic-accounts/{analytic_account_id}/multi-analytic-plans/{analytic_plan}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_update_analytic_account_multi_plans._Success",
            await self._scope._invoke(
                _accounting_update_analytic_account_multi_plans,
                "accounting.accounting_update_analytic_account_multi_plans",
                options,
                {
                    "analytic_account_id": analytic_account_id,
                    "analytic_plan": analytic_plan,
                    "body": body,
                    "folder_id": folder_id,
                },
            ),
        )

    async def accounting_update_client(
        self,
        *,
        client_id: str,
        body: ClientItemUpdate,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_update_client._Success:
        """`PATCH /consumers/{consumer_id}/accounting/clients/{client_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_update_client._Success",
            await self._scope._invoke(
                _accounting_update_client,
                "accounting.accounting_update_client",
                options,
                {"client_id": client_id, "body": body, "folder_id": folder_id},
            ),
        )

    async def accounting_update_supplier(
        self,
        *,
        supplier_id: str,
        body: SupplierItemUpdate,
        folder_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _accounting_update_supplier._Success:
        """`PATCH /consumers/{consumer_id}/accounting/suppliers/{supplier_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_accounting_update_supplier._Success",
            await self._scope._invoke(
                _accounting_update_supplier,
                "accounting.accounting_update_supplier",
                options,
                {"supplier_id": supplier_id, "body": body, "folder_id": folder_id},
            ),
        )
