"""Typed methods of the `point_of_sale` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.point_of_sale import pos_create_pos_customer as _pos_create_pos_customer
from ..api.point_of_sale import pos_get_accounting_categories as _pos_get_accounting_categories
from ..api.point_of_sale import pos_get_closure as _pos_get_closure
from ..api.point_of_sale import pos_get_customer as _pos_get_customer
from ..api.point_of_sale import pos_get_customers as _pos_get_customers
from ..api.point_of_sale import pos_get_locations as _pos_get_locations
from ..api.point_of_sale import pos_get_modifiers as _pos_get_modifiers
from ..api.point_of_sale import pos_get_objectives as _pos_get_objectives
from ..api.point_of_sale import pos_get_order as _pos_get_order
from ..api.point_of_sale import pos_get_orders as _pos_get_orders
from ..api.point_of_sale import pos_get_payments as _pos_get_payments
from ..api.point_of_sale import pos_get_payments_methods as _pos_get_payments_methods
from ..api.point_of_sale import pos_get_product_categories as _pos_get_product_categories
from ..api.point_of_sale import pos_get_products as _pos_get_products
from ..api.point_of_sale import pos_get_report as _pos_get_report
from ..api.point_of_sale import pos_get_sales as _pos_get_sales
from ..api.point_of_sale import pos_get_taxes as _pos_get_taxes
from ..api.point_of_sale import pos_update_pos_customer as _pos_update_pos_customer
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.accounting_category_item import AccountingCategoryItem
    from ..models.bool_param import BoolParam
    from ..models.modifiers_item import ModifiersItem
    from ..models.objectives_item import ObjectivesItem
    from ..models.payment_methods import PaymentMethods
    from ..models.pos_create_customer_item import POSCreateCustomerItem
    from ..models.pos_customer_item import POSCustomerItem
    from ..models.pos_location_item import POSLocationItem
    from ..models.pos_order_item import POSOrderItem
    from ..models.pos_payment_item import POSPaymentItem
    from ..models.pos_product_item import POSProductItem
    from ..models.pos_tax_rate_item import POSTaxRateItem
    from ..models.product_category_item import ProductCategoryItem
    from ..models.states import States
    from ..models.update_order_item import UpdateOrderItem
    from ..types import Unset


class PosGetAccountingCategoriesOperation:
    """`GET /consumers/{consumer_id}/pos/accounting-categories`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_accounting_categories._Success:
        return cast(
            "_pos_get_accounting_categories._Success",
            await self._scope._invoke(
                _pos_get_accounting_categories,
                "point_of_sale.pos_get_accounting_categories",
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
    ) -> AsyncIterator[Page[AccountingCategoryItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[AccountingCategoryItem]]",
            self._scope._pages(
                _pos_get_accounting_categories,
                "point_of_sale.pos_get_accounting_categories",
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
    ) -> AsyncIterator[AccountingCategoryItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[AccountingCategoryItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_accounting_categories,
                    "point_of_sale.pos_get_accounting_categories",
                    options,
                    {"location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetCustomersOperation:
    """`GET /consumers/{consumer_id}/pos/customers`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_customers._Success:
        return cast(
            "_pos_get_customers._Success",
            await self._scope._invoke(
                _pos_get_customers,
                "point_of_sale.pos_get_customers",
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
    ) -> AsyncIterator[Page[POSCustomerItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[POSCustomerItem]]",
            self._scope._pages(
                _pos_get_customers,
                "point_of_sale.pos_get_customers",
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
    ) -> AsyncIterator[POSCustomerItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[POSCustomerItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_customers,
                    "point_of_sale.pos_get_customers",
                    options,
                    {"search": search, "email": email, "phone": phone},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetLocationsOperation:
    """`GET /consumers/{consumer_id}/pos/locations`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _pos_get_locations._Success:
        return cast(
            "_pos_get_locations._Success",
            await self._scope._invoke(
                _pos_get_locations, "point_of_sale.pos_get_locations", options, {"page": page, "size": size}
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[POSLocationItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[POSLocationItem]]",
            self._scope._pages(
                _pos_get_locations,
                "point_of_sale.pos_get_locations",
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
    ) -> AsyncIterator[POSLocationItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[POSLocationItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_locations,
                    "point_of_sale.pos_get_locations",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetModifiersOperation:
    """`GET /consumers/{consumer_id}/pos/modifiers`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_modifiers._Success:
        return cast(
            "_pos_get_modifiers._Success",
            await self._scope._invoke(
                _pos_get_modifiers,
                "point_of_sale.pos_get_modifiers",
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
    ) -> AsyncIterator[Page[ModifiersItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ModifiersItem]]",
            self._scope._pages(
                _pos_get_modifiers,
                "point_of_sale.pos_get_modifiers",
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
    ) -> AsyncIterator[ModifiersItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ModifiersItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_modifiers,
                    "point_of_sale.pos_get_modifiers",
                    options,
                    {"location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetObjectivesOperation:
    """`GET /consumers/{consumer_id}/pos/objectives`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_objectives._Success:
        return cast(
            "_pos_get_objectives._Success",
            await self._scope._invoke(
                _pos_get_objectives,
                "point_of_sale.pos_get_objectives",
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
    ) -> AsyncIterator[Page[ObjectivesItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ObjectivesItem]]",
            self._scope._pages(
                _pos_get_objectives,
                "point_of_sale.pos_get_objectives",
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
    ) -> AsyncIterator[ObjectivesItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ObjectivesItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_objectives,
                    "point_of_sale.pos_get_objectives",
                    options,
                    {"date_from": date_from, "date_to": date_to, "location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetOrdersOperation:
    """`GET /consumers/{consumer_id}/pos/orders`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        state: States | Unset = UNSET,
        closure_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pos_get_orders._Success:
        return cast(
            "_pos_get_orders._Success",
            await self._scope._invoke(
                _pos_get_orders,
                "point_of_sale.pos_get_orders",
                options,
                {
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                    "state": state,
                    "closure_id": closure_id,
                },
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        state: States | Unset = UNSET,
        closure_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[POSOrderItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[POSOrderItem]]",
            self._scope._pages(
                _pos_get_orders,
                "point_of_sale.pos_get_orders",
                options,
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                    "state": state,
                    "closure_id": closure_id,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        state: States | Unset = UNSET,
        closure_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[POSOrderItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[POSOrderItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_orders,
                    "point_of_sale.pos_get_orders",
                    options,
                    {
                        "date_from": date_from,
                        "date_to": date_to,
                        "location_id": location_id,
                        "state": state,
                        "closure_id": closure_id,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetPaymentsOperation:
    """`GET /consumers/{consumer_id}/pos/payments`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_payments._Success:
        return cast(
            "_pos_get_payments._Success",
            await self._scope._invoke(
                _pos_get_payments,
                "point_of_sale.pos_get_payments",
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
    ) -> AsyncIterator[Page[POSPaymentItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[POSPaymentItem]]",
            self._scope._pages(
                _pos_get_payments,
                "point_of_sale.pos_get_payments",
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
    ) -> AsyncIterator[POSPaymentItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[POSPaymentItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_payments,
                    "point_of_sale.pos_get_payments",
                    options,
                    {"date_from": date_from, "date_to": date_to},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetPaymentsMethodsOperation:
    """`GET /consumers/{consumer_id}/pos/payment-methods`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_payments_methods._Success:
        return cast(
            "_pos_get_payments_methods._Success",
            await self._scope._invoke(
                _pos_get_payments_methods,
                "point_of_sale.pos_get_payments_methods",
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
    ) -> AsyncIterator[Page[PaymentMethods]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PaymentMethods]]",
            self._scope._pages(
                _pos_get_payments_methods,
                "point_of_sale.pos_get_payments_methods",
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
    ) -> AsyncIterator[PaymentMethods]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PaymentMethods]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_payments_methods,
                    "point_of_sale.pos_get_payments_methods",
                    options,
                    {"location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetProductCategoriesOperation:
    """`GET /consumers/{consumer_id}/pos/product-categories`, a paged list: await it for one page, or `.paginate()` /
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
        only_parents: BoolParam | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pos_get_product_categories._Success:
        return cast(
            "_pos_get_product_categories._Success",
            await self._scope._invoke(
                _pos_get_product_categories,
                "point_of_sale.pos_get_product_categories",
                options,
                {"page": page, "size": size, "location_id": location_id, "only_parents": only_parents},
            ),
        )

    def pages(
        self,
        *,
        location_id: None | str | Unset = UNSET,
        only_parents: BoolParam | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[ProductCategoryItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ProductCategoryItem]]",
            self._scope._pages(
                _pos_get_product_categories,
                "point_of_sale.pos_get_product_categories",
                options,
                {"location_id": location_id, "only_parents": only_parents},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        location_id: None | str | Unset = UNSET,
        only_parents: BoolParam | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[ProductCategoryItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ProductCategoryItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_product_categories,
                    "point_of_sale.pos_get_product_categories",
                    options,
                    {"location_id": location_id, "only_parents": only_parents},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetProductsOperation:
    """`GET /consumers/{consumer_id}/pos/products`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_products._Success:
        return cast(
            "_pos_get_products._Success",
            await self._scope._invoke(
                _pos_get_products,
                "point_of_sale.pos_get_products",
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
    ) -> AsyncIterator[Page[POSProductItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[POSProductItem]]",
            self._scope._pages(
                _pos_get_products,
                "point_of_sale.pos_get_products",
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
    ) -> AsyncIterator[POSProductItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[POSProductItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_products,
                    "point_of_sale.pos_get_products",
                    options,
                    {"location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PosGetTaxesOperation:
    """`GET /consumers/{consumer_id}/pos/tax-rates`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _pos_get_taxes._Success:
        return cast(
            "_pos_get_taxes._Success",
            await self._scope._invoke(
                _pos_get_taxes,
                "point_of_sale.pos_get_taxes",
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
    ) -> AsyncIterator[Page[POSTaxRateItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[POSTaxRateItem]]",
            self._scope._pages(
                _pos_get_taxes,
                "point_of_sale.pos_get_taxes",
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
    ) -> AsyncIterator[POSTaxRateItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[POSTaxRateItem]",
            self._scope._items(
                self._scope._pages(
                    _pos_get_taxes,
                    "point_of_sale.pos_get_taxes",
                    options,
                    {"location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PointOfSaleApi:
    """The `point_of_sale` operations of one scope: `await scope.point_of_sale.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "pos_get_accounting_categories",
        "pos_get_customers",
        "pos_get_locations",
        "pos_get_modifiers",
        "pos_get_objectives",
        "pos_get_orders",
        "pos_get_payments",
        "pos_get_payments_methods",
        "pos_get_product_categories",
        "pos_get_products",
        "pos_get_taxes",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.pos_get_accounting_categories = PosGetAccountingCategoriesOperation(scope)
        self.pos_get_customers = PosGetCustomersOperation(scope)
        self.pos_get_locations = PosGetLocationsOperation(scope)
        self.pos_get_modifiers = PosGetModifiersOperation(scope)
        self.pos_get_objectives = PosGetObjectivesOperation(scope)
        self.pos_get_orders = PosGetOrdersOperation(scope)
        self.pos_get_payments = PosGetPaymentsOperation(scope)
        self.pos_get_payments_methods = PosGetPaymentsMethodsOperation(scope)
        self.pos_get_product_categories = PosGetProductCategoriesOperation(scope)
        self.pos_get_products = PosGetProductsOperation(scope)
        self.pos_get_taxes = PosGetTaxesOperation(scope)

    async def pos_create_pos_customer(
        self, *, body: POSCreateCustomerItem, options: RequestOptions | None = None
    ) -> _pos_create_pos_customer._Success:
        """`POST /consumers/{consumer_id}/pos/customers`; error statuses (400, 405, 422, 502) raise typed errors."""
        return cast(
            "_pos_create_pos_customer._Success",
            await self._scope._invoke(
                _pos_create_pos_customer, "point_of_sale.pos_create_pos_customer", options, {"body": body}
            ),
        )

    async def pos_get_closure(
        self,
        *,
        date: datetime.date,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pos_get_closure._Success:
        """`GET /consumers/{consumer_id}/pos/closures/{date}`; error statuses (400, 405, 422, 502) raise typed errors."""
        return cast(
            "_pos_get_closure._Success",
            await self._scope._invoke(
                _pos_get_closure,
                "point_of_sale.pos_get_closure",
                options,
                {"date": date, "location_id": location_id},
            ),
        )

    async def pos_get_customer(
        self, *, customer_id: str, options: RequestOptions | None = None
    ) -> _pos_get_customer._Success:
        """`GET /consumers/{consumer_id}/pos/customers/{customer_id}`; error statuses (400, 404, 405, 422, 502) raise typed errors."""
        return cast(
            "_pos_get_customer._Success",
            await self._scope._invoke(
                _pos_get_customer, "point_of_sale.pos_get_customer", options, {"customer_id": customer_id}
            ),
        )

    async def pos_get_order(
        self, *, order_id: str, options: RequestOptions | None = None
    ) -> _pos_get_order._Success:
        """`GET /consumers/{consumer_id}/pos/orders/{order_id}`; error statuses (400, 404, 405, 422, 502) raise typed errors."""
        return cast(
            "_pos_get_order._Success",
            await self._scope._invoke(
                _pos_get_order, "point_of_sale.pos_get_order", options, {"order_id": order_id}
            ),
        )

    async def pos_get_report(
        self,
        *,
        date: datetime.date,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pos_get_report._Success:
        """`GET /consumers/{consumer_id}/pos/report`; error statuses (400, 405, 422, 502) raise typed errors."""
        return cast(
            "_pos_get_report._Success",
            await self._scope._invoke(
                _pos_get_report,
                "point_of_sale.pos_get_report",
                options,
                {"date": date, "location_id": location_id},
            ),
        )

    async def pos_get_sales(
        self,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pos_get_sales._Success:
        """`GET /consumers/{consumer_id}/pos/sales`; error statuses (400, 405, 422, 502) raise typed errors."""
        return cast(
            "_pos_get_sales._Success",
            await self._scope._invoke(
                _pos_get_sales,
                "point_of_sale.pos_get_sales",
                options,
                {"date_from": date_from, "date_to": date_to, "location_id": location_id},
            ),
        )

    async def pos_update_pos_customer(
        self, *, order_id: str, body: UpdateOrderItem, options: RequestOptions | None = None
    ) -> _pos_update_pos_customer._Success:
        """`PATCH /consumers/{consumer_id}/pos/orders/{order_id}`; error statuses (400, 405, 422, 502) raise typed errors."""
        return cast(
            "_pos_update_pos_customer._Success",
            await self._scope._invoke(
                _pos_update_pos_customer,
                "point_of_sale.pos_update_pos_customer",
                options,
                {"order_id": order_id, "body": body},
            ),
        )
