"""Every tag of `commerce_sdk_clients.jtl_erp` as a typed attribute of a scope (written by ./codegen.sh).

A tag's module is imported the first time the tag is touched.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from commerce_sdk._base_client import Scope

if TYPE_CHECKING:
    from ..client import AuthenticatedClient
    from .accounting_data import AccountingDataApi
    from .app_registration import AppRegistrationApi
    from .cancellationreason import CancellationreasonApi
    from .category import CategoryApi
    from .colorcodes import ColorcodesApi
    from .company import CompanyApi
    from .creditnote import CreditnoteApi
    from .customer import CustomerApi
    from .customer_category import CustomerCategoryApi
    from .customer_group import CustomerGroupApi
    from .deliverynote import DeliverynoteApi
    from .features import FeaturesApi
    from .info import InfoApi
    from .invoice import InvoiceApi
    from .item import ItemApi
    from .odata import OdataApi
    from .offer import OfferApi
    from .onholdreason import OnholdreasonApi
    from .paymentmethod import PaymentmethodApi
    from .printer import PrinterApi
    from .property_ import PropertyApi
    from .return_ import ReturnApi
    from .returnreason import ReturnreasonApi
    from .returnstate import ReturnstateApi
    from .saleschannel import SaleschannelApi
    from .salesorder import SalesorderApi
    from .shippingmethod import ShippingmethodApi
    from .stock import StockApi
    from .supplier import SupplierApi
    from .tax import TaxApi
    from .transaction_status import TransactionStatusApi
    from .warehouse import WarehouseApi
    from .wms import WmsApi
    from .worker import WorkerApi


class ApiScope(Scope):
    """A scope of `commerce_sdk_clients.jtl_erp` with one attribute per tag: `scope.<tag>.<operation>(...)`."""

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client over this scope's pipeline (error statuses raise typed errors).

        Typed as `AuthenticatedClient` so that every generated function accepts it; it is the
        package's `Client`, and the pipeline adds the credentials.
        """
        return cast("AuthenticatedClient", super().client)

    @cached_property
    def accounting_data(self) -> AccountingDataApi:
        from .accounting_data import AccountingDataApi

        return AccountingDataApi(self)

    @cached_property
    def app_registration(self) -> AppRegistrationApi:
        from .app_registration import AppRegistrationApi

        return AppRegistrationApi(self)

    @cached_property
    def cancellationreason(self) -> CancellationreasonApi:
        from .cancellationreason import CancellationreasonApi

        return CancellationreasonApi(self)

    @cached_property
    def category(self) -> CategoryApi:
        from .category import CategoryApi

        return CategoryApi(self)

    @cached_property
    def colorcodes(self) -> ColorcodesApi:
        from .colorcodes import ColorcodesApi

        return ColorcodesApi(self)

    @cached_property
    def company(self) -> CompanyApi:
        from .company import CompanyApi

        return CompanyApi(self)

    @cached_property
    def creditnote(self) -> CreditnoteApi:
        from .creditnote import CreditnoteApi

        return CreditnoteApi(self)

    @cached_property
    def customer(self) -> CustomerApi:
        from .customer import CustomerApi

        return CustomerApi(self)

    @cached_property
    def customer_category(self) -> CustomerCategoryApi:
        from .customer_category import CustomerCategoryApi

        return CustomerCategoryApi(self)

    @cached_property
    def customer_group(self) -> CustomerGroupApi:
        from .customer_group import CustomerGroupApi

        return CustomerGroupApi(self)

    @cached_property
    def deliverynote(self) -> DeliverynoteApi:
        from .deliverynote import DeliverynoteApi

        return DeliverynoteApi(self)

    @cached_property
    def features(self) -> FeaturesApi:
        from .features import FeaturesApi

        return FeaturesApi(self)

    @cached_property
    def info(self) -> InfoApi:
        from .info import InfoApi

        return InfoApi(self)

    @cached_property
    def invoice(self) -> InvoiceApi:
        from .invoice import InvoiceApi

        return InvoiceApi(self)

    @cached_property
    def item(self) -> ItemApi:
        from .item import ItemApi

        return ItemApi(self)

    @cached_property
    def odata(self) -> OdataApi:
        from .odata import OdataApi

        return OdataApi(self)

    @cached_property
    def offer(self) -> OfferApi:
        from .offer import OfferApi

        return OfferApi(self)

    @cached_property
    def onholdreason(self) -> OnholdreasonApi:
        from .onholdreason import OnholdreasonApi

        return OnholdreasonApi(self)

    @cached_property
    def paymentmethod(self) -> PaymentmethodApi:
        from .paymentmethod import PaymentmethodApi

        return PaymentmethodApi(self)

    @cached_property
    def printer(self) -> PrinterApi:
        from .printer import PrinterApi

        return PrinterApi(self)

    @cached_property
    def property_(self) -> PropertyApi:
        from .property_ import PropertyApi

        return PropertyApi(self)

    @cached_property
    def return_(self) -> ReturnApi:
        from .return_ import ReturnApi

        return ReturnApi(self)

    @cached_property
    def returnreason(self) -> ReturnreasonApi:
        from .returnreason import ReturnreasonApi

        return ReturnreasonApi(self)

    @cached_property
    def returnstate(self) -> ReturnstateApi:
        from .returnstate import ReturnstateApi

        return ReturnstateApi(self)

    @cached_property
    def saleschannel(self) -> SaleschannelApi:
        from .saleschannel import SaleschannelApi

        return SaleschannelApi(self)

    @cached_property
    def salesorder(self) -> SalesorderApi:
        from .salesorder import SalesorderApi

        return SalesorderApi(self)

    @cached_property
    def shippingmethod(self) -> ShippingmethodApi:
        from .shippingmethod import ShippingmethodApi

        return ShippingmethodApi(self)

    @cached_property
    def stock(self) -> StockApi:
        from .stock import StockApi

        return StockApi(self)

    @cached_property
    def supplier(self) -> SupplierApi:
        from .supplier import SupplierApi

        return SupplierApi(self)

    @cached_property
    def tax(self) -> TaxApi:
        from .tax import TaxApi

        return TaxApi(self)

    @cached_property
    def transaction_status(self) -> TransactionStatusApi:
        from .transaction_status import TransactionStatusApi

        return TransactionStatusApi(self)

    @cached_property
    def warehouse(self) -> WarehouseApi:
        from .warehouse import WarehouseApi

        return WarehouseApi(self)

    @cached_property
    def wms(self) -> WmsApi:
        from .wms import WmsApi

        return WmsApi(self)

    @cached_property
    def worker(self) -> WorkerApi:
        from .worker import WorkerApi

        return WorkerApi(self)
