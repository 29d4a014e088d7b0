"""Typed methods of the `payment` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.payment import payment_get_balances as _payment_get_balances
from ..api.payment import payment_get_locations as _payment_get_locations
from ..api.payment import payment_get_payment as _payment_get_payment
from ..api.payment import payment_get_payments as _payment_get_payments
from ..api.payment import payment_get_payouts as _payment_get_payouts
from ..api.payment import payment_get_refunds as _payment_get_refunds
from ..api.payment import payment_get_transactions as _payment_get_transactions
from ..models.transaction_accounting_category import TransactionAccountingCategory
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.balance_item_out import BalanceItemOut
    from ..models.payment_item_out import PaymentItemOut
    from ..models.payment_location_item import PaymentLocationItem
    from ..models.payout_item_out import PayoutItemOut
    from ..models.refund_item_out import RefundItemOut
    from ..models.transaction_item_out import TransactionItemOut
    from ..types import Unset


class PaymentGetBalancesOperation:
    """`GET /consumers/{consumer_id}/payment/balances`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _payment_get_balances._Success:
        return cast(
            "_payment_get_balances._Success",
            await self._scope._invoke(
                _payment_get_balances, "payment.payment_get_balances", options, {"page": page, "size": size}
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[BalanceItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[BalanceItemOut]]",
            self._scope._pages(
                _payment_get_balances,
                "payment.payment_get_balances",
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
    ) -> AsyncIterator[BalanceItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[BalanceItemOut]",
            self._scope._items(
                self._scope._pages(
                    _payment_get_balances,
                    "payment.payment_get_balances",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PaymentGetLocationsOperation:
    """`GET /consumers/{consumer_id}/payment/locations`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _payment_get_locations._Success:
        return cast(
            "_payment_get_locations._Success",
            await self._scope._invoke(
                _payment_get_locations, "payment.payment_get_locations", options, {"page": page, "size": size}
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PaymentLocationItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PaymentLocationItem]]",
            self._scope._pages(
                _payment_get_locations,
                "payment.payment_get_locations",
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
    ) -> AsyncIterator[PaymentLocationItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PaymentLocationItem]",
            self._scope._items(
                self._scope._pages(
                    _payment_get_locations,
                    "payment.payment_get_locations",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PaymentGetPaymentsOperation:
    """`GET /consumers/{consumer_id}/payment/payments`, a paged list: await it for one page, or `.paginate()` /
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
        options: RequestOptions | None = None,
    ) -> _payment_get_payments._Success:
        return cast(
            "_payment_get_payments._Success",
            await self._scope._invoke(
                _payment_get_payments,
                "payment.payment_get_payments",
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
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PaymentItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PaymentItemOut]]",
            self._scope._pages(
                _payment_get_payments,
                "payment.payment_get_payments",
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
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PaymentItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PaymentItemOut]",
            self._scope._items(
                self._scope._pages(
                    _payment_get_payments,
                    "payment.payment_get_payments",
                    options,
                    {"date_from": date_from, "date_to": date_to, "location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PaymentGetPayoutsOperation:
    """`GET /consumers/{consumer_id}/payment/payouts`, a paged list: await it for one page, or `.paginate()` /
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
        options: RequestOptions | None = None,
    ) -> _payment_get_payouts._Success:
        return cast(
            "_payment_get_payouts._Success",
            await self._scope._invoke(
                _payment_get_payouts,
                "payment.payment_get_payouts",
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
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PayoutItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PayoutItemOut]]",
            self._scope._pages(
                _payment_get_payouts,
                "payment.payment_get_payouts",
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
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PayoutItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PayoutItemOut]",
            self._scope._items(
                self._scope._pages(
                    _payment_get_payouts,
                    "payment.payment_get_payouts",
                    options,
                    {"date_from": date_from, "date_to": date_to, "location_id": location_id},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PaymentGetRefundsOperation:
    """`GET /consumers/{consumer_id}/payment/refunds`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        payment_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _payment_get_refunds._Success:
        return cast(
            "_payment_get_refunds._Success",
            await self._scope._invoke(
                _payment_get_refunds,
                "payment.payment_get_refunds",
                options,
                {
                    "page": page,
                    "size": size,
                    "payment_id": payment_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                },
            ),
        )

    def pages(
        self,
        *,
        payment_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[RefundItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[RefundItemOut]]",
            self._scope._pages(
                _payment_get_refunds,
                "payment.payment_get_refunds",
                options,
                {
                    "payment_id": payment_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        payment_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[RefundItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[RefundItemOut]",
            self._scope._items(
                self._scope._pages(
                    _payment_get_refunds,
                    "payment.payment_get_refunds",
                    options,
                    {
                        "payment_id": payment_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "location_id": location_id,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PaymentGetTransactionsOperation:
    """`GET /consumers/{consumer_id}/payment/transactions`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        accounting_category: None | TransactionAccountingCategory | Unset = TransactionAccountingCategory.ALL,
        starting_from: None | str | Unset = UNSET,
        balance_id: None | str | Unset = UNSET,
        payout_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _payment_get_transactions._Success:
        return cast(
            "_payment_get_transactions._Success",
            await self._scope._invoke(
                _payment_get_transactions,
                "payment.payment_get_transactions",
                options,
                {
                    "page": page,
                    "size": size,
                    "accounting_category": accounting_category,
                    "starting_from": starting_from,
                    "balance_id": balance_id,
                    "payout_id": payout_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                },
            ),
        )

    def pages(
        self,
        *,
        accounting_category: None | TransactionAccountingCategory | Unset = TransactionAccountingCategory.ALL,
        starting_from: None | str | Unset = UNSET,
        balance_id: None | str | Unset = UNSET,
        payout_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[TransactionItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[TransactionItemOut]]",
            self._scope._pages(
                _payment_get_transactions,
                "payment.payment_get_transactions",
                options,
                {
                    "accounting_category": accounting_category,
                    "starting_from": starting_from,
                    "balance_id": balance_id,
                    "payout_id": payout_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "location_id": location_id,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        accounting_category: None | TransactionAccountingCategory | Unset = TransactionAccountingCategory.ALL,
        starting_from: None | str | Unset = UNSET,
        balance_id: None | str | Unset = UNSET,
        payout_id: None | str | Unset = UNSET,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        location_id: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[TransactionItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[TransactionItemOut]",
            self._scope._items(
                self._scope._pages(
                    _payment_get_transactions,
                    "payment.payment_get_transactions",
                    options,
                    {
                        "accounting_category": accounting_category,
                        "starting_from": starting_from,
                        "balance_id": balance_id,
                        "payout_id": payout_id,
                        "date_from": date_from,
                        "date_to": date_to,
                        "location_id": location_id,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class PaymentApi:
    """The `payment` operations of one scope: `await scope.payment.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "payment_get_balances",
        "payment_get_locations",
        "payment_get_payments",
        "payment_get_payouts",
        "payment_get_refunds",
        "payment_get_transactions",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.payment_get_balances = PaymentGetBalancesOperation(scope)
        self.payment_get_locations = PaymentGetLocationsOperation(scope)
        self.payment_get_payments = PaymentGetPaymentsOperation(scope)
        self.payment_get_payouts = PaymentGetPayoutsOperation(scope)
        self.payment_get_refunds = PaymentGetRefundsOperation(scope)
        self.payment_get_transactions = PaymentGetTransactionsOperation(scope)

    async def payment_get_payment(
        self, *, payment_id: str, options: RequestOptions | None = None
    ) -> _payment_get_payment._Success:
        """`GET /consumers/{consumer_id}/payment/payments/{payment_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_payment_get_payment._Success",
            await self._scope._invoke(
                _payment_get_payment, "payment.payment_get_payment", options, {"payment_id": payment_id}
            ),
        )
