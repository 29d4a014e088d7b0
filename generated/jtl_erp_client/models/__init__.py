"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .app_token import AppToken
from .category_reference import CategoryReference
from .create_app_registration_request import CreateAppRegistrationRequest
from .create_app_registration_request_registration_type import CreateAppRegistrationRequestRegistrationType
from .create_category_reference import CreateCategoryReference
from .create_dimensions import CreateDimensions
from .create_item import CreateItem
from .create_item_component import CreateItemComponent
from .create_item_dangerous_goods import CreateItemDangerousGoods
from .create_item_identifiers import CreateItemIdentifiers
from .create_item_minimum_purchase_quantity_for_customer_group import (
    CreateItemMinimumPurchaseQuantityForCustomerGroup,
)
from .create_item_price import CreateItemPrice
from .create_item_quantities import CreateItemQuantities
from .create_item_storage_option import CreateItemStorageOption
from .create_item_weights import CreateItemWeights
from .create_translation import CreateTranslation
from .create_worker_sync_configuration import CreateWorkerSyncConfiguration
from .customer import Customer
from .departure_country import DepartureCountry
from .dimensions import Dimensions
from .error_response import ErrorResponse
from .error_response_validation_errors import ErrorResponseValidationErrors
from .item import Item
from .item_component import ItemComponent
from .item_dangerous_goods import ItemDangerousGoods
from .item_identifiers import ItemIdentifiers
from .item_minimum_purchase_quantity_for_customer_group import ItemMinimumPurchaseQuantityForCustomerGroup
from .item_price import ItemPrice
from .item_quantities import ItemQuantities
from .item_storage_option import ItemStorageOption
from .item_weights import ItemWeights
from .other_addresses import OtherAddresses
from .paged_list_of_customer import PagedListOfCustomer
from .paged_list_of_item import PagedListOfItem
from .paged_list_of_sales_order import PagedListOfSalesOrder
from .paged_list_of_stock import PagedListOfStock
from .paged_list_of_warehouse import PagedListOfWarehouse
from .payment_settings import PaymentSettings
from .query_sales_orders_delivery_complete_status import QuerySalesOrdersDeliveryCompleteStatus
from .query_sales_orders_payment_status import QuerySalesOrdersPaymentStatus
from .registration_information import RegistrationInformation
from .registration_request_status_info import RegistrationRequestStatusInfo
from .registration_request_status_info_status import RegistrationRequestStatusInfoStatus
from .sales_order import SalesOrder
from .sales_order_cancellation_details import SalesOrderCancellationDetails
from .sales_order_payment_detail import SalesOrderPaymentDetail
from .sales_order_payment_detail_payment_status import SalesOrderPaymentDetailPaymentStatus
from .sales_order_shipping_detail import SalesOrderShippingDetail
from .sales_order_shipping_detail_delivery_complete_status import (
    SalesOrderShippingDetailDeliveryCompleteStatus,
)
from .stock import Stock
from .update_category_reference import UpdateCategoryReference
from .update_dimensions import UpdateDimensions
from .update_item import UpdateItem
from .update_item_component import UpdateItemComponent
from .update_item_dangerous_goods import UpdateItemDangerousGoods
from .update_item_identifiers import UpdateItemIdentifiers
from .update_item_minimum_purchase_quantity_for_customer_group import (
    UpdateItemMinimumPurchaseQuantityForCustomerGroup,
)
from .update_item_price import UpdateItemPrice
from .update_item_quantities import UpdateItemQuantities
from .update_item_storage_option import UpdateItemStorageOption
from .update_item_weights import UpdateItemWeights
from .warehouse import Warehouse
from .warehouse_type import WarehouseType
from .worker_sync_config_value import WorkerSyncConfigValue
from .worker_sync_item import WorkerSyncItem
from .worker_sync_item_configuration import WorkerSyncItemConfiguration

__all__ = (
    "Address",
    "AppToken",
    "CategoryReference",
    "CreateAppRegistrationRequest",
    "CreateAppRegistrationRequestRegistrationType",
    "CreateCategoryReference",
    "CreateDimensions",
    "CreateItem",
    "CreateItemComponent",
    "CreateItemDangerousGoods",
    "CreateItemIdentifiers",
    "CreateItemMinimumPurchaseQuantityForCustomerGroup",
    "CreateItemPrice",
    "CreateItemQuantities",
    "CreateItemStorageOption",
    "CreateItemWeights",
    "CreateTranslation",
    "CreateWorkerSyncConfiguration",
    "Customer",
    "DepartureCountry",
    "Dimensions",
    "ErrorResponse",
    "ErrorResponseValidationErrors",
    "Item",
    "ItemComponent",
    "ItemDangerousGoods",
    "ItemIdentifiers",
    "ItemMinimumPurchaseQuantityForCustomerGroup",
    "ItemPrice",
    "ItemQuantities",
    "ItemStorageOption",
    "ItemWeights",
    "OtherAddresses",
    "PagedListOfCustomer",
    "PagedListOfItem",
    "PagedListOfSalesOrder",
    "PagedListOfStock",
    "PagedListOfWarehouse",
    "PaymentSettings",
    "QuerySalesOrdersDeliveryCompleteStatus",
    "QuerySalesOrdersPaymentStatus",
    "RegistrationInformation",
    "RegistrationRequestStatusInfo",
    "RegistrationRequestStatusInfoStatus",
    "SalesOrder",
    "SalesOrderCancellationDetails",
    "SalesOrderPaymentDetail",
    "SalesOrderPaymentDetailPaymentStatus",
    "SalesOrderShippingDetail",
    "SalesOrderShippingDetailDeliveryCompleteStatus",
    "Stock",
    "UpdateCategoryReference",
    "UpdateDimensions",
    "UpdateItem",
    "UpdateItemComponent",
    "UpdateItemDangerousGoods",
    "UpdateItemIdentifiers",
    "UpdateItemMinimumPurchaseQuantityForCustomerGroup",
    "UpdateItemPrice",
    "UpdateItemQuantities",
    "UpdateItemStorageOption",
    "UpdateItemWeights",
    "Warehouse",
    "WarehouseType",
    "WorkerSyncConfigValue",
    "WorkerSyncItem",
    "WorkerSyncItemConfiguration",
)
