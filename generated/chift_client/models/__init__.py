"""Contains all the data models used in inputs/outputs"""

from .accounting_info_out import AccountingInfoOut
from .address_item_out import AddressItemOut
from .address_type import AddressType
from .ai_fill_request import AiFillRequest
from .analytic_distribution_detail_invoicing import AnalyticDistributionDetailInvoicing
from .analytic_distribution_invoicing import AnalyticDistributionInvoicing
from .api_transaction_lookup_out import ApiTransactionLookupOut
from .auth_item import AuthItem
from .bank_account_routing_type import BankAccountRoutingType
from .bank_accounts_item import BankAccountsItem
from .banking_transaction_item import BankingTransactionItem
from .banking_transaction_status import BankingTransactionStatus
from .bool_param import BoolParam
from .capability_changes import CapabilityChanges
from .chain_execution_item import ChainExecutionItem
from .chift_error import ChiftError
from .chift_page_banking_transaction_item import ChiftPageBankingTransactionItem
from .chift_page_commerce_product_item import ChiftPageCommerceProductItem
from .chift_page_invoice_item_out import ChiftPageInvoiceItemOut
from .chift_page_invoice_item_out_mono_analytic_plan import ChiftPageInvoiceItemOutMonoAnalyticPlan
from .chift_page_object_item import ChiftPageObjectItem
from .chift_page_order_item_out import ChiftPageOrderItemOut
from .chift_page_pos_order_item import ChiftPagePOSOrderItem
from .chift_page_preview_object_item import ChiftPagePreviewObjectItem
from .chift_page_sync_execution_item import ChiftPageSyncExecutionItem
from .chift_page_transaction_item_out import ChiftPageTransactionItemOut
from .commerce_address_item_out import CommerceAddressItemOut
from .commerce_discount_item import CommerceDiscountItem
from .commerce_location_item import CommerceLocationItem
from .commerce_product_category_item import CommerceProductCategoryItem
from .commerce_product_item import CommerceProductItem
from .commerce_product_price_item import CommerceProductPriceItem
from .commerce_transaction_status import CommerceTransactionStatus
from .common_attribute_item import CommonAttributeItem
from .connection_item import ConnectionItem
from .connection_item_data_type_0 import ConnectionItemDataType0
from .connection_status import ConnectionStatus
from .consumer_account_item import ConsumerAccountItem
from .consumer_capabilities import ConsumerCapabilities
from .consumer_capabilities_updated import ConsumerCapabilitiesUpdated
from .consumer_capability_item import ConsumerCapabilityItem
from .consumer_capability_item_kind import ConsumerCapabilityItemKind
from .consumer_capability_mode import ConsumerCapabilityMode
from .consumer_item import ConsumerItem
from .consumer_question import ConsumerQuestion
from .consumer_questions import ConsumerQuestions
from .consumer_questions_answers import ConsumerQuestionsAnswers
from .consumer_table import ConsumerTable
from .create_agentic_sync_item import CreateAgenticSyncItem
from .create_consumer_sync_item import CreateConsumerSyncItem
from .create_consumer_sync_item_link_metadata_type_0 import CreateConsumerSyncItemLinkMetadataType0
from .create_flow_item import CreateFlowItem
from .create_sync_item import CreateSyncItem
from .create_sync_item_config_type_0 import CreateSyncItemConfigType0
from .create_sync_mapping_item_input import CreateSyncMappingItemInput
from .create_sync_mapping_item_input_conditions_type_0 import CreateSyncMappingItemInputConditionsType0
from .create_sync_mapping_item_input_conditions_type_0_additional_property import (
    CreateSyncMappingItemInputConditionsType0AdditionalProperty,
)
from .create_sync_mapping_item_output import CreateSyncMappingItemOutput
from .create_sync_mapping_item_output_conditions_type_0 import CreateSyncMappingItemOutputConditionsType0
from .create_sync_mapping_item_output_conditions_type_0_additional_property import (
    CreateSyncMappingItemOutputConditionsType0AdditionalProperty,
)
from .create_sync_mapping_to_field_item_input import CreateSyncMappingToFieldItemInput
from .create_sync_mapping_to_field_item_input_conditions_type_0 import (
    CreateSyncMappingToFieldItemInputConditionsType0,
)
from .create_sync_mapping_to_field_item_input_conditions_type_0_additional_property import (
    CreateSyncMappingToFieldItemInputConditionsType0AdditionalProperty,
)
from .create_sync_mapping_to_field_item_input_logic_type_0 import CreateSyncMappingToFieldItemInputLogicType0
from .create_sync_mapping_to_field_item_output import CreateSyncMappingToFieldItemOutput
from .create_sync_mapping_to_field_item_output_conditions_type_0 import (
    CreateSyncMappingToFieldItemOutputConditionsType0,
)
from .create_sync_mapping_to_field_item_output_conditions_type_0_additional_property import (
    CreateSyncMappingToFieldItemOutputConditionsType0AdditionalProperty,
)
from .create_sync_mapping_to_field_item_output_logic_type_0 import (
    CreateSyncMappingToFieldItemOutputLogicType0,
)
from .credential_item import CredentialItem
from .data_item_out import DataItemOut
from .data_item_out_data import DataItemOutData
from .datalayer_info import DatalayerInfo
from .datalayer_status import DatalayerStatus
from .datastore_column import DatastoreColumn
from .datastore_def import DatastoreDef
from .datastore_status import DatastoreStatus
from .discount_item import DiscountItem
from .discount_type import DiscountType
from .ecommerce_fulfillment_object import EcommerceFulfillmentObject
from .ecommerce_fulfillment_type import EcommerceFulfillmentType
from .enable_flow_consumer import EnableFlowConsumer
from .enable_flow_consumer_data_type_0 import EnableFlowConsumerDataType0
from .execute_flow_request import ExecuteFlowRequest
from .execute_flow_response import ExecuteFlowResponse
from .execution_consumer_result import ExecutionConsumerResult
from .execution_type import ExecutionType
from .execution_warning import ExecutionWarning
from .fees_item import FeesItem
from .fees_type import FeesType
from .field_item import FieldItem
from .field_item_display_condition_type_0 import FieldItemDisplayConditionType0
from .field_item_type import FieldItemType
from .field_item_value import FieldItemValue
from .field_ref import FieldRef
from .flow_config_input import FlowConfigInput
from .flow_config_input_custom_fields_type_0_item import FlowConfigInputCustomFieldsType0Item
from .flow_config_input_definition_fields_type_0_item import FlowConfigInputDefinitionFieldsType0Item
from .flow_config_input_doorkey_fields_type_0_item import FlowConfigInputDoorkeyFieldsType0Item
from .flow_config_output import FlowConfigOutput
from .flow_config_output_custom_fields_type_0_item import FlowConfigOutputCustomFieldsType0Item
from .flow_config_output_definition_fields_type_0_item import FlowConfigOutputDefinitionFieldsType0Item
from .flow_config_output_doorkey_fields_type_0_item import FlowConfigOutputDoorkeyFieldsType0Item
from .flow_data_store_item_input import FlowDataStoreItemInput
from .flow_data_store_item_output import FlowDataStoreItemOutput
from .flow_execution import FlowExecution
from .flow_execution_chain import FlowExecutionChain
from .flow_execution_code import FlowExecutionCode
from .flow_settings import FlowSettings
from .flow_settings_extra import FlowSettingsExtra
from .flow_settings_response import FlowSettingsResponse
from .flow_trigger import FlowTrigger
from .flow_trigger_definition_fields_type_0_item import FlowTriggerDefinitionFieldsType0Item
from .flow_trigger_options_type_0 import FlowTriggerOptionsType0
from .http_method import HTTPMethod
from .http_validation_error import HTTPValidationError
from .image_item import ImageItem
from .import_mode import ImportMode
from .inventory_details_item import InventoryDetailsItem
from .invoice_approval_status import InvoiceApprovalStatus
from .invoice_approval_status_filter import InvoiceApprovalStatusFilter
from .invoice_item_due_dates_out import InvoiceItemDueDatesOut
from .invoice_item_out import InvoiceItemOut
from .invoice_item_out_mono_analytic_plan import InvoiceItemOutMonoAnalyticPlan
from .invoice_line_item_out import InvoiceLineItemOut
from .invoice_line_item_out_mono_analytic_plan import InvoiceLineItemOutMonoAnalyticPlan
from .invoice_status import InvoiceStatus
from .invoice_status_out import InvoiceStatusOut
from .invoice_type import InvoiceType
from .invoicing_invoice_type import InvoicingInvoiceType
from .invoicing_withholding_tax import InvoicingWithholdingTax
from .italian_specificities_output import ItalianSpecificitiesOutput
from .item_attachment_info_attachment import ItemAttachmentInfoAttachment
from .item_attachment_info_out import ItemAttachmentInfoOut
from .item_attachment_info_status import ItemAttachmentInfoStatus
from .journal_type import JournalType
from .link_item import LinkItem
from .link_sync_item import LinkSyncItem
from .local_agent_info import LocalAgentInfo
from .local_agent_status import LocalAgentStatus
from .mapping_candidate import MappingCandidate
from .mapping_row_view import MappingRowView
from .mapping_table_item import MappingTableItem
from .mapping_table_view import MappingTableView
from .mapping_tables import MappingTables
from .mode import Mode
from .modifier_line import ModifierLine
from .object_detail import ObjectDetail
from .object_detail_scope import ObjectDetailScope
from .object_detail_target_type_0 import ObjectDetailTargetType0
from .object_event_item import ObjectEventItem
from .object_event_item_details import ObjectEventItemDetails
from .object_item import ObjectItem
from .object_item_scope import ObjectItemScope
from .object_kind_item import ObjectKindItem
from .object_link import ObjectLink
from .object_link_relation import ObjectLinkRelation
from .object_link_scope import ObjectLinkScope
from .only_objects import OnlyObjects
from .only_objects_scope_type_0 import OnlyObjectsScopeType0
from .operation_type import OperationType
from .order_customer_item_out import OrderCustomerItemOut
from .order_item_out import OrderItemOut
from .order_line_item_out import OrderLineItemOut
from .order_line_product_variant_item import OrderLineProductVariantItem
from .order_payment_methods import OrderPaymentMethods
from .order_refund_item import OrderRefundItem
from .order_return_item import OrderReturnItem
from .order_status import OrderStatus
from .order_transactions import OrderTransactions
from .partner import Partner
from .patch_connection_item import PatchConnectionItem
from .payment import Payment
from .payment_reporting import PaymentReporting
from .payment_reporting_conditions import PaymentReportingConditions
from .payment_reporting_method import PaymentReportingMethod
from .payment_status import PaymentStatus
from .pos_item import POSItem
from .pos_line_item_type import POSLineItemType
from .pos_order_item import POSOrderItem
from .pos_payment_item import POSPaymentItem
from .pos_payment_status import POSPaymentStatus
from .post_connection_item import PostConnectionItem
from .post_connection_item_apis_type_0_item import PostConnectionItemApisType0Item
from .post_consumer_item import PostConsumerItem
from .post_sync_flow_event import PostSyncFlowEvent
from .post_sync_flow_event_data import PostSyncFlowEventData
from .preview import Preview
from .preview_count import PreviewCount
from .preview_issue import PreviewIssue
from .preview_issue_cause import PreviewIssueCause
from .preview_link import PreviewLink
from .preview_object_item import PreviewObjectItem
from .preview_object_item_payload import PreviewObjectItemPayload
from .preview_started import PreviewStarted
from .preview_started_status import PreviewStartedStatus
from .preview_status import PreviewStatus
from .preview_summary import PreviewSummary
from .previews import Previews
from .product_cost_item import ProductCostItem
from .product_status import ProductStatus
from .product_variant_item import ProductVariantItem
from .read_flow_consumer_item import ReadFlowConsumerItem
from .read_flow_consumer_item_values import ReadFlowConsumerItemValues
from .read_flow_item import ReadFlowItem
from .read_flow_trigger import ReadFlowTrigger
from .read_mapping_item import ReadMappingItem
from .read_sync_item import ReadSyncItem
from .read_sync_item_config_type_0 import ReadSyncItemConfigType0
from .read_sync_mapping_item import ReadSyncMappingItem
from .read_sync_mapping_item_conditions_type_0 import ReadSyncMappingItemConditionsType0
from .read_sync_mapping_item_conditions_type_0_additional_property import (
    ReadSyncMappingItemConditionsType0AdditionalProperty,
)
from .read_sync_skip_mapping_item import ReadSyncSkipMappingItem
from .ref import Ref
from .refund_fees_item import RefundFeesItem
from .refund_order_line_item import RefundOrderLineItem
from .required_mode import RequiredMode
from .return_fees_item import ReturnFeesItem
from .return_order_line_item import ReturnOrderLineItem
from .routing_code_item import RoutingCodeItem
from .setting_field import SettingField
from .setting_group import SettingGroup
from .setting_group_item import SettingGroupItem
from .setting_option import SettingOption
from .setting_type import SettingType
from .setup_completeness import SetupCompleteness
from .setup_missing_item import SetupMissingItem
from .shipping_refund import ShippingRefund
from .source import Source
from .spanish_specificities import SpanishSpecificities
from .start_preview import StartPreview
from .states import States
from .sync_capabilities import SyncCapabilities
from .sync_capability_item import SyncCapabilityItem
from .sync_capability_item_kind import SyncCapabilityItemKind
from .sync_capability_mode import SyncCapabilityMode
from .sync_connection import SyncConnection
from .sync_connection_state import SyncConnectionState
from .sync_consumer_item import SyncConsumerItem
from .sync_consumer_item_link_metadata_type_0 import SyncConsumerItemLinkMetadataType0
from .sync_consumer_item_link_presync_type_0 import SyncConsumerItemLinkPresyncType0
from .sync_consumer_status import SyncConsumerStatus
from .sync_consumers_status import SyncConsumersStatus
from .sync_execution_item import SyncExecutionItem
from .sync_integration import SyncIntegration
from .sync_integrations import SyncIntegrations
from .sync_issue import SyncIssue
from .sync_issue_cause import SyncIssueCause
from .sync_issue_owner import SyncIssueOwner
from .sync_issue_scope import SyncIssueScope
from .sync_issue_status import SyncIssueStatus
from .sync_skip_reason import SyncSkipReason
from .sync_vertical_integrations import SyncVerticalIntegrations
from .syncs_connection_item import SyncsConnectionItem
from .token import Token
from .total_tax_item import TotalTaxItem
from .transaction_accounting_category import TransactionAccountingCategory
from .transaction_filter_date_type import TransactionFilterDateType
from .transaction_item_out import TransactionItemOut
from .trigger_priority import TriggerPriority
from .trigger_response import TriggerResponse
from .trigger_response_data_type_0 import TriggerResponseDataType0
from .trigger_type import TriggerType
from .update_consumer_capabilities import UpdateConsumerCapabilities
from .update_consumer_capabilities_modes import UpdateConsumerCapabilitiesModes
from .update_consumer_questions import UpdateConsumerQuestions
from .update_consumer_questions_answers import UpdateConsumerQuestionsAnswers
from .update_flow_consumer import UpdateFlowConsumer
from .update_flow_consumer_data_type_0 import UpdateFlowConsumerDataType0
from .update_sync_capabilities import UpdateSyncCapabilities
from .update_sync_capabilities_default_modes_type_0 import UpdateSyncCapabilitiesDefaultModesType0
from .update_sync_capabilities_offered import UpdateSyncCapabilitiesOffered
from .validation_error import ValidationError
from .validation_error_ctx import ValidationErrorCtx
from .variant_attribute_item import VariantAttributeItem
from .variant_attribute_option_item import VariantAttributeOptionItem
from .welfare_fund import WelfareFund
from .welfare_fund_type import WelfareFundType
from .withholding_tax import WithholdingTax
from .withholding_tax_payment_reason import WithholdingTaxPaymentReason
from .withholding_tax_reason import WithholdingTaxReason
from .write_mode import WriteMode

