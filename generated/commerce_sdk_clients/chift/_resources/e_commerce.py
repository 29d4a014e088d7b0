"""Typed methods of the `e_commerce` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.e_commerce import ecommerce_create_order as _ecommerce_create_order
from ..api.e_commerce import ecommerce_get_countries as _ecommerce_get_countries
from ..api.e_commerce import ecommerce_get_customer as _ecommerce_get_customer
from ..api.e_commerce import ecommerce_get_customers as _ecommerce_get_customers
from ..api.e_commerce import ecommerce_get_locations as _ecommerce_get_locations
from ..api.e_commerce import ecommerce_get_order as _ecommerce_get_order
from ..api.e_commerce import ecommerce_get_orders as _ecommerce_get_orders
from ..api.e_commerce import ecommerce_get_payments_methods as _ecommerce_get_payments_methods
from ..api.e_commerce import ecommerce_get_product as _ecommerce_get_product
from ..api.e_commerce import ecommerce_get_product_categories as _ecommerce_get_product_categories
from ..api.e_commerce import ecommerce_get_products as _ecommerce_get_products
from ..api.e_commerce import ecommerce_get_taxes as _ecommerce_get_taxes
from ..api.e_commerce import ecommerce_get_variant as _ecommerce_get_variant
from ..api.e_commerce import ecommerce_update_variant_quantity as _ecommerce_update_variant_quantity
from ..models.bool_param import BoolParam
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.category_item import CategoryItem
    from ..models.commerce_customer_item import CommerceCustomerItem
    from ..models.commerce_location_item_out import CommerceLocationItemOut
    from ..models.commerce_product_item import CommerceProductItem
    from ..models.country_item import CountryItem
    from ..models.inventory_details_update import InventoryDetailsUpdate
    from ..models.order_item_in import OrderItemIn
    from ..models.order_item_out import OrderItemOut
    from ..models.payment_method_item import PaymentMethodItem
    from ..models.tax_rate_item import TaxRateItem
    from ..types import Unset


class EcommerceGetCountriesOperation:
    """`GET /consumers/{consumer_id}/commerce/countries`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _ecommerce_get_countries._Success:
        return cast(
            "_ecommerce_get_countries._Success",
            await self._scope._invoke(
                _ecommerce_get_countries,
                "e_commerce.ecommerce_get_countries",
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
    ) -> AsyncIterator[Page[CountryItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[CountryItem]]",
            self._scope._pages(
                _ecommerce_get_countries,
                "e_commerce.ecommerce_get_countries",
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
    ) -> AsyncIterator[CountryItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[CountryItem]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_countries,
                    "e_commerce.ecommerce_get_countries",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class EcommerceGetCustomersOperation:
    """`GET /consumers/{consumer_id}/commerce/customers`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _ecommerce_get_customers._Success:
        return cast(
            "_ecommerce_get_customers._Success",
            await self._scope._invoke(
                _ecommerce_get_customers,
                "e_commerce.ecommerce_get_customers",
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
    ) -> AsyncIterator[Page[CommerceCustomerItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[CommerceCustomerItem]]",
            self._scope._pages(
                _ecommerce_get_customers,
                "e_commerce.ecommerce_get_customers",
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
    ) -> AsyncIterator[CommerceCustomerItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[CommerceCustomerItem]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_customers,
                    "e_commerce.ecommerce_get_customers",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class EcommerceGetLocationsOperation:
    """`GET /consumers/{consumer_id}/commerce/locations`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _ecommerce_get_locations._Success:
        return cast(
            "_ecommerce_get_locations._Success",
            await self._scope._invoke(
                _ecommerce_get_locations,
                "e_commerce.ecommerce_get_locations",
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
    ) -> AsyncIterator[Page[CommerceLocationItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[CommerceLocationItemOut]]",
            self._scope._pages(
                _ecommerce_get_locations,
                "e_commerce.ecommerce_get_locations",
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
    ) -> AsyncIterator[CommerceLocationItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[CommerceLocationItemOut]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_locations,
                    "e_commerce.ecommerce_get_locations",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class EcommerceGetOrdersOperation:
    """`GET /consumers/{consumer_id}/commerce/orders`, a paged list: await it for one page, or `.paginate()` /
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
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
        include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
        include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
        options: RequestOptions | None = None,
    ) -> _ecommerce_get_orders._Success:
        return cast(
            "_ecommerce_get_orders._Success",
            await self._scope._invoke(
                _ecommerce_get_orders,
                "e_commerce.ecommerce_get_orders",
                options,
                {
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "include_detailed_refunds": include_detailed_refunds,
                    "include_product_categories": include_product_categories,
                    "include_customer_details": include_customer_details,
                },
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
        include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
        include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[OrderItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[OrderItemOut]]",
            self._scope._pages(
                _ecommerce_get_orders,
                "e_commerce.ecommerce_get_orders",
                options,
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "updated_after": updated_after,
                    "include_detailed_refunds": include_detailed_refunds,
                    "include_product_categories": include_product_categories,
                    "include_customer_details": include_customer_details,
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
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
        include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
        include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[OrderItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[OrderItemOut]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_orders,
                    "e_commerce.ecommerce_get_orders",
                    options,
                    {
                        "date_from": date_from,
                        "date_to": date_to,
                        "updated_after": updated_after,
                        "include_detailed_refunds": include_detailed_refunds,
                        "include_product_categories": include_product_categories,
                        "include_customer_details": include_customer_details,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class EcommerceGetPaymentsMethodsOperation:
    """`GET /consumers/{consumer_id}/commerce/payment-methods`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _ecommerce_get_payments_methods._Success:
        return cast(
            "_ecommerce_get_payments_methods._Success",
            await self._scope._invoke(
                _ecommerce_get_payments_methods,
                "e_commerce.ecommerce_get_payments_methods",
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
    ) -> AsyncIterator[Page[PaymentMethodItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PaymentMethodItem]]",
            self._scope._pages(
                _ecommerce_get_payments_methods,
                "e_commerce.ecommerce_get_payments_methods",
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
    ) -> AsyncIterator[PaymentMethodItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PaymentMethodItem]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_payments_methods,
                    "e_commerce.ecommerce_get_payments_methods",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class EcommerceGetProductCategoriesOperation:
    """`GET /consumers/{consumer_id}/commerce/product-categories`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        only_parents: BoolParam | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _ecommerce_get_product_categories._Success:
        return cast(
            "_ecommerce_get_product_categories._Success",
            await self._scope._invoke(
                _ecommerce_get_product_categories,
                "e_commerce.ecommerce_get_product_categories",
                options,
                {"page": page, "size": size, "only_parents": only_parents},
            ),
        )

    def pages(
        self,
        *,
        only_parents: BoolParam | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[CategoryItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[CategoryItem]]",
            self._scope._pages(
                _ecommerce_get_product_categories,
                "e_commerce.ecommerce_get_product_categories",
                options,
                {"only_parents": only_parents},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        only_parents: BoolParam | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[CategoryItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[CategoryItem]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_product_categories,
                    "e_commerce.ecommerce_get_product_categories",
                    options,
                    {"only_parents": only_parents},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class EcommerceGetProductsOperation:
    """`GET /consumers/{consumer_id}/commerce/products`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        updated_after: datetime.datetime | None | Unset = UNSET,
        sku: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _ecommerce_get_products._Success:
        return cast(
            "_ecommerce_get_products._Success",
            await self._scope._invoke(
                _ecommerce_get_products,
                "e_commerce.ecommerce_get_products",
                options,
                {"page": page, "size": size, "updated_after": updated_after, "sku": sku},
            ),
        )

    def pages(
        self,
        *,
        updated_after: datetime.datetime | None | Unset = UNSET,
        sku: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[CommerceProductItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[CommerceProductItem]]",
            self._scope._pages(
                _ecommerce_get_products,
                "e_commerce.ecommerce_get_products",
                options,
                {"updated_after": updated_after, "sku": sku},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        updated_after: datetime.datetime | None | Unset = UNSET,
        sku: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[CommerceProductItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[CommerceProductItem]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_products,
                    "e_commerce.ecommerce_get_products",
                    options,
                    {"updated_after": updated_after, "sku": sku},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class EcommerceGetTaxesOperation:
    """`GET /consumers/{consumer_id}/commerce/taxes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _ecommerce_get_taxes._Success:
        return cast(
            "_ecommerce_get_taxes._Success",
            await self._scope._invoke(
                _ecommerce_get_taxes, "e_commerce.ecommerce_get_taxes", options, {"page": page, "size": size}
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[TaxRateItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[TaxRateItem]]",
            self._scope._pages(
                _ecommerce_get_taxes,
                "e_commerce.ecommerce_get_taxes",
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
    ) -> AsyncIterator[TaxRateItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[TaxRateItem]",
            self._scope._items(
                self._scope._pages(
                    _ecommerce_get_taxes,
                    "e_commerce.ecommerce_get_taxes",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class ECommerceApi:
    """The `e_commerce` operations of one scope: `await scope.e_commerce.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "ecommerce_get_countries",
        "ecommerce_get_customers",
        "ecommerce_get_locations",
        "ecommerce_get_orders",
        "ecommerce_get_payments_methods",
        "ecommerce_get_product_categories",
        "ecommerce_get_products",
        "ecommerce_get_taxes",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.ecommerce_get_countries = EcommerceGetCountriesOperation(scope)
        self.ecommerce_get_customers = EcommerceGetCustomersOperation(scope)
        self.ecommerce_get_locations = EcommerceGetLocationsOperation(scope)
        self.ecommerce_get_orders = EcommerceGetOrdersOperation(scope)
        self.ecommerce_get_payments_methods = EcommerceGetPaymentsMethodsOperation(scope)
        self.ecommerce_get_product_categories = EcommerceGetProductCategoriesOperation(scope)
        self.ecommerce_get_products = EcommerceGetProductsOperation(scope)
        self.ecommerce_get_taxes = EcommerceGetTaxesOperation(scope)

    async def ecommerce_create_order(
        self, *, body: OrderItemIn, options: RequestOptions | None = None
    ) -> _ecommerce_create_order._Success:
        """`POST /consumers/{consumer_id}/commerce/orders`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_ecommerce_create_order._Success",
            await self._scope._invoke(
                _ecommerce_create_order, "e_commerce.ecommerce_create_order", options, {"body": body}
            ),
        )

    async def ecommerce_get_customer(
        self, *, customer_id: str, options: RequestOptions | None = None
    ) -> _ecommerce_get_customer._Success:
        """`GET /consumers/{consumer_id}/commerce/customers/{customer_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_ecommerce_get_customer._Success",
            await self._scope._invoke(
                _ecommerce_get_customer,
                "e_commerce.ecommerce_get_customer",
                options,
                {"customer_id": customer_id},
            ),
        )

    async def ecommerce_get_order(
        self,
        *,
        order_id: str,
        include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _ecommerce_get_order._Success:
        """`GET /consumers/{consumer_id}/commerce/orders/{order_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_ecommerce_get_order._Success",
            await self._scope._invoke(
                _ecommerce_get_order,
                "e_commerce.ecommerce_get_order",
                options,
                {"order_id": order_id, "include_product_categories": include_product_categories},
            ),
        )

    async def ecommerce_get_product(
        self, *, product_id: str, options: RequestOptions | None = None
    ) -> _ecommerce_get_product._Success:
        """`GET /consumers/{consumer_id}/commerce/products/{product_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_ecommerce_get_product._Success",
            await self._scope._invoke(
                _ecommerce_get_product,
                "e_commerce.ecommerce_get_product",
                options,
                {"product_id": product_id},
            ),
        )

    async def ecommerce_get_variant(
        self, *, variant_id: str, options: RequestOptions | None = None
    ) -> _ecommerce_get_variant._Success:
        """`GET /consumers/{consumer_id}/commerce/variants/{variant_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_ecommerce_get_variant._Success",
            await self._scope._invoke(
                _ecommerce_get_variant,
                "e_commerce.ecommerce_get_variant",
                options,
                {"variant_id": variant_id},
            ),
        )

    async def ecommerce_update_variant_quantity(
        self, *, variant_id: str, body: InventoryDetailsUpdate, options: RequestOptions | None = None
    ) -> _ecommerce_update_variant_quantity._Success:
        """`POST /consumers/{consumer_id}/commerce/variants/set_quantity/{variant_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_ecommerce_update_variant_quantity._Success",
            await self._scope._invoke(
                _ecommerce_update_variant_quantity,
                "e_commerce.ecommerce_update_variant_quantity",
                options,
                {"variant_id": variant_id, "body": body},
            ),
        )
