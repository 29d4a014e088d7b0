"""Typed methods of the `invoicing` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.invoicing import invoicing_create_payment as _invoicing_create_payment
from ..api.invoicing import invoicing_get_bank_accounts as _invoicing_get_bank_accounts
from ..api.invoicing import invoicing_get_bank_transactions as _invoicing_get_bank_transactions
from ..api.invoicing import invoicing_get_contact as _invoicing_get_contact
from ..api.invoicing import invoicing_get_contacts as _invoicing_get_contacts
from ..api.invoicing import invoicing_get_invoice as _invoicing_get_invoice
from ..api.invoicing import invoicing_get_invoices as _invoicing_get_invoices
from ..api.invoicing import invoicing_get_opportunities as _invoicing_get_opportunities
from ..api.invoicing import invoicing_get_opportunity as _invoicing_get_opportunity
from ..api.invoicing import invoicing_get_payments as _invoicing_get_payments
from ..api.invoicing import invoicing_get_payments_methods as _invoicing_get_payments_methods
from ..api.invoicing import invoicing_get_product as _invoicing_get_product
from ..api.invoicing import invoicing_get_products as _invoicing_get_products
from ..api.invoicing import invoicing_get_tax as _invoicing_get_tax
from ..api.invoicing import invoicing_get_taxes as _invoicing_get_taxes
from ..api.invoicing import invoicing_post_contacts as _invoicing_post_contacts
from ..api.invoicing import invoicing_post_invoices as _invoicing_post_invoices
from ..api.invoicing import invoicing_post_products as _invoicing_post_products
from ..api.invoicing import invoicing_update_payment as _invoicing_update_payment
from ..api.invoicing import invoicing_upload_document as _invoicing_upload_document
from ..models.bool_param import BoolParam
from ..models.invoicing_invoice_type import InvoicingInvoiceType
from ..models.payment_status import PaymentStatus
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.attachment_item_in import AttachmentItemIn
    from ..models.bank_transaction_status import BankTransactionStatus
    from ..models.contact_item_in import ContactItemIn
    from ..models.contact_item_out import ContactItemOut
    from ..models.contact_type import ContactType
    from ..models.invoice_item_in import InvoiceItemIn
    from ..models.invoice_item_out import InvoiceItemOut
    from ..models.invoicing_bank_account_item import InvoicingBankAccountItem
    from ..models.invoicing_bank_transaction_item import InvoicingBankTransactionItem
    from ..models.invoicing_payment_item import InvoicingPaymentItem
    from ..models.invoicing_payment_item_in import InvoicingPaymentItemIn
    from ..models.invoicing_payment_item_update import InvoicingPaymentItemUpdate
    from ..models.invoicing_payment_method_item import InvoicingPaymentMethodItem
    from ..models.invoicing_vat_code import InvoicingVatCode
    from ..models.opportunity_item import OpportunityItem
    from ..models.product_item import ProductItem
    from ..models.product_item_out import ProductItemOut
    from ..types import Unset


class InvoicingGetBankAccountsOperation:
    """`GET /consumers/{consumer_id}/invoicing/bank-accounts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _invoicing_get_bank_accounts._Success:
        return cast(
            "_invoicing_get_bank_accounts._Success",
            await self._scope._invoke(
                _invoicing_get_bank_accounts,
                "invoicing.invoicing_get_bank_accounts",
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
    ) -> AsyncIterator[Page[InvoicingBankAccountItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoicingBankAccountItem]]",
            self._scope._pages(
                _invoicing_get_bank_accounts,
                "invoicing.invoicing_get_bank_accounts",
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
    ) -> AsyncIterator[InvoicingBankAccountItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoicingBankAccountItem]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_bank_accounts,
                    "invoicing.invoicing_get_bank_accounts",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetBankTransactionsOperation:
    """`GET /consumers/{consumer_id}/invoicing/bank-transactions`, a paged list: await it for one page, or `.paginate()` /
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
        bank_account_id: str,
        status: BankTransactionStatus | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _invoicing_get_bank_transactions._Success:
        return cast(
            "_invoicing_get_bank_transactions._Success",
            await self._scope._invoke(
                _invoicing_get_bank_transactions,
                "invoicing.invoicing_get_bank_transactions",
                options,
                {
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "bank_account_id": bank_account_id,
                    "status": status,
                },
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        bank_account_id: str,
        status: BankTransactionStatus | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[InvoicingBankTransactionItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoicingBankTransactionItem]]",
            self._scope._pages(
                _invoicing_get_bank_transactions,
                "invoicing.invoicing_get_bank_transactions",
                options,
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "bank_account_id": bank_account_id,
                    "status": status,
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
        bank_account_id: str,
        status: BankTransactionStatus | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[InvoicingBankTransactionItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoicingBankTransactionItem]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_bank_transactions,
                    "invoicing.invoicing_get_bank_transactions",
                    options,
                    {
                        "date_from": date_from,
                        "date_to": date_to,
                        "bank_account_id": bank_account_id,
                        "status": status,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetContactsOperation:
    """`GET /consumers/{consumer_id}/invoicing/contacts`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page: int | Unset = 1,
        size: int | Unset = 50,
        contact_type: ContactType | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _invoicing_get_contacts._Success:
        return cast(
            "_invoicing_get_contacts._Success",
            await self._scope._invoke(
                _invoicing_get_contacts,
                "invoicing.invoicing_get_contacts",
                options,
                {"page": page, "size": size, "contact_type": contact_type},
            ),
        )

    def pages(
        self,
        *,
        contact_type: ContactType | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[ContactItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ContactItemOut]]",
            self._scope._pages(
                _invoicing_get_contacts,
                "invoicing.invoicing_get_contacts",
                options,
                {"contact_type": contact_type},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        contact_type: ContactType | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[ContactItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ContactItemOut]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_contacts,
                    "invoicing.invoicing_get_contacts",
                    options,
                    {"contact_type": contact_type},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetInvoicesOperation:
    """`GET /consumers/{consumer_id}/invoicing/invoices`, a paged list: await it for one page, or `.paginate()` /
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
        invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _invoicing_get_invoices._Success:
        return cast(
            "_invoicing_get_invoices._Success",
            await self._scope._invoke(
                _invoicing_get_invoices,
                "invoicing.invoicing_get_invoices",
                options,
                {
                    "page": page,
                    "size": size,
                    "date_from": date_from,
                    "date_to": date_to,
                    "invoice_type": invoice_type,
                    "payment_status": payment_status,
                    "updated_after": updated_after,
                    "include_invoice_lines": include_invoice_lines,
                    "include_analytic_accounts": include_analytic_accounts,
                },
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[InvoiceItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoiceItemOut]]",
            self._scope._pages(
                _invoicing_get_invoices,
                "invoicing.invoicing_get_invoices",
                options,
                {
                    "date_from": date_from,
                    "date_to": date_to,
                    "invoice_type": invoice_type,
                    "payment_status": payment_status,
                    "updated_after": updated_after,
                    "include_invoice_lines": include_invoice_lines,
                    "include_analytic_accounts": include_analytic_accounts,
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
        invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
        payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
        updated_after: datetime.datetime | None | Unset = UNSET,
        include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
        include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[InvoiceItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoiceItemOut]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_invoices,
                    "invoicing.invoicing_get_invoices",
                    options,
                    {
                        "date_from": date_from,
                        "date_to": date_to,
                        "invoice_type": invoice_type,
                        "payment_status": payment_status,
                        "updated_after": updated_after,
                        "include_invoice_lines": include_invoice_lines,
                        "include_analytic_accounts": include_analytic_accounts,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetOpportunitiesOperation:
    """`GET /consumers/{consumer_id}/invoicing/opportunities`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _invoicing_get_opportunities._Success:
        return cast(
            "_invoicing_get_opportunities._Success",
            await self._scope._invoke(
                _invoicing_get_opportunities,
                "invoicing.invoicing_get_opportunities",
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
    ) -> AsyncIterator[Page[OpportunityItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[OpportunityItem]]",
            self._scope._pages(
                _invoicing_get_opportunities,
                "invoicing.invoicing_get_opportunities",
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
    ) -> AsyncIterator[OpportunityItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[OpportunityItem]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_opportunities,
                    "invoicing.invoicing_get_opportunities",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetPaymentsOperation:
    """`GET /consumers/{consumer_id}/invoicing/payments`, a paged list: await it for one page, or `.paginate()` /
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
        options: RequestOptions | None = None,
    ) -> _invoicing_get_payments._Success:
        return cast(
            "_invoicing_get_payments._Success",
            await self._scope._invoke(
                _invoicing_get_payments,
                "invoicing.invoicing_get_payments",
                options,
                {"page": page, "size": size, "date_from": date_from, "date_to": date_to},
            ),
        )

    def pages(
        self,
        *,
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[InvoicingPaymentItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoicingPaymentItem]]",
            self._scope._pages(
                _invoicing_get_payments,
                "invoicing.invoicing_get_payments",
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
        date_from: datetime.date | None | Unset = UNSET,
        date_to: datetime.date | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[InvoicingPaymentItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoicingPaymentItem]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_payments,
                    "invoicing.invoicing_get_payments",
                    options,
                    {"date_from": date_from, "date_to": date_to},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetPaymentsMethodsOperation:
    """`GET /consumers/{consumer_id}/invoicing/payment-methods`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _invoicing_get_payments_methods._Success:
        return cast(
            "_invoicing_get_payments_methods._Success",
            await self._scope._invoke(
                _invoicing_get_payments_methods,
                "invoicing.invoicing_get_payments_methods",
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
    ) -> AsyncIterator[Page[InvoicingPaymentMethodItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoicingPaymentMethodItem]]",
            self._scope._pages(
                _invoicing_get_payments_methods,
                "invoicing.invoicing_get_payments_methods",
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
    ) -> AsyncIterator[InvoicingPaymentMethodItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoicingPaymentMethodItem]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_payments_methods,
                    "invoicing.invoicing_get_payments_methods",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetProductsOperation:
    """`GET /consumers/{consumer_id}/invoicing/products`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _invoicing_get_products._Success:
        return cast(
            "_invoicing_get_products._Success",
            await self._scope._invoke(
                _invoicing_get_products,
                "invoicing.invoicing_get_products",
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
    ) -> AsyncIterator[Page[ProductItemOut]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ProductItemOut]]",
            self._scope._pages(
                _invoicing_get_products,
                "invoicing.invoicing_get_products",
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
    ) -> AsyncIterator[ProductItemOut]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ProductItemOut]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_products,
                    "invoicing.invoicing_get_products",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingGetTaxesOperation:
    """`GET /consumers/{consumer_id}/invoicing/taxes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, size: int | Unset = 50, options: RequestOptions | None = None
    ) -> _invoicing_get_taxes._Success:
        return cast(
            "_invoicing_get_taxes._Success",
            await self._scope._invoke(
                _invoicing_get_taxes, "invoicing.invoicing_get_taxes", options, {"page": page, "size": size}
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[InvoicingVatCode]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[InvoicingVatCode]]",
            self._scope._pages(
                _invoicing_get_taxes,
                "invoicing.invoicing_get_taxes",
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
    ) -> AsyncIterator[InvoicingVatCode]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[InvoicingVatCode]",
            self._scope._items(
                self._scope._pages(
                    _invoicing_get_taxes,
                    "invoicing.invoicing_get_taxes",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoicingApi:
    """The `invoicing` operations of one scope: `await scope.invoicing.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "invoicing_get_bank_accounts",
        "invoicing_get_bank_transactions",
        "invoicing_get_contacts",
        "invoicing_get_invoices",
        "invoicing_get_opportunities",
        "invoicing_get_payments",
        "invoicing_get_payments_methods",
        "invoicing_get_products",
        "invoicing_get_taxes",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.invoicing_get_bank_accounts = InvoicingGetBankAccountsOperation(scope)
        self.invoicing_get_bank_transactions = InvoicingGetBankTransactionsOperation(scope)
        self.invoicing_get_contacts = InvoicingGetContactsOperation(scope)
        self.invoicing_get_invoices = InvoicingGetInvoicesOperation(scope)
        self.invoicing_get_opportunities = InvoicingGetOpportunitiesOperation(scope)
        self.invoicing_get_payments = InvoicingGetPaymentsOperation(scope)
        self.invoicing_get_payments_methods = InvoicingGetPaymentsMethodsOperation(scope)
        self.invoicing_get_products = InvoicingGetProductsOperation(scope)
        self.invoicing_get_taxes = InvoicingGetTaxesOperation(scope)

    async def invoicing_create_payment(
        self, *, body: InvoicingPaymentItemIn, options: RequestOptions | None = None
    ) -> _invoicing_create_payment._Success:
        """`POST /consumers/{consumer_id}/invoicing/payments`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_invoicing_create_payment._Success",
            await self._scope._invoke(
                _invoicing_create_payment, "invoicing.invoicing_create_payment", options, {"body": body}
            ),
        )

    async def invoicing_get_contact(
        self, *, contact_id: str, options: RequestOptions | None = None
    ) -> _invoicing_get_contact._Success:
        """`GET /consumers/{consumer_id}/invoicing/contacts/{contact_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_invoicing_get_contact._Success",
            await self._scope._invoke(
                _invoicing_get_contact, "invoicing.invoicing_get_contact", options, {"contact_id": contact_id}
            ),
        )

    async def invoicing_get_invoice(
        self,
        *,
        invoice_id: str,
        include_pdf: BoolParam | None | Unset = BoolParam.FALSE,
        include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _invoicing_get_invoice._Success:
        """`GET /consumers/{consumer_id}/invoicing/invoices/{invoice_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_invoicing_get_invoice._Success",
            await self._scope._invoke(
                _invoicing_get_invoice,
                "invoicing.invoicing_get_invoice",
                options,
                {
                    "invoice_id": invoice_id,
                    "include_pdf": include_pdf,
                    "include_analytic_accounts": include_analytic_accounts,
                },
            ),
        )

    async def invoicing_get_opportunity(
        self, *, opportunity_id: str, options: RequestOptions | None = None
    ) -> _invoicing_get_opportunity._Success:
        """`GET /consumers/{consumer_id}/invoicing/opportunities/{opportunity_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_invoicing_get_opportunity._Success",
            await self._scope._invoke(
                _invoicing_get_opportunity,
                "invoicing.invoicing_get_opportunity",
                options,
                {"opportunity_id": opportunity_id},
            ),
        )

    async def invoicing_get_product(
        self, *, product_id: str, options: RequestOptions | None = None
    ) -> _invoicing_get_product._Success:
        """`GET /consumers/{consumer_id}/invoicing/products/{product_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_invoicing_get_product._Success",
            await self._scope._invoke(
                _invoicing_get_product, "invoicing.invoicing_get_product", options, {"product_id": product_id}
            ),
        )

    async def invoicing_get_tax(
        self, *, tax_id: str, options: RequestOptions | None = None
    ) -> _invoicing_get_tax._Success:
        """`GET /consumers/{consumer_id}/invoicing/taxes/{tax_id}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_invoicing_get_tax._Success",
            await self._scope._invoke(
                _invoicing_get_tax, "invoicing.invoicing_get_tax", options, {"tax_id": tax_id}
            ),
        )

    async def invoicing_post_contacts(
        self, *, body: ContactItemIn, options: RequestOptions | None = None
    ) -> _invoicing_post_contacts._Success:
        """`POST /consumers/{consumer_id}/invoicing/contacts`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_invoicing_post_contacts._Success",
            await self._scope._invoke(
                _invoicing_post_contacts, "invoicing.invoicing_post_contacts", options, {"body": body}
            ),
        )

    async def invoicing_post_invoices(
        self, *, body: InvoiceItemIn, options: RequestOptions | None = None
    ) -> _invoicing_post_invoices._Success:
        """`POST /consumers/{consumer_id}/invoicing/invoices`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_invoicing_post_invoices._Success",
            await self._scope._invoke(
                _invoicing_post_invoices, "invoicing.invoicing_post_invoices", options, {"body": body}
            ),
        )

    async def invoicing_post_products(
        self, *, body: ProductItem, options: RequestOptions | None = None
    ) -> _invoicing_post_products._Success:
        """`POST /consumers/{consumer_id}/invoicing/products`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_invoicing_post_products._Success",
            await self._scope._invoke(
                _invoicing_post_products, "invoicing.invoicing_post_products", options, {"body": body}
            ),
        )

    async def invoicing_update_payment(
        self, *, payment_id: str, body: InvoicingPaymentItemUpdate, options: RequestOptions | None = None
    ) -> _invoicing_update_payment._Success:
        """`PATCH /consumers/{consumer_id}/invoicing/payments/{payment_id}`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_invoicing_update_payment._Success",
            await self._scope._invoke(
                _invoicing_update_payment,
                "invoicing.invoicing_update_payment",
                options,
                {"payment_id": payment_id, "body": body},
            ),
        )

    async def invoicing_upload_document(
        self, *, body: AttachmentItemIn, options: RequestOptions | None = None
    ) -> _invoicing_upload_document._Success:
        """`POST /consumers/{consumer_id}/invoicing/upload-document`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_invoicing_upload_document._Success",
            await self._scope._invoke(
                _invoicing_upload_document, "invoicing.invoicing_upload_document", options, {"body": body}
            ),
        )
