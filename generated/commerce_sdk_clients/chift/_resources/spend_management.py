"""Typed methods of the `spend_management` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.spend_management import (
    spend_management_create_analytic_account as _spend_management_create_analytic_account,
)
from ..api.spend_management import (
    spend_management_create_ledger_account as _spend_management_create_ledger_account,
)
from ..api.spend_management import spend_management_create_supplier as _spend_management_create_supplier
from ..api.spend_management import spend_management_create_tax_code as _spend_management_create_tax_code
from ..api.spend_management import (
    spend_management_get_analytic_account as _spend_management_get_analytic_account,
)
from ..api.spend_management import (
    spend_management_get_analytic_accounts as _spend_management_get_analytic_accounts,
)
from ..api.spend_management import (
    spend_management_get_analytical_plans as _spend_management_get_analytical_plans,
)
from ..api.spend_management import spend_management_get_employees as _spend_management_get_employees
from ..api.spend_management import (
    spend_management_get_financial_movements as _spend_management_get_financial_movements,
)
from ..api.spend_management import (
    spend_management_get_ledger_accounts as _spend_management_get_ledger_accounts,
)
from ..api.spend_management import spend_management_get_legal_entities as _spend_management_get_legal_entities
from ..api.spend_management import spend_management_get_payable as _spend_management_get_payable
from ..api.spend_management import spend_management_get_payables as _spend_management_get_payables
from ..api.spend_management import spend_management_get_supplier as _spend_management_get_supplier
from ..api.spend_management import spend_management_get_suppliers as _spend_management_get_suppliers
from ..api.spend_management import spend_management_get_tax_codes as _spend_management_get_tax_codes
from ..api.spend_management import (
    spend_management_mark_financial_movement_as_exported as _spend_management_mark_financial_movement_as_exported,
)
from ..api.spend_management import (
    spend_management_mark_payable_as_exported as _spend_management_mark_payable_as_exported,
)
from ..api.spend_management import (
    spend_management_update_analytic_account as _spend_management_update_analytic_account,
)
from ..api.spend_management import spend_management_update_supplier as _spend_management_update_supplier
from ..models.bool_param import BoolParam
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.account_item import AccountItem
    from ..models.analytic_account_item_in import AnalyticAccountItemIn
    from ..models.analytic_account_item_out_multi_analytic_plans import (
        AnalyticAccountItemOutMultiAnalyticPlans,
    )
    from ..models.analytic_account_item_update import AnalyticAccountItemUpdate
    from ..models.analytic_plan_item import AnalyticPlanItem
    from ..models.employee_item import EmployeeItem
    from ..models.financial_movement_item import FinancialMovementItem
    from ..models.ledger_account_item_in import LedgerAccountItemIn
    from ..models.payable_export_status import PayableExportStatus
    from ..models.payable_item import PayableItem
    from ..models.payable_type import PayableType
    from ..models.spend_management_supplier_item_in import SpendManagementSupplierItemIn
    from ..models.spend_management_supplier_item_out import SpendManagementSupplierItemOut
    from ..models.spend_management_supplier_item_update import SpendManagementSupplierItemUpdate
    from ..models.tax_code_item import TaxCodeItem
    from ..models.tax_code_item_in import TaxCodeItemIn
    from ..types import Unset


class SpendManagementGetAnalyticAccountsOperation:
    """`GET /consumers/{consumer_id}/spend_management/analytic-accounts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _spend_management_get_analytic_accounts._Success:
        return cast(
            "_spend_management_get_analytic_accounts._Success",
            await self._scope._invoke(
                _spend_management_get_analytic_accounts,
                "spend_management.spend_management_get_analytic_accounts",
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
    ) -> AsyncIterator[Page[AnalyticAccountItemOutMultiAnalyticPlans]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AnalyticAccountItemOutMultiAnalyticPlans]]",
            self._scope._pages(
                _spend_management_get_analytic_accounts,
                "spend_management.spend_management_get_analytic_accounts",
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
    ) -> AsyncIterator[AnalyticAccountItemOutMultiAnalyticPlans]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AnalyticAccountItemOutMultiAnalyticPlans]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_analytic_accounts,
                    "spend_management.spend_management_get_analytic_accounts",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementGetAnalyticalPlansOperation:
    """`GET /consumers/{consumer_id}/spend_management/analytical-plans`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _spend_management_get_analytical_plans._Success:
        return cast(
            "_spend_management_get_analytical_plans._Success",
            await self._scope._invoke(
                _spend_management_get_analytical_plans,
                "spend_management.spend_management_get_analytical_plans",
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
    ) -> AsyncIterator[Page[AnalyticPlanItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AnalyticPlanItem]]",
            self._scope._pages(
                _spend_management_get_analytical_plans,
                "spend_management.spend_management_get_analytical_plans",
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
    ) -> AsyncIterator[AnalyticPlanItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AnalyticPlanItem]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_analytical_plans,
                    "spend_management.spend_management_get_analytical_plans",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementGetEmployeesOperation:
    """`GET /consumers/{consumer_id}/spend_management/employees`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _spend_management_get_employees._Success:
        return cast(
            "_spend_management_get_employees._Success",
            await self._scope._invoke(
                _spend_management_get_employees,
                "spend_management.spend_management_get_employees",
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
    ) -> AsyncIterator[Page[EmployeeItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[EmployeeItem]]",
            self._scope._pages(
                _spend_management_get_employees,
                "spend_management.spend_management_get_employees",
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
    ) -> AsyncIterator[EmployeeItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[EmployeeItem]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_employees,
                    "spend_management.spend_management_get_employees",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementGetFinancialMovementsOperation:
    """`GET /consumers/{consumer_id}/spend_management/financial-movements`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page: int | Unset = 1,
        size: int | Unset = 50,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        export_status: None | PayableExportStatus | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _spend_management_get_financial_movements._Success:
        return cast(
            "_spend_management_get_financial_movements._Success",
            await self._scope._invoke(
                _spend_management_get_financial_movements,
                "spend_management.spend_management_get_financial_movements",
                options,
                {
                    "cursor": cursor,
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "export_status": export_status,
                },
            ),
        )

    def pages(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        export_status: None | PayableExportStatus | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[FinancialMovementItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[FinancialMovementItem]]",
            self._scope._pages(
                _spend_management_get_financial_movements,
                "spend_management.spend_management_get_financial_movements",
                options,
                {
                    "cursor": cursor,
                    "date_from": date_from,
                    "date_to": date_to,
                    "export_status": export_status,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        export_status: None | PayableExportStatus | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[FinancialMovementItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[FinancialMovementItem]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_financial_movements,
                    "spend_management.spend_management_get_financial_movements",
                    options,
                    {
                        "cursor": cursor,
                        "date_from": date_from,
                        "date_to": date_to,
                        "export_status": export_status,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementGetLedgerAccountsOperation:
    """`GET /consumers/{consumer_id}/spend_management/ledger-accounts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _spend_management_get_ledger_accounts._Success:
        return cast(
            "_spend_management_get_ledger_accounts._Success",
            await self._scope._invoke(
                _spend_management_get_ledger_accounts,
                "spend_management.spend_management_get_ledger_accounts",
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
    ) -> AsyncIterator[Page[AccountItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountItem]]",
            self._scope._pages(
                _spend_management_get_ledger_accounts,
                "spend_management.spend_management_get_ledger_accounts",
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
    ) -> AsyncIterator[AccountItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountItem]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_ledger_accounts,
                    "spend_management.spend_management_get_ledger_accounts",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementGetPayablesOperation:
    """`GET /consumers/{consumer_id}/spend_management/payables`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page: int | Unset = 1,
        size: int | Unset = 50,
        payable_type: PayableType,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        export_status: None | PayableExportStatus | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _spend_management_get_payables._Success:
        return cast(
            "_spend_management_get_payables._Success",
            await self._scope._invoke(
                _spend_management_get_payables,
                "spend_management.spend_management_get_payables",
                options,
                {
                    "cursor": cursor,
                    "page": page,
                    "size": size,
                    "payable_type": payable_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "export_status": export_status,
                },
            ),
        )

    def pages(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        payable_type: PayableType,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        export_status: None | PayableExportStatus | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PayableItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PayableItem]]",
            self._scope._pages(
                _spend_management_get_payables,
                "spend_management.spend_management_get_payables",
                options,
                {
                    "cursor": cursor,
                    "payable_type": payable_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "export_status": export_status,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        payable_type: PayableType,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        export_status: None | PayableExportStatus | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PayableItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PayableItem]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_payables,
                    "spend_management.spend_management_get_payables",
                    options,
                    {
                        "cursor": cursor,
                        "payable_type": payable_type,
                        "date_from": date_from,
                        "date_to": date_to,
                        "updated_after": updated_after,
                        "export_status": export_status,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementGetSuppliersOperation:
    """`GET /consumers/{consumer_id}/spend_management/suppliers`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        search: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _spend_management_get_suppliers._Success:
        return cast(
            "_spend_management_get_suppliers._Success",
            await self._scope._invoke(
                _spend_management_get_suppliers,
                "spend_management.spend_management_get_suppliers",
                options,
                {"page": page, "size": size, "search": search},
            ),
        )

    def pages(
        self,
        *,
        search: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[SpendManagementSupplierItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[SpendManagementSupplierItemOut]]",
            self._scope._pages(
                _spend_management_get_suppliers,
                "spend_management.spend_management_get_suppliers",
                options,
                {"search": search},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        search: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SpendManagementSupplierItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[SpendManagementSupplierItemOut]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_suppliers,
                    "spend_management.spend_management_get_suppliers",
                    options,
                    {"search": search},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementGetTaxCodesOperation:
    """`GET /consumers/{consumer_id}/spend_management/tax-codes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _spend_management_get_tax_codes._Success:
        return cast(
            "_spend_management_get_tax_codes._Success",
            await self._scope._invoke(
                _spend_management_get_tax_codes,
                "spend_management.spend_management_get_tax_codes",
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
    ) -> AsyncIterator[Page[TaxCodeItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[TaxCodeItem]]",
            self._scope._pages(
                _spend_management_get_tax_codes,
                "spend_management.spend_management_get_tax_codes",
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
    ) -> AsyncIterator[TaxCodeItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[TaxCodeItem]",
            self._scope._items(
                self._scope._pages(
                    _spend_management_get_tax_codes,
                    "spend_management.spend_management_get_tax_codes",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SpendManagementApi:
    """The `spend_management` operations of one scope: `await scope.spend_management.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "spend_management_get_analytic_accounts",
        "spend_management_get_analytical_plans",
        "spend_management_get_employees",
        "spend_management_get_financial_movements",
        "spend_management_get_ledger_accounts",
        "spend_management_get_payables",
        "spend_management_get_suppliers",
        "spend_management_get_tax_codes",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.spend_management_get_analytic_accounts = SpendManagementGetAnalyticAccountsOperation(scope)
        self.spend_management_get_analytical_plans = SpendManagementGetAnalyticalPlansOperation(scope)
        self.spend_management_get_employees = SpendManagementGetEmployeesOperation(scope)
        self.spend_management_get_financial_movements = SpendManagementGetFinancialMovementsOperation(scope)
        self.spend_management_get_ledger_accounts = SpendManagementGetLedgerAccountsOperation(scope)
        self.spend_management_get_payables = SpendManagementGetPayablesOperation(scope)
        self.spend_management_get_suppliers = SpendManagementGetSuppliersOperation(scope)
        self.spend_management_get_tax_codes = SpendManagementGetTaxCodesOperation(scope)

    async def spend_management_create_analytic_account(
        self, *, analytic_plan: str, body: AnalyticAccountItemIn, options: RequestOptions | None = None
    ) -> _spend_management_create_analytic_account._Success:
        """`POST /consumers/{consumer_id}/spend_management/analytic-accounts/analytic-plans/{analytic_plan}`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_spend_management_create_analytic_account._Success",
            await self._scope._invoke(
                _spend_management_create_analytic_account,
                "spend_management.spend_management_create_analytic_account",
                options,
                {"analytic_plan": analytic_plan, "body": body},
            ),
        )

    async def spend_management_create_ledger_account(
        self, *, body: LedgerAccountItemIn, options: RequestOptions | None = None
    ) -> _spend_management_create_ledger_account._Success:
        """`POST /consumers/{consumer_id}/spend_management/ledger-accounts`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_spend_management_create_ledger_account._Success",
            await self._scope._invoke(
                _spend_management_create_ledger_account,
                "spend_management.spend_management_create_ledger_account",
                options,
                {"body": body},
            ),
        )

    async def spend_management_create_supplier(
        self, *, body: SpendManagementSupplierItemIn, options: RequestOptions | None = None
    ) -> _spend_management_create_supplier._Success:
        """`POST /consumers/{consumer_id}/spend_management/suppliers`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_spend_management_create_supplier._Success",
            await self._scope._invoke(
                _spend_management_create_supplier,
                "spend_management.spend_management_create_supplier",
                options,
                {"body": body},
            ),
        )

    async def spend_management_create_tax_code(
        self, *, body: TaxCodeItemIn, options: RequestOptions | None = None
    ) -> _spend_management_create_tax_code._Success:
        """`POST /consumers/{consumer_id}/spend_management/tax-codes`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_spend_management_create_tax_code._Success",
            await self._scope._invoke(
                _spend_management_create_tax_code,
                "spend_management.spend_management_create_tax_code",
                options,
                {"body": body},
            ),
        )

    async def spend_management_get_analytic_account(
        self, *, analytic_account_id: str, analytic_plan: str, options: RequestOptions | None = None
    ) -> _spend_management_get_analytic_account._Success:
        """`GET /consumers/{consumer_id}/spend_management/analytic-accounts/{analytic_account_id}/analytic-plans/{analytic_plan}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_spend_management_get_analytic_account._Success",
            await self._scope._invoke(
                _spend_management_get_analytic_account,
                "spend_management.spend_management_get_analytic_account",
                options,
                {"analytic_account_id": analytic_account_id, "analytic_plan": analytic_plan},
            ),
        )

    async def spend_management_get_legal_entities(
        self, *, options: RequestOptions | None = None
    ) -> _spend_management_get_legal_entities._Success:
        """`GET /consumers/{consumer_id}/spend_management/legal-entities`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_spend_management_get_legal_entities._Success",
            await self._scope._invoke(
                _spend_management_get_legal_entities,
                "spend_management.spend_management_get_legal_entities",
                options,
                {},
            ),
        )

    async def spend_management_get_payable(
        self,
        *,
        payable_id: str,
        include_attachments: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _spend_management_get_payable._Success:
        """`GET /consumers/{consumer_id}/spend_management/payables/{payable_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_spend_management_get_payable._Success",
            await self._scope._invoke(
                _spend_management_get_payable,
                "spend_management.spend_management_get_payable",
                options,
                {"payable_id": payable_id, "include_attachments": include_attachments},
            ),
        )

    async def spend_management_get_supplier(
        self, *, supplier_id: str, options: RequestOptions | None = None
    ) -> _spend_management_get_supplier._Success:
        """`GET /consumers/{consumer_id}/spend_management/suppliers/{supplier_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_spend_management_get_supplier._Success",
            await self._scope._invoke(
                _spend_management_get_supplier,
                "spend_management.spend_management_get_supplier",
                options,
                {"supplier_id": supplier_id},
            ),
        )

    async def spend_management_mark_financial_movement_as_exported(
        self, *, financial_movement_id: str, options: RequestOptions | None = None
    ) -> _spend_management_mark_financial_movement_as_exported._Success:
        """`PATCH /consumers/{consumer_id}/spend_management/financial-movements/{financial_movement_id}/mark-as-exported`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_spend_management_mark_financial_movement_as_exported._Success",
            await self._scope._invoke(
                _spend_management_mark_financial_movement_as_exported,
                "spend_management.spend_management_mark_financial_movement_as_exported",
                options,
                {"financial_movement_id": financial_movement_id},
            ),
        )

    async def spend_management_mark_payable_as_exported(
        self, *, payable_id: str, options: RequestOptions | None = None
    ) -> _spend_management_mark_payable_as_exported._Success:
        """`PATCH /consumers/{consumer_id}/spend_management/payables/{payable_id}/mark-as-exported`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_spend_management_mark_payable_as_exported._Success",
            await self._scope._invoke(
                _spend_management_mark_payable_as_exported,
                "spend_management.spend_management_mark_payable_as_exported",
                options,
                {"payable_id": payable_id},
            ),
        )

    async def spend_management_update_analytic_account(
        self,
        *,
        analytic_account_id: str,
        analytic_plan: str,
        body: AnalyticAccountItemUpdate,
        options: RequestOptions | None = None,
    ) -> _spend_management_update_analytic_account._Success:
        """`PATCH /consumers/{consumer_id}/spend_management/analytic-accounts/{analytic_account_id}/analytic-plans/{analytic_plan}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_spend_management_update_analytic_account._Success",
            await self._scope._invoke(
                _spend_management_update_analytic_account,
                "spend_management.spend_management_update_analytic_account",
                options,
                {"analytic_account_id": analytic_account_id, "analytic_plan": analytic_plan, "body": body},
            ),
        )

    async def spend_management_update_supplier(
        self,
        *,
        supplier_id: str,
        body: SpendManagementSupplierItemUpdate,
        options: RequestOptions | None = None,
    ) -> _spend_management_update_supplier._Success:
        """`PATCH /consumers/{consumer_id}/spend_management/suppliers/{supplier_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_spend_management_update_supplier._Success",
            await self._scope._invoke(
                _spend_management_update_supplier,
                "spend_management.spend_management_update_supplier",
                options,
                {"supplier_id": supplier_id, "body": body},
            ),
        )