__all__ = (
    "AccountingInfoOut",
    "AddressItemOut",
    "AddressType",
    "AiFillRequest",
    "AnalyticDistributionDetailInvoicing",
    "AnalyticDistributionInvoicing",
    "ApiTransactionLookupOut",
    "AuthItem",
    "BankAccountRoutingType",
    "BankAccountsItem",
    "BankingTransactionItem",
    "BankingTransactionStatus",
    "BoolParam",
    "CapabilityChanges",
    "ChainExecutionItem",
    "ChiftError",
    "ChiftPageBankingTransactionItem",
    "ChiftPageCommerceProductItem",
    "ChiftPageInvoiceItemOut",
    "ChiftPageInvoiceItemOutMonoAnalyticPlan",
    "ChiftPageObjectItem",
    "ChiftPageOrderItemOut",
    "ChiftPagePOSOrderItem",
    "ChiftPagePreviewObjectItem",
    "ChiftPageSyncExecutionItem",
    "ChiftPageTransactionItemOut",
    "CommerceAddressItemOut",
    "CommerceDiscountItem",
    "CommerceLocationItem",
    "CommerceProductCategoryItem",
    "CommerceProductItem",
    "CommerceProductPriceItem",
    "CommerceTransactionStatus",
    "CommonAttributeItem",
    "ConnectionItem",
    "ConnectionItemDataType0",
    "ConnectionStatus",
    "ConsumerAccountItem",
    "ConsumerCapabilities",
    "ConsumerCapabilitiesUpdated",
    "ConsumerCapabilityItem",
    "ConsumerCapabilityItemKind",
    "ConsumerCapabilityMode",
    "ConsumerItem",
    "ConsumerQuestion",
    "ConsumerQuestions",
    "ConsumerQuestionsAnswers",
    "ConsumerTable",
    "CreateAgenticSyncItem",
    "CreateConsumerSyncItem",
    "CreateConsumerSyncItemLinkMetadataType0",
    "CreateFlowItem",
    "CreateSyncItem",
    "CreateSyncItemConfigType0",
    "CreateSyncMappingItemInput",
    "CreateSyncMappingItemInputConditionsType0",
    "CreateSyncMappingItemInputConditionsType0AdditionalProperty",
    "CreateSyncMappingItemOutput",
    "CreateSyncMappingItemOutputConditionsType0",
    "CreateSyncMappingItemOutputConditionsType0AdditionalProperty",
    "CreateSyncMappingToFieldItemInput",
    "CreateSyncMappingToFieldItemInputConditionsType0",
    "CreateSyncMappingToFieldItemInputConditionsType0AdditionalProperty",
    "CreateSyncMappingToFieldItemInputLogicType0",
    "CreateSyncMappingToFieldItemOutput",
    "CreateSyncMappingToFieldItemOutputConditionsType0",
    "CreateSyncMappingToFieldItemOutputConditionsType0AdditionalProperty",
    "CreateSyncMappingToFieldItemOutputLogicType0",
    "CredentialItem",
    "DataItemOut",
    "DataItemOutData",
    "DatalayerInfo",
    "DatalayerStatus",
    "DatastoreColumn",
    "DatastoreDef",
    "DatastoreStatus",
    "DiscountItem",
    "DiscountType",
    "EcommerceFulfillmentObject",
    "EcommerceFulfillmentType",
    "EnableFlowConsumer",
    "EnableFlowConsumerDataType0",
    "ExecuteFlowRequest",
    "ExecuteFlowResponse",
    "ExecutionConsumerResult",
    "ExecutionType",
    "ExecutionWarning",
    "FeesItem",
    "FeesType",
    "FieldItem",
    "FieldItemDisplayConditionType0",
    "FieldItemType",
    "FieldItemValue",
    "FieldRef",
    "FlowConfigInput",
    "FlowConfigInputCustomFieldsType0Item",
    "FlowConfigInputDefinitionFieldsType0Item",
    "FlowConfigInputDoorkeyFieldsType0Item",
    "FlowConfigOutput",
    "FlowConfigOutputCustomFieldsType0Item",
    "FlowConfigOutputDefinitionFieldsType0Item",
    "FlowConfigOutputDoorkeyFieldsType0Item",
    "FlowDataStoreItemInput",
    "FlowDataStoreItemOutput",
    "FlowExecution",
    "FlowExecutionChain",
    "FlowExecutionCode",
    "FlowSettings",
    "FlowSettingsExtra",
    "FlowSettingsResponse",
    "FlowTrigger",
    "FlowTriggerDefinitionFieldsType0Item",
    "FlowTriggerOptionsType0",
    "HTTPMethod",
    "HTTPValidationError",
    "ImageItem",
    "ImportMode",
    "InventoryDetailsItem",
    "InvoiceApprovalStatus",
    "InvoiceApprovalStatusFilter",
    "InvoiceItemDueDatesOut",
    "InvoiceItemOut",
    "InvoiceItemOutMonoAnalyticPlan",
    "InvoiceLineItemOut",
    "InvoiceLineItemOutMonoAnalyticPlan",
    "InvoiceStatus",
    "InvoiceStatusOut",
    "InvoiceType",
    "InvoicingInvoiceType",
    "InvoicingWithholdingTax",
    "ItalianSpecificitiesOutput",
    "ItemAttachmentInfoAttachment",
    "ItemAttachmentInfoOut",
    "ItemAttachmentInfoStatus",
    "JournalType",
    "LinkItem",
    "LinkSyncItem",
    "LocalAgentInfo",
    "LocalAgentStatus",
    "MappingCandidate",
    "MappingRowView",
    "MappingTableItem",
    "MappingTableView",
    "MappingTables",
    "Mode",
    "ModifierLine",
    "ObjectDetail",
    "ObjectDetailScope",
    "ObjectDetailTargetType0",
    "ObjectEventItem",
    "ObjectEventItemDetails",
    "ObjectItem",
    "ObjectItemScope",
    "ObjectKindItem",
    "ObjectLink",
    "ObjectLinkRelation",
    "ObjectLinkScope",
    "OnlyObjects",
    "OnlyObjectsScopeType0",
    "OperationType",
    "OrderCustomerItemOut",
    "OrderItemOut",
    "OrderLineItemOut",
    "OrderLineProductVariantItem",
    "OrderPaymentMethods",
    "OrderRefundItem",
    "OrderReturnItem",
    "OrderStatus",
    "OrderTransactions",
    "POSItem",
    "POSLineItemType",
    "POSOrderItem",
    "POSPaymentItem",
    "POSPaymentStatus",
    "Partner",
    "PatchConnectionItem",
    "Payment",
    "PaymentReporting",
    "PaymentReportingConditions",
    "PaymentReportingMethod",
    "PaymentStatus",
    "PostConnectionItem",
    "PostConnectionItemApisType0Item",
    "PostConsumerItem",
    "PostSyncFlowEvent",
    "PostSyncFlowEventData",
    "Preview",
    "PreviewCount",
    "PreviewIssue",
    "PreviewIssueCause",
    "PreviewLink",
    "PreviewObjectItem",
    "PreviewObjectItemPayload",
    "PreviewStarted",
    "PreviewStartedStatus",
    "PreviewStatus",
    "PreviewSummary",
    "Previews",
    "ProductCostItem",
    "ProductStatus",
    "ProductVariantItem",
    "ReadFlowConsumerItem",
    "ReadFlowConsumerItemValues",
    "ReadFlowItem",
    "ReadFlowTrigger",
    "ReadMappingItem",
    "ReadSyncItem",
    "ReadSyncItemConfigType0",
    "ReadSyncMappingItem",
    "ReadSyncMappingItemConditionsType0",
    "ReadSyncMappingItemConditionsType0AdditionalProperty",
    "ReadSyncSkipMappingItem",
    "Ref",
    "RefundFeesItem",
    "RefundOrderLineItem",
    "RequiredMode",
    "ReturnFeesItem",
    "ReturnOrderLineItem",
    "RoutingCodeItem",
    "SettingField",
    "SettingGroup",
    "SettingGroupItem",
    "SettingOption",
    "SettingType",
    "SetupCompleteness",
    "SetupMissingItem",
    "ShippingRefund",
    "Source",
    "SpanishSpecificities",
    "StartPreview",
    "States",
    "SyncCapabilities",
    "SyncCapabilityItem",
    "SyncCapabilityItemKind",
    "SyncCapabilityMode",
    "SyncConnection",
    "SyncConnectionState",
    "SyncConsumerItem",
    "SyncConsumerItemLinkMetadataType0",
    "SyncConsumerItemLinkPresyncType0",
    "SyncConsumerStatus",
    "SyncConsumersStatus",
    "SyncExecutionItem",
    "SyncIntegration",
    "SyncIntegrations",
    "SyncIssue",
    "SyncIssueCause",
    "SyncIssueOwner",
    "SyncIssueScope",
    "SyncIssueStatus",
    "SyncSkipReason",
    "SyncVerticalIntegrations",
    "SyncsConnectionItem",
    "Token",
    "TotalTaxItem",
    "TransactionAccountingCategory",
    "TransactionFilterDateType",
    "TransactionItemOut",
    "TriggerPriority",
    "TriggerResponse",
    "TriggerResponseDataType0",
    "TriggerType",
    "UpdateConsumerCapabilities",
    "UpdateConsumerCapabilitiesModes",
    "UpdateConsumerQuestions",
    "UpdateConsumerQuestionsAnswers",
    "UpdateFlowConsumer",
    "UpdateFlowConsumerDataType0",
    "UpdateSyncCapabilities",
    "UpdateSyncCapabilitiesDefaultModesType0",
    "UpdateSyncCapabilitiesOffered",
    "ValidationError",
    "ValidationErrorCtx",
    "VariantAttributeItem",
    "VariantAttributeOptionItem",
    "WelfareFund",
    "WelfareFundType",
    "WithholdingTax",
    "WithholdingTaxPaymentReason",
    "WithholdingTaxReason",
    "WriteMode",
)
