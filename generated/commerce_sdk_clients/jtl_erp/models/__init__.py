"""Contains all the data models used in inputs/outputs"""

from .accounting_data import AccountingData
from .accounting_data_line_item import AccountingDataLineItem
from .accounting_data_line_item_type import AccountingDataLineItemType
from .accounting_data_type import AccountingDataType
from .address import Address
from .app_token import AppToken
from .availability import Availability
from .cancellation_reason import CancellationReason
from .cancellation_token import CancellationToken
from .category import Category
from .category_capabilities import CategoryCapabilities
from .category_description import CategoryDescription
from .category_reference import CategoryReference
from .color_code import ColorCode
from .company import Company
from .condition import Condition
from .condition_names import ConditionNames
from .country import Country
from .create_address import CreateAddress
from .create_app_registration_request import CreateAppRegistrationRequest
from .create_app_registration_request_registration_type import CreateAppRegistrationRequestRegistrationType
from .create_category import CreateCategory
from .create_category_description import CreateCategoryDescription
from .create_category_reference import CreateCategoryReference
from .create_customer import CreateCustomer
from .create_customer_bank_account import CreateCustomerBankAccount
from .create_customer_category import CreateCustomerCategory
from .create_customer_contact import CreateCustomerContact
from .create_customer_group import CreateCustomerGroup
from .create_delivery_note_package_posting import CreateDeliveryNotePackagePosting
from .create_departure_country import CreateDepartureCountry
from .create_dimensions import CreateDimensions
from .create_file import CreateFile
from .create_item import CreateItem
from .create_item_component import CreateItemComponent
from .create_item_customer_price import CreateItemCustomerPrice
from .create_item_dangerous_goods import CreateItemDangerousGoods
from .create_item_description import CreateItemDescription
from .create_item_identifiers import CreateItemIdentifiers
from .create_item_image import CreateItemImage
from .create_item_minimum_purchase_quantity_for_customer_group import (
    CreateItemMinimumPurchaseQuantityForCustomerGroup,
)
from .create_item_price import CreateItemPrice
from .create_item_property_value import CreateItemPropertyValue
from .create_item_quantities import CreateItemQuantities
from .create_item_sales_channel_price import CreateItemSalesChannelPrice
from .create_item_storage_option import CreateItemStorageOption
from .create_item_supplier import CreateItemSupplier
from .create_item_variation import CreateItemVariation
from .create_item_variation_type import CreateItemVariationType
from .create_item_variation_value import CreateItemVariationValue
from .create_item_weights import CreateItemWeights
from .create_note import CreateNote
from .create_other_addresses import CreateOtherAddresses
from .create_payment_settings import CreatePaymentSettings
from .create_pick_list import CreatePickList
from .create_property import CreateProperty
from .create_property_group import CreatePropertyGroup
from .create_property_value import CreatePropertyValue
from .create_property_value_description import CreatePropertyValueDescription
from .create_return import CreateReturn
from .create_return_line_item import CreateReturnLineItem
from .create_return_package import CreateReturnPackage
from .create_sales_order import CreateSalesOrder
from .create_sales_order_cancellation_details import CreateSalesOrderCancellationDetails
from .create_sales_order_line_item import CreateSalesOrderLineItem
from .create_sales_order_payment_detail import CreateSalesOrderPaymentDetail
from .create_sales_order_shipping_detail import CreateSalesOrderShippingDetail
from .create_stock import CreateStock
from .create_supplier_item_scale_price import CreateSupplierItemScalePrice
from .create_translation import CreateTranslation
from .create_worker_sync_configuration import CreateWorkerSyncConfiguration
from .create_workflow_event import CreateWorkflowEvent
from .custom_field import CustomField
from .custom_field_attribut import CustomFieldAttribut
from .custom_field_type import CustomFieldType
from .custom_field_value import CustomFieldValue
from .custom_field_value_value import CustomFieldValueValue
from .customer import Customer
from .customer_bank_account import CustomerBankAccount
from .customer_category import CustomerCategory
from .customer_contact import CustomerContact
from .customer_group import CustomerGroup
from .delivery_note import DeliveryNote
from .delivery_note_package import DeliveryNotePackage
from .departure_country import DepartureCountry
from .dimensions import Dimensions
from .error_response import ErrorResponse
from .error_response_validation_errors import ErrorResponseValidationErrors
from .feature_info import FeatureInfo
from .invoice import Invoice
from .invoice_cancellation_details import InvoiceCancellationDetails
from .invoice_cancellation_reason import InvoiceCancellationReason
from .invoice_departure_country import InvoiceDepartureCountry
from .invoice_line_item import InvoiceLineItem
from .invoice_line_item_type import InvoiceLineItemType
from .invoice_payment_detail import InvoicePaymentDetail
from .invoice_payment_detail_payment_status import InvoicePaymentDetailPaymentStatus
from .item import Item
from .item_capabilities import ItemCapabilities
from .item_component import ItemComponent
from .item_customer_price import ItemCustomerPrice
from .item_dangerous_goods import ItemDangerousGoods
from .item_description import ItemDescription
from .item_identifiers import ItemIdentifiers
from .item_image import ItemImage
from .item_minimum_purchase_quantity_for_customer_group import ItemMinimumPurchaseQuantityForCustomerGroup
from .item_price import ItemPrice
from .item_properties import ItemProperties
from .item_property_value import ItemPropertyValue
from .item_quantities import ItemQuantities
from .item_sales_channel_price import ItemSalesChannelPrice
from .item_special_price import ItemSpecialPrice
from .item_storage_option import ItemStorageOption
from .item_supplier import ItemSupplier
from .item_variation import ItemVariation
from .item_variation_type import ItemVariationType
from .item_variation_value import ItemVariationValue
from .item_weights import ItemWeights
from .manufacturer import Manufacturer
from .note import Note
from .on_hold_reason import OnHoldReason
from .other_addresses import OtherAddresses
from .paged_list_of_accounting_data import PagedListOfAccountingData
from .paged_list_of_category import PagedListOfCategory
from .paged_list_of_customer import PagedListOfCustomer
from .paged_list_of_delivery_note import PagedListOfDeliveryNote
from .paged_list_of_invoice import PagedListOfInvoice
from .paged_list_of_item import PagedListOfItem
from .paged_list_of_pick_list import PagedListOfPickList
from .paged_list_of_pick_list_template import PagedListOfPickListTemplate
from .paged_list_of_property import PagedListOfProperty
from .paged_list_of_property_group import PagedListOfPropertyGroup
from .paged_list_of_return import PagedListOfReturn
from .paged_list_of_sales_order import PagedListOfSalesOrder
from .paged_list_of_serial_number import PagedListOfSerialNumber
from .paged_list_of_stock import PagedListOfStock
from .paged_list_of_stock_change import PagedListOfStockChange
from .paged_list_of_storage_location import PagedListOfStorageLocation
from .paged_list_of_warehouse import PagedListOfWarehouse
from .payment_method import PaymentMethod
from .payment_settings import PaymentSettings
from .pick_list import PickList
from .pick_list_position import PickListPosition
from .pick_list_position_status import PickListPositionStatus
from .pick_list_status import PickListStatus
from .pick_list_template import PickListTemplate
from .product_group import ProductGroup
from .property_ import Property
from .property_group import PropertyGroup
from .property_value import PropertyValue
from .property_value_description import PropertyValueDescription
from .query_accounting_data_type import QueryAccountingDataType
from .query_invoices_payment_status import QueryInvoicesPaymentStatus
from .query_sales_orders_delivery_complete_status import QuerySalesOrdersDeliveryCompleteStatus
from .query_sales_orders_payment_status import QuerySalesOrdersPaymentStatus
from .refund_cancellation_reason import RefundCancellationReason
from .registration_information import RegistrationInformation
from .registration_request_status_info import RegistrationRequestStatusInfo
from .registration_request_status_info_status import RegistrationRequestStatusInfoStatus
from .responsible_person import ResponsiblePerson
from .return_ import Return
from .return_line_item import ReturnLineItem
from .return_origin import ReturnOrigin
from .return_package import ReturnPackage
from .return_reason import ReturnReason
from .return_state import ReturnState
from .safe_wait_handle import SafeWaitHandle
from .sales_channel import SalesChannel
from .sales_channel_type import SalesChannelType
from .sales_order import SalesOrder
from .sales_order_cancellation_details import SalesOrderCancellationDetails
from .sales_order_cancellation_reason import SalesOrderCancellationReason
from .sales_order_file import SalesOrderFile
from .sales_order_line_item import SalesOrderLineItem
from .sales_order_line_item_file import SalesOrderLineItemFile
from .sales_order_line_item_type import SalesOrderLineItemType
from .sales_order_payment_detail import SalesOrderPaymentDetail
from .sales_order_payment_detail_payment_status import SalesOrderPaymentDetailPaymentStatus
from .sales_order_shipping_detail import SalesOrderShippingDetail
from .sales_order_shipping_detail_delivery_complete_status import (
    SalesOrderShippingDetailDeliveryCompleteStatus,
)
from .serial_number import SerialNumber
from .shipping_class import ShippingClass
from .shipping_method import ShippingMethod
from .special_price import SpecialPrice
from .status import Status
from .stock import Stock
from .stock_change import StockChange
from .storage_location import StorageLocation
from .storage_location_type import StorageLocationType
from .supplier import Supplier
from .supplier_item_scale_price import SupplierItemScalePrice
from .tax_class import TaxClass
from .tax_class_type import TaxClassType
from .tax_rate import TaxRate
from .transaction_status import TransactionStatus
from .translation import Translation
from .trigger_customer_workflow_workflow_event_id import TriggerCustomerWorkflowWorkflowEventId
from .trigger_delivery_note_workflow_workflow_event_id import TriggerDeliveryNoteWorkflowWorkflowEventId
from .trigger_invoice_workflow_workflow_event_id import TriggerInvoiceWorkflowWorkflowEventId
from .trigger_item_workflow_workflow_event_id import TriggerItemWorkflowWorkflowEventId
from .trigger_sales_order_workflow_workflow_event_id import TriggerSalesOrderWorkflowWorkflowEventId
from .update_address import UpdateAddress
from .update_category import UpdateCategory
from .update_category_description import UpdateCategoryDescription
from .update_category_reference import UpdateCategoryReference
from .update_custom_field_value import UpdateCustomFieldValue
from .update_custom_field_value_value import UpdateCustomFieldValueValue
from .update_customer import UpdateCustomer
from .update_customer_bank_account import UpdateCustomerBankAccount
from .update_customer_category import UpdateCustomerCategory
from .update_customer_contact import UpdateCustomerContact
from .update_customer_group import UpdateCustomerGroup
from .update_delivery_note_package_posting import UpdateDeliveryNotePackagePosting
from .update_departure_country import UpdateDepartureCountry
from .update_dimensions import UpdateDimensions
from .update_file import UpdateFile
from .update_item import UpdateItem
from .update_item_component import UpdateItemComponent
from .update_item_customer_price import UpdateItemCustomerPrice
from .update_item_dangerous_goods import UpdateItemDangerousGoods
from .update_item_description import UpdateItemDescription
from .update_item_identifiers import UpdateItemIdentifiers
from .update_item_image import UpdateItemImage
from .update_item_minimum_purchase_quantity_for_customer_group import (
    UpdateItemMinimumPurchaseQuantityForCustomerGroup,
)
from .update_item_price import UpdateItemPrice
from .update_item_quantities import UpdateItemQuantities
from .update_item_sales_channel_price import UpdateItemSalesChannelPrice
from .update_item_special_price import UpdateItemSpecialPrice
from .update_item_storage_option import UpdateItemStorageOption
from .update_item_supplier import UpdateItemSupplier
from .update_item_variation import UpdateItemVariation
from .update_item_variation_value import UpdateItemVariationValue
from .update_item_weights import UpdateItemWeights
from .update_note import UpdateNote
from .update_other_addresses import UpdateOtherAddresses
from .update_payment_settings import UpdatePaymentSettings
from .update_property_value import UpdatePropertyValue
from .update_property_value_description import UpdatePropertyValueDescription
from .update_sales_order import UpdateSalesOrder
from .update_sales_order_line_item import UpdateSalesOrderLineItem
from .update_sales_order_line_item_file import UpdateSalesOrderLineItemFile
from .update_sales_order_payment_detail import UpdateSalesOrderPaymentDetail
from .update_sales_order_recalculate_tax import UpdateSalesOrderRecalculateTax
from .update_sales_order_shipping_detail import UpdateSalesOrderShippingDetail
from .update_special_price import UpdateSpecialPrice
from .update_supplier_item_scale_price import UpdateSupplierItemScalePrice
from .update_translation import UpdateTranslation
from .wait_handle import WaitHandle
from .wait_handle_handle import WaitHandleHandle
from .warehouse import Warehouse
from .warehouse_type import WarehouseType
from .worker_sync_config_value import WorkerSyncConfigValue
from .worker_sync_item import WorkerSyncItem
from .worker_sync_item_configuration import WorkerSyncItemConfiguration
from .workflow_event import WorkflowEvent

