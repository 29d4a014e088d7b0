"""Typed methods of the `property_management_system` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.property_management_system import pms_get_accounting_categories as _pms_get_accounting_categories
from ..api.property_management_system import (
    pms_get_accounting_transactions as _pms_get_accounting_transactions,
)
from ..api.property_management_system import pms_get_closure as _pms_get_closure
from ..api.property_management_system import pms_get_customer as _pms_get_customer
from ..api.property_management_system import pms_get_customers as _pms_get_customers
from ..api.property_management_system import pms_get_invoices as _pms_get_invoices
from ..api.property_management_system import pms_get_locations as _pms_get_locations
from ..api.property_management_system import pms_get_orders as _pms_get_orders
from ..api.property_management_system import pms_get_payments as _pms_get_payments
from ..api.property_management_system import pms_get_payments_methods as _pms_get_payments_methods
from ..api.property_management_system import pms_get_taxes as _pms_get_taxes
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.pms_accounting_category_item import PMSAccountingCategoryItem
    from ..models.pms_accounting_transaction_item import PMSAccountingTransactionItem
    from ..models.pms_customer_item import PMSCustomerItem
    from ..models.pms_invoice_full_item import PMSInvoiceFullItem
    from ..models.pms_location_item import PMSLocationItem
    from ..models.pms_order_item import PMSOrderItem
    from ..models.pms_payment_item import PMSPaymentItem
    from ..models.pms_payment_methods import PMSPaymentMethods
    from ..models.pms_states import PMSStates
    from ..models.pms_tax_rate_item import PMSTaxRateItem
    from ..types import Unset


class PmsGetAccountingCategoriesOperation:
    """`GET /consumers/{consumer_id}/pms/accounting-categories`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _pms_get_accounting_categories._Success:
        return cast(
            "_pms_get_accounting_categories._Success",
            await self._scope._invoke(
                _pms_get_accounting_categories,
                "property_management_system.pms_get_accounting_categories",
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
    ) -> AsyncIterator[Page[PMSAccountingCategoryItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSAccountingCategoryItem]]",
            self._scope._pages(
                _pms_get_accounting_categories,
                "property_management_system.pms_get_accounting_categories",
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
    ) -> AsyncIterator[PMSAccountingCategoryItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSAccountingCategoryItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_accounting_categories,
                    "property_management_system.pms_get_accounting_categories",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetAccountingTransactionsOperation:
    """`GET /consumers/{consumer_id}/pms/accounting-transactions`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pms_get_accounting_transactions._Success:
        return cast(
            "_pms_get_accounting_transactions._Success",
            await self._scope._invoke(
                _pms_get_accounting_transactions,
                "property_management_system.pms_get_accounting_transactions",
                options,
                {
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                },
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PMSAccountingTransactionItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSAccountingTransactionItem]]",
            self._scope._pages(
                _pms_get_accounting_transactions,
                "property_management_system.pms_get_accounting_transactions",
                options,
                {"date_from": date_from, "date_to": date_to, "location_id": location_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PMSAccountingTransactionItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSAccountingTransactionItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_accounting_transactions,
                    "property_management_system.pms_get_accounting_transactions",
                    options,
                    {"date_from": date_from, "date_to": date_to, "location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetCustomersOperation:
    """`GET /consumers/{consumer_id}/pms/customers`, a paged list: await it for one page, or `.paginate()` /
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
        email: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pms_get_customers._Success:
        return cast(
            "_pms_get_customers._Success",
            await self._scope._invoke(
                _pms_get_customers,
                "property_management_system.pms_get_customers",
                options,
                {"page": page, "size": size, "search": search, "email": email, "phone": phone},
            ),
        )

    def pages(
        self,
        *,
        search: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PMSCustomerItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSCustomerItem]]",
            self._scope._pages(
                _pms_get_customers,
                "property_management_system.pms_get_customers",
                options,
                {"search": search, "email": email, "phone": phone},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        search: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PMSCustomerItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSCustomerItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_customers,
                    "property_management_system.pms_get_customers",
                    options,
                    {"search": search, "email": email, "phone": phone},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetInvoicesOperation:
    """`GET /consumers/{consumer_id}/pms/invoices`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pms_get_invoices._Success:
        return cast(
            "_pms_get_invoices._Success",
            await self._scope._invoke(
                _pms_get_invoices,
                "property_management_system.pms_get_invoices",
                options,
                {
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                },
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PMSInvoiceFullItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSInvoiceFullItem]]",
            self._scope._pages(
                _pms_get_invoices,
                "property_management_system.pms_get_invoices",
                options,
                {"date_from": date_from, "date_to": date_to, "location_id": location_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PMSInvoiceFullItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSInvoiceFullItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_invoices,
                    "property_management_system.pms_get_invoices",
                    options,
                    {"date_from": date_from, "date_to": date_to, "location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetLocationsOperation:
    """`GET /consumers/{consumer_id}/pms/locations`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _pms_get_locations._Success:
        return cast(
            "_pms_get_locations._Success",
            await self._scope._invoke(
                _pms_get_locations,
                "property_management_system.pms_get_locations",
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
    ) -> AsyncIterator[Page[PMSLocationItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSLocationItem]]",
            self._scope._pages(
                _pms_get_locations,
                "property_management_system.pms_get_locations",
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
    ) -> AsyncIterator[PMSLocationItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSLocationItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_locations,
                    "property_management_system.pms_get_locations",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetOrdersOperation:
    """`GET /consumers/{consumer_id}/pms/orders`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        state: PMSStates | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pms_get_orders._Success:
        return cast(
            "_pms_get_orders._Success",
            await self._scope._invoke(
                _pms_get_orders,
                "property_management_system.pms_get_orders",
                options,
                {
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                    "state": state,
                },
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        state: PMSStates | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PMSOrderItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSOrderItem]]",
            self._scope._pages(
                _pms_get_orders,
                "property_management_system.pms_get_orders",
                options,
                {"date_from": date_from, "date_to": date_to, "location_id": location_id, "state": state},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        state: PMSStates | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PMSOrderItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSOrderItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_orders,
                    "property_management_system.pms_get_orders",
                    options,
                    {"date_from": date_from, "date_to": date_to, "location_id": location_id, "state": state},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetPaymentsOperation:
    """`GET /consumers/{consumer_id}/pms/payments`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> _pms_get_payments._Success:
        return cast(
            "_pms_get_payments._Success",
            await self._scope._invoke(
                _pms_get_payments,
                "property_management_system.pms_get_payments",
                options,
                {"page": page, "size": size, "date_from": date_from, "date_to": date_to},
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PMSPaymentItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSPaymentItem]]",
            self._scope._pages(
                _pms_get_payments,
                "property_management_system.pms_get_payments",
                options,
                {"date_from": date_from, "date_to": date_to},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PMSPaymentItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSPaymentItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_payments,
                    "property_management_system.pms_get_payments",
                    options,
                    {"date_from": date_from, "date_to": date_to},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetPaymentsMethodsOperation:
    """`GET /consumers/{consumer_id}/pms/payment-methods`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pms_get_payments_methods._Success:
        return cast(
            "_pms_get_payments_methods._Success",
            await self._scope._invoke(
                _pms_get_payments_methods,
                "property_management_system.pms_get_payments_methods",
                options,
                {"page": page, "size": size, "location_id": location_id},
            ),
        )

    def pages(
        self,
        *,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PMSPaymentMethods]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSPaymentMethods]]",
            self._scope._pages(
                _pms_get_payments_methods,
                "property_management_system.pms_get_payments_methods",
                options,
                {"location_id": location_id},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PMSPaymentMethods]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSPaymentMethods]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_payments_methods,
                    "property_management_system.pms_get_payments_methods",
                    options,
                    {"location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PmsGetTaxesOperation:
    """`GET /consumers/{consumer_id}/pms/taxes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _pms_get_taxes._Success:
        return cast(
            "_pms_get_taxes._Success",
            await self._scope._invoke(
                _pms_get_taxes,
                "property_management_system.pms_get_taxes",
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
    ) -> AsyncIterator[Page[PMSTaxRateItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PMSTaxRateItem]]",
            self._scope._pages(
                _pms_get_taxes,
                "property_management_system.pms_get_taxes",
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
    ) -> AsyncIterator[PMSTaxRateItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PMSTaxRateItem]",
            self._scope._items(
                self._scope._pages(
                    _pms_get_taxes,
                    "property_management_system.pms_get_taxes",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PropertyManagementSystemApi:
    """The `property_management_system` operations of one scope: `await scope.property_management_system.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "pms_get_accounting_categories",
        "pms_get_accounting_transactions",
        "pms_get_customers",
        "pms_get_invoices",
        "pms_get_locations",
        "pms_get_orders",
        "pms_get_payments",
        "pms_get_payments_methods",
        "pms_get_taxes",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.pms_get_accounting_categories = PmsGetAccountingCategoriesOperation(scope)
        self.pms_get_accounting_transactions = PmsGetAccountingTransactionsOperation(scope)
        self.pms_get_customers = PmsGetCustomersOperation(scope)
        self.pms_get_invoices = PmsGetInvoicesOperation(scope)
        self.pms_get_locations = PmsGetLocationsOperation(scope)
        self.pms_get_orders = PmsGetOrdersOperation(scope)
        self.pms_get_payments = PmsGetPaymentsOperation(scope)
        self.pms_get_payments_methods = PmsGetPaymentsMethodsOperation(scope)
        self.pms_get_taxes = PmsGetTaxesOperation(scope)

    async def pms_get_closure(
        self,
        *,
        date: datetime.date,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pms_get_closure._Success:
        """`GET /consumers/{consumer_id}/pms/closures/{date}`; error statuses (400, 405, 422, 502) raise typed errors."""
        return cast(
            "_pms_get_closure._Success",
            await self._scope._invoke(
                _pms_get_closure,
                "property_management_system.pms_get_closure",
                options,
                {"date": date, "location_id": location_id},
            ),
        )

    async def pms_get_customer(
        self, *, customer_id: str, options: RequestOptions | None = None
    ) -> _pms_get_customer._Success:
        """`GET /consumers/{consumer_id}/pms/customers/{customer_id}`; error statuses (400, 404, 405, 422, 502) raise typed errors."""
        return cast(
            "_pms_get_customer._Success",
            await self._scope._invoke(
                _pms_get_customer,
                "property_management_system.pms_get_customer",
                options,
                {"customer_id": customer_id},
            ),
        )