__all__ = (
    "AccountingData",
    "AccountingDataLineItem",
    "AccountingDataLineItemType",
    "AccountingDataType",
    "Address",
    "AppToken",
    "Availability",
    "CancellationReason",
    "CancellationToken",
    "Category",
    "CategoryCapabilities",
    "CategoryDescription",
    "CategoryReference",
    "ColorCode",
    "Company",
    "Condition",
    "ConditionNames",
    "Country",
    "CreateAddress",
    "CreateAppRegistrationRequest",
    "CreateAppRegistrationRequestRegistrationType",
    "CreateCategory",
    "CreateCategoryDescription",
    "CreateCategoryReference",
    "CreateCustomer",
    "CreateCustomerBankAccount",
    "CreateCustomerCategory",
    "CreateCustomerContact",
    "CreateCustomerGroup",
    "CreateDeliveryNotePackagePosting",
    "CreateDepartureCountry",
    "CreateDimensions",
    "CreateFile",
    "CreateItem",
    "CreateItemComponent",
    "CreateItemCustomerPrice",
    "CreateItemDangerousGoods",
    "CreateItemDescription",
    "CreateItemIdentifiers",
    "CreateItemImage",
    "CreateItemMinimumPurchaseQuantityForCustomerGroup",
    "CreateItemPrice",
    "CreateItemPropertyValue",
    "CreateItemQuantities",
    "CreateItemSalesChannelPrice",
    "CreateItemStorageOption",
    "CreateItemSupplier",
    "CreateItemVariation",
    "CreateItemVariationType",
    "CreateItemVariationValue",
    "CreateItemWeights",
    "CreateNote",
    "CreateOtherAddresses",
    "CreatePaymentSettings",
    "CreatePickList",
    "CreateProperty",
    "CreatePropertyGroup",
    "CreatePropertyValue",
    "CreatePropertyValueDescription",
    "CreateReturn",
    "CreateReturnLineItem",
    "CreateReturnPackage",
    "CreateSalesOrder",
    "CreateSalesOrderCancellationDetails",
    "CreateSalesOrderLineItem",
    "CreateSalesOrderPaymentDetail",
    "CreateSalesOrderShippingDetail",
    "CreateStock",
    "CreateSupplierItemScalePrice",
    "CreateTranslation",
    "CreateWorkerSyncConfiguration",
    "CreateWorkflowEvent",
    "CustomField",
    "CustomFieldAttribut",
    "CustomFieldType",
    "CustomFieldValue",
    "CustomFieldValueValue",
    "Customer",
    "CustomerBankAccount",
    "CustomerCategory",
    "CustomerContact",
    "CustomerGroup",
    "DeliveryNote",
    "DeliveryNotePackage",
    "DepartureCountry",
    "Dimensions",
    "ErrorResponse",
    "ErrorResponseValidationErrors",
    "FeatureInfo",
    "Invoice",
    "InvoiceCancellationDetails",
    "InvoiceCancellationReason",
    "InvoiceDepartureCountry",
    "InvoiceLineItem",
    "InvoiceLineItemType",
    "InvoicePaymentDetail",
    "InvoicePaymentDetailPaymentStatus",
    "Item",
    "ItemCapabilities",
    "ItemComponent",
    "ItemCustomerPrice",
    "ItemDangerousGoods",
    "ItemDescription",
    "ItemIdentifiers",
    "ItemImage",
    "ItemMinimumPurchaseQuantityForCustomerGroup",
    "ItemPrice",
    "ItemProperties",
    "ItemPropertyValue",
    "ItemQuantities",
    "ItemSalesChannelPrice",
    "ItemSpecialPrice",
    "ItemStorageOption",
    "ItemSupplier",
    "ItemVariation",
    "ItemVariationType",
    "ItemVariationValue",
    "ItemWeights",
    "Manufacturer",
    "Note",
    "OnHoldReason",
    "OtherAddresses",
    "PagedListOfAccountingData",
    "PagedListOfCategory",
    "PagedListOfCustomer",
    "PagedListOfDeliveryNote",
    "PagedListOfInvoice",
    "PagedListOfItem",
    "PagedListOfPickList",
    "PagedListOfPickListTemplate",
    "PagedListOfProperty",
    "PagedListOfPropertyGroup",
    "PagedListOfReturn",
    "PagedListOfSalesOrder",
    "PagedListOfSerialNumber",
    "PagedListOfStock",
    "PagedListOfStockChange",
    "PagedListOfStorageLocation",
    "PagedListOfWarehouse",
    "PaymentMethod",
    "PaymentSettings",
    "PickList",
    "PickListPosition",
    "PickListPositionStatus",
    "PickListStatus",
    "PickListTemplate",
    "ProductGroup",
    "Property",
    "PropertyGroup",
    "PropertyValue",
    "PropertyValueDescription",
    "QueryAccountingDataType",
    "QueryInvoicesPaymentStatus",
    "QuerySalesOrdersDeliveryCompleteStatus",
    "QuerySalesOrdersPaymentStatus",
    "RefundCancellationReason",
    "RegistrationInformation",
    "RegistrationRequestStatusInfo",
    "RegistrationRequestStatusInfoStatus",
    "ResponsiblePerson",
    "Return",
    "ReturnLineItem",
    "ReturnOrigin",
    "ReturnPackage",
    "ReturnReason",
    "ReturnState",
    "SafeWaitHandle",
    "SalesChannel",
    "SalesChannelType",
    "SalesOrder",
    "SalesOrderCancellationDetails",
    "SalesOrderCancellationReason",
    "SalesOrderFile",
    "SalesOrderLineItem",
    "SalesOrderLineItemFile",
    "SalesOrderLineItemType",
    "SalesOrderPaymentDetail",
    "SalesOrderPaymentDetailPaymentStatus",
    "SalesOrderShippingDetail",
    "SalesOrderShippingDetailDeliveryCompleteStatus",
    "SerialNumber",
    "ShippingClass",
    "ShippingMethod",
    "SpecialPrice",
    "Status",
    "Stock",
    "StockChange",
    "StorageLocation",
    "StorageLocationType",
    "Supplier",
    "SupplierItemScalePrice",
    "TaxClass",
    "TaxClassType",
    "TaxRate",
    "TransactionStatus",
    "Translation",
    "TriggerCustomerWorkflowWorkflowEventId",
    "TriggerDeliveryNoteWorkflowWorkflowEventId",
    "TriggerInvoiceWorkflowWorkflowEventId",
    "TriggerItemWorkflowWorkflowEventId",
    "TriggerSalesOrderWorkflowWorkflowEventId",
    "UpdateAddress",
    "UpdateCategory",
    "UpdateCategoryDescription",
    "UpdateCategoryReference",
    "UpdateCustomFieldValue",
    "UpdateCustomFieldValueValue",
    "UpdateCustomer",
    "UpdateCustomerBankAccount",
    "UpdateCustomerCategory",
    "UpdateCustomerContact",
    "UpdateCustomerGroup",
    "UpdateDeliveryNotePackagePosting",
    "UpdateDepartureCountry",
    "UpdateDimensions",
    "UpdateFile",
    "UpdateItem",
    "UpdateItemComponent",
    "UpdateItemCustomerPrice",
    "UpdateItemDangerousGoods",
    "UpdateItemDescription",
    "UpdateItemIdentifiers",
    "UpdateItemImage",
    "UpdateItemMinimumPurchaseQuantityForCustomerGroup",
    "UpdateItemPrice",
    "UpdateItemQuantities",
    "UpdateItemSalesChannelPrice",
    "UpdateItemSpecialPrice",
    "UpdateItemStorageOption",
    "UpdateItemSupplier",
    "UpdateItemVariation",
    "UpdateItemVariationValue",
    "UpdateItemWeights",
    "UpdateNote",
    "UpdateOtherAddresses",
    "UpdatePaymentSettings",
    "UpdatePropertyValue",
    "UpdatePropertyValueDescription",
    "UpdateSalesOrder",
    "UpdateSalesOrderLineItem",
    "UpdateSalesOrderLineItemFile",
    "UpdateSalesOrderPaymentDetail",
    "UpdateSalesOrderRecalculateTax",
    "UpdateSalesOrderShippingDetail",
    "UpdateSpecialPrice",
    "UpdateSupplierItemScalePrice",
    "UpdateTranslation",
    "WaitHandle",
    "WaitHandleHandle",
    "Warehouse",
    "WarehouseType",
    "WorkerSyncConfigValue",
    "WorkerSyncItem",
    "WorkerSyncItemConfiguration",
    "WorkflowEvent",
)
