"""Contains all the data models used in inputs/outputs"""

from .account_balance import AccountBalance
from .account_balance_filter import AccountBalanceFilter
from .account_item import AccountItem
from .account_item_type import AccountItemType
from .account_tax_code import AccountTaxCode
from .account_tax_information import AccountTaxInformation
from .account_tax_mode import AccountTaxMode
from .account_to_create import AccountToCreate
from .account_type_filter import AccountTypeFilter
from .accounting_category_item import AccountingCategoryItem
from .accounting_info_out import AccountingInfoOut
from .accounting_invoice_payment_in import AccountingInvoicePaymentIn
from .accounting_invoice_payment_item_in import AccountingInvoicePaymentItemIn
from .accounting_payment_method import AccountingPaymentMethod
from .accounting_payment_terms import AccountingPaymentTerms
from .accounting_vat_code import AccountingVatCode
from .address_item import AddressItem
from .address_item_in import AddressItemIn
from .address_item_in_invoicing import AddressItemInInvoicing
from .address_item_out import AddressItemOut
from .address_item_out_invoicing import AddressItemOutInvoicing
from .address_type import AddressType
from .address_type_invoicing import AddressTypeInvoicing
from .ai_fill_request import AiFillRequest
from .analytic_account_item_in import AnalyticAccountItemIn
from .analytic_account_item_out import AnalyticAccountItemOut
from .analytic_account_item_out_multi_analytic_plans import AnalyticAccountItemOutMultiAnalyticPlans
from .analytic_account_item_update import AnalyticAccountItemUpdate
from .analytic_distribution import AnalyticDistribution
from .analytic_distribution_detail import AnalyticDistributionDetail
from .analytic_distribution_detail_invoicing import AnalyticDistributionDetailInvoicing
from .analytic_distribution_invoicing import AnalyticDistributionInvoicing
from .analytic_plan_item import AnalyticPlanItem
from .api import Api
from .api_transaction_lookup_out import ApiTransactionLookupOut
from .attachment_item import AttachmentItem
from .attachment_item_in import AttachmentItemIn
from .attachment_item_out import AttachmentItemOut
from .auth_item import AuthItem
from .balance_item_out import BalanceItemOut
from .bank_account_item_in import BankAccountItemIn
from .bank_account_item_out import BankAccountItemOut
from .bank_account_routing_type import BankAccountRoutingType
from .bank_accounts_item import BankAccountsItem
from .bank_statement_item_in import BankStatementItemIn
from .bank_statement_item_out import BankStatementItemOut
from .bank_transaction_counterpart_item import BankTransactionCounterpartItem
from .bank_transaction_counterpart_type import BankTransactionCounterpartType
from .bank_transaction_item_in import BankTransactionItemIn
from .bank_transaction_item_out import BankTransactionItemOut
from .bank_transaction_status import BankTransactionStatus
from .banking_account_item import BankingAccountItem
from .banking_counter_part_item import BankingCounterPartItem
from .banking_financial_institution_item import BankingFinancialInstitutionItem
from .banking_opening_balance_item import BankingOpeningBalanceItem
from .banking_transaction_item import BankingTransactionItem
from .banking_transaction_status import BankingTransactionStatus
from .book_year import BookYear
from .bool_param import BoolParam
from .capability_changes import CapabilityChanges
from .category_item import CategoryItem
from .chain_execution_item import ChainExecutionItem
from .chift_error import ChiftError
from .chift_id import ChiftId
from .chift_page_account_balance import ChiftPageAccountBalance
from .chift_page_account_item import ChiftPageAccountItem
from .chift_page_accounting_category_item import ChiftPageAccountingCategoryItem
from .chift_page_accounting_payment_method import ChiftPageAccountingPaymentMethod
from .chift_page_accounting_payment_terms import ChiftPageAccountingPaymentTerms
from .chift_page_accounting_vat_code import ChiftPageAccountingVatCode
from .chift_page_analytic_account_item_out import ChiftPageAnalyticAccountItemOut
from .chift_page_analytic_account_item_out_multi_analytic_plans import (
    ChiftPageAnalyticAccountItemOutMultiAnalyticPlans,
)
from .chift_page_analytic_plan_item import ChiftPageAnalyticPlanItem
from .chift_page_attachment_item_out import ChiftPageAttachmentItemOut
from .chift_page_balance_item_out import ChiftPageBalanceItemOut
from .chift_page_bank_account_item_out import ChiftPageBankAccountItemOut
from .chift_page_banking_account_item import ChiftPageBankingAccountItem
from .chift_page_banking_counter_part_item import ChiftPageBankingCounterPartItem
from .chift_page_banking_financial_institution_item import ChiftPageBankingFinancialInstitutionItem
from .chift_page_banking_transaction_item import ChiftPageBankingTransactionItem
from .chift_page_book_year import ChiftPageBookYear
from .chift_page_category_item import ChiftPageCategoryItem
from .chift_page_client_item_out import ChiftPageClientItemOut
from .chift_page_commerce_customer_item import ChiftPageCommerceCustomerItem
from .chift_page_commerce_location_item_out import ChiftPageCommerceLocationItemOut
from .chift_page_commerce_product_item import ChiftPageCommerceProductItem
from .chift_page_contact_item import ChiftPageContactItem
from .chift_page_contact_item_out import ChiftPageContactItemOut
from .chift_page_country_item import ChiftPageCountryItem
from .chift_page_employee_item import ChiftPageEmployeeItem
from .chift_page_financial_movement_item import ChiftPageFinancialMovementItem
from .chift_page_invoice_item_out import ChiftPageInvoiceItemOut
from .chift_page_invoice_item_out_mono_analytic_plan import ChiftPageInvoiceItemOutMonoAnalyticPlan
from .chift_page_invoice_item_out_multi_analytic_plans import ChiftPageInvoiceItemOutMultiAnalyticPlans
from .chift_page_invoicing_bank_account_item import ChiftPageInvoicingBankAccountItem
from .chift_page_invoicing_bank_transaction_item import ChiftPageInvoicingBankTransactionItem
from .chift_page_invoicing_payment_item import ChiftPageInvoicingPaymentItem
from .chift_page_invoicing_payment_method_item import ChiftPageInvoicingPaymentMethodItem
from .chift_page_invoicing_vat_code import ChiftPageInvoicingVatCode
from .chift_page_journal import ChiftPageJournal
from .chift_page_journal_entry_mono_analytic_plan import ChiftPageJournalEntryMonoAnalyticPlan
from .chift_page_journal_entry_multi_analytic_plan import ChiftPageJournalEntryMultiAnalyticPlan
from .chift_page_miscellaneous_operation_out import ChiftPageMiscellaneousOperationOut
from .chift_page_modifiers_item import ChiftPageModifiersItem
from .chift_page_object_item import ChiftPageObjectItem
from .chift_page_objectives_item import ChiftPageObjectivesItem
from .chift_page_opportunity_item import ChiftPageOpportunityItem
from .chift_page_order_item_out import ChiftPageOrderItemOut
from .chift_page_outstanding_item import ChiftPageOutstandingItem
from .chift_page_payable_item import ChiftPagePayableItem
from .chift_page_payment import ChiftPagePayment
from .chift_page_payment_item_out import ChiftPagePaymentItemOut
from .chift_page_payment_location_item import ChiftPagePaymentLocationItem
from .chift_page_payment_method_item import ChiftPagePaymentMethodItem
from .chift_page_payment_methods import ChiftPagePaymentMethods
from .chift_page_payout_item_out import ChiftPagePayoutItemOut
from .chift_page_pms_accounting_category_item import ChiftPagePMSAccountingCategoryItem
from .chift_page_pms_accounting_transaction_item import ChiftPagePMSAccountingTransactionItem
from .chift_page_pms_customer_item import ChiftPagePMSCustomerItem
from .chift_page_pms_invoice_full_item import ChiftPagePMSInvoiceFullItem
from .chift_page_pms_location_item import ChiftPagePMSLocationItem
from .chift_page_pms_order_item import ChiftPagePMSOrderItem
from .chift_page_pms_payment_item import ChiftPagePMSPaymentItem
from .chift_page_pms_payment_methods import ChiftPagePMSPaymentMethods
from .chift_page_pms_tax_rate_item import ChiftPagePMSTaxRateItem
from .chift_page_pos_customer_item import ChiftPagePOSCustomerItem
from .chift_page_pos_location_item import ChiftPagePOSLocationItem
from .chift_page_pos_order_item import ChiftPagePOSOrderItem
from .chift_page_pos_payment_item import ChiftPagePOSPaymentItem
from .chift_page_pos_product_item import ChiftPagePOSProductItem
from .chift_page_pos_tax_rate_item import ChiftPagePOSTaxRateItem
from .chift_page_preview_object_item import ChiftPagePreviewObjectItem
from .chift_page_product_category_item import ChiftPageProductCategoryItem
from .chift_page_product_item_out import ChiftPageProductItemOut
from .chift_page_refund_item_out import ChiftPageRefundItemOut
from .chift_page_scheme_item import ChiftPageSchemeItem
from .chift_page_spend_management_supplier_item_out import ChiftPageSpendManagementSupplierItemOut
from .chift_page_supplier_item_out import ChiftPageSupplierItemOut
from .chift_page_sync_execution_item import ChiftPageSyncExecutionItem
from .chift_page_tax_code_item import ChiftPageTaxCodeItem
from .chift_page_tax_rate_item import ChiftPageTaxRateItem
from .chift_page_transaction_item_out import ChiftPageTransactionItemOut
from .client_item_in import ClientItemIn
from .client_item_out import ClientItemOut
from .client_item_update import ClientItemUpdate
from .closure_item import ClosureItem
from .closure_operation_item import ClosureOperationItem
from .closure_payment_item import ClosurePaymentItem
from .closure_states import ClosureStates
from .commerce_address_item_in import CommerceAddressItemIn
from .commerce_address_item_out import CommerceAddressItemOut
from .commerce_customer_item import CommerceCustomerItem
from .commerce_discount_item import CommerceDiscountItem
from .commerce_location_item import CommerceLocationItem
from .commerce_location_item_out import CommerceLocationItemOut
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
from .contact_gender import ContactGender
from .contact_item import ContactItem
from .contact_item_in import ContactItemIn
from .contact_item_out import ContactItemOut
from .contact_type import ContactType
from .country_item import CountryItem
from .coverage_item import CoverageItem
from .coverage_status import CoverageStatus
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
from .cube_and_filter import CubeAndFilter
from .cube_join_query import CubeJoinQuery
from .cube_leaf_filter import CubeLeafFilter
from .cube_load_query import CubeLoadQuery
from .cube_load_query_order_type_0 import CubeLoadQueryOrderType0
from .cube_load_query_order_type_0_additional_property import CubeLoadQueryOrderType0AdditionalProperty
from .cube_or_filter import CubeOrFilter
from .cube_order_item import CubeOrderItem
from .cube_order_item_direction_type_0 import CubeOrderItemDirectionType0
from .cube_time_dimension import CubeTimeDimension
from .data_item import DataItem
from .data_item_data import DataItemData
from .data_item_out import DataItemOut
from .data_item_out_data import DataItemOutData
from .data_store_item import DataStoreItem
from .datalayer_enable_body import DatalayerEnableBody
from .datalayer_enable_body_entity_filter_type_0 import DatalayerEnableBodyEntityFilterType0
from .datalayer_info import DatalayerInfo
from .datalayer_refresh_body import DatalayerRefreshBody
from .datalayer_status import DatalayerStatus
from .datastore_column import DatastoreColumn
from .datastore_def import DatastoreDef
from .datastore_status import DatastoreStatus
from .discount_item import DiscountItem
from .discount_type import DiscountType
from .document_type import DocumentType
from .ecommerce_fulfillment_object import EcommerceFulfillmentObject
from .ecommerce_fulfillment_type import EcommerceFulfillmentType
from .employee_item import EmployeeItem
from .enable_flow_consumer import EnableFlowConsumer
from .enable_flow_consumer_data_type_0 import EnableFlowConsumerDataType0
from .entry_line_type import EntryLineType
from .error_info import ErrorInfo
from .execute_flow_request import ExecuteFlowRequest
from .execute_flow_response import ExecuteFlowResponse
from .execution_consumer_result import ExecutionConsumerResult
from .execution_result import ExecutionResult
from .execution_type import ExecutionType
from .execution_warning import ExecutionWarning
from .expense_item_in import ExpenseItemIn
from .expense_item_out import ExpenseItemOut
from .expense_line_item import ExpenseLineItem
from .extended_issue_item import ExtendedIssueItem
from .fec_item_out import FECItemOut
from .fees_item import FeesItem
from .fees_type import FeesType
from .field_item import FieldItem
from .field_item_display_condition_type_0 import FieldItemDisplayConditionType0
from .field_item_type import FieldItemType
from .field_item_value import FieldItemValue
from .field_ref import FieldRef
from .financial_entry_item_in import FinancialEntryItemIn
from .financial_entry_item_out import FinancialEntryItemOut
from .financial_entry_line_item import FinancialEntryLineItem
from .financial_entry_line_item_out import FinancialEntryLineItemOut
from .financial_movement_allocation_item import FinancialMovementAllocationItem
from .financial_movement_fee_item import FinancialMovementFeeItem
from .financial_movement_fee_type import FinancialMovementFeeType
from .financial_movement_item import FinancialMovementItem
from .financial_movement_type import FinancialMovementType
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
from .folder_address_item import FolderAddressItem
from .folder_item import FolderItem
from .generic_journal_entry import GenericJournalEntry
from .generic_journal_item import GenericJournalItem
from .http_method import HTTPMethod
from .http_validation_error import HTTPValidationError
from .image_item import ImageItem
from .image_type import ImageType
from .import_mode import ImportMode
from .insights_catalog import InsightsCatalog
from .integation_status import IntegationStatus
from .integration_item import IntegrationItem
from .integrations_credential_item import IntegrationsCredentialItem
from .integrations_post_connection_item import IntegrationsPostConnectionItem
from .integrations_post_connection_item_config import IntegrationsPostConnectionItemConfig
from .inventory_details_item import InventoryDetailsItem
from .inventory_details_update import InventoryDetailsUpdate
from .invoice_approval_status import InvoiceApprovalStatus
from .invoice_approval_status_filter import InvoiceApprovalStatusFilter
from .invoice_correction import InvoiceCorrection
from .invoice_item import InvoiceItem
from .invoice_item_due_dates_out import InvoiceItemDueDatesOut
from .invoice_item_in import InvoiceItemIn
from .invoice_item_in_mono_analytic_plan import InvoiceItemInMonoAnalyticPlan
from .invoice_item_in_multi_analytic_plans import InvoiceItemInMultiAnalyticPlans
from .invoice_item_out import InvoiceItemOut
from .invoice_item_out_mono_analytic_plan import InvoiceItemOutMonoAnalyticPlan
from .invoice_item_out_multi_analytic_plans import InvoiceItemOutMultiAnalyticPlans
from .invoice_item_out_single import InvoiceItemOutSingle
from .invoice_line_item import InvoiceLineItem
from .invoice_line_item_in_mono_analytic_plan import InvoiceLineItemInMonoAnalyticPlan
from .invoice_line_item_in_multi_analytic_plans import InvoiceLineItemInMultiAnalyticPlans
from .invoice_line_item_out import InvoiceLineItemOut
from .invoice_line_item_out_mono_analytic_plan import InvoiceLineItemOutMonoAnalyticPlan
from .invoice_line_item_out_multi_analytic_plans import InvoiceLineItemOutMultiAnalyticPlans
from .invoice_partner_item import InvoicePartnerItem
from .invoice_status import InvoiceStatus
from .invoice_status_in import InvoiceStatusIn
from .invoice_status_out import InvoiceStatusOut
from .invoice_type import InvoiceType
from .invoicing_bank_account_item import InvoicingBankAccountItem
from .invoicing_bank_transaction_item import InvoicingBankTransactionItem
from .invoicing_create_invoice_type import InvoicingCreateInvoiceType
from .invoicing_document_type import InvoicingDocumentType
from .invoicing_invoice_type import InvoicingInvoiceType
from .invoicing_payment_item import InvoicingPaymentItem
from .invoicing_payment_item_in import InvoicingPaymentItemIn
from .invoicing_payment_item_update import InvoicingPaymentItemUpdate
from .invoicing_payment_method_item import InvoicingPaymentMethodItem
from .invoicing_vat_code import InvoicingVatCode
from .invoicing_withholding_tax import InvoicingWithholdingTax
from .issue_event import IssueEvent
from .issue_event_context_type_0 import IssueEventContextType0
from .issue_item import IssueItem
from .issue_level import IssueLevel
from .issue_status import IssueStatus
from .italian_specificities_input import ItalianSpecificitiesInput
from .italian_specificities_output import ItalianSpecificitiesOutput
from .item_attachment_info_attachment import ItemAttachmentInfoAttachment
from .item_attachment_info_out import ItemAttachmentInfoOut
from .item_attachment_info_status import ItemAttachmentInfoStatus
from .journal import Journal
from .journal_entry_mono_analytic_plan import JournalEntryMonoAnalyticPlan
from .journal_entry_multi_analytic_plan import JournalEntryMultiAnalyticPlan
from .journal_in import JournalIn
from .journal_in_type import JournalInType
from .journal_item_due_dates_out import JournalItemDueDatesOut
from .journal_item_mono_analytic_plan import JournalItemMonoAnalyticPlan
from .journal_item_multi_analytic_plan import JournalItemMultiAnalyticPlan
from .journal_type import JournalType
from .ledger_account_item_in import LedgerAccountItemIn
from .legal_entity_item import LegalEntityItem
from .link_item import LinkItem
from .link_sync_item import LinkSyncItem
from .linked_document import LinkedDocument
from .linked_document_type import LinkedDocumentType
from .local_agent_info import LocalAgentInfo
from .local_agent_status import LocalAgentStatus
from .logo_image import LogoImage
from .mapping_candidate import MappingCandidate
from .mapping_row_view import MappingRowView
from .mapping_table_item import MappingTableItem
from .mapping_table_view import MappingTableView
from .mapping_tables import MappingTables
from .matching_in import MatchingIn
from .matching_out import MatchingOut
from .mcp_auth_item import MCPAuthItem
from .miscellaneous_operation_in import MiscellaneousOperationIn
from .miscellaneous_operation_line import MiscellaneousOperationLine
from .miscellaneous_operation_line_type import MiscellaneousOperationLineType
from .miscellaneous_operation_out import MiscellaneousOperationOut
from .miscellaneous_operation_status_in import MiscellaneousOperationStatusIn
from .miscellaneous_operation_status_out import MiscellaneousOperationStatusOut
from .mode import Mode
from .modifier_line import ModifierLine
from .modifier_option_item import ModifierOptionItem
from .modifiers_item import ModifiersItem
from .multiple_matching_in import MultipleMatchingIn
from .multiple_matching_out import MultipleMatchingOut
from .multiple_matching_out_error_msg_type_0 import MultipleMatchingOutErrorMsgType0
from .next_document_number import NextDocumentNumber
from .nl_payment_terms_split import NlPaymentTermsSplit
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
from .objectives_item import ObjectivesItem
from .only_objects import OnlyObjects
from .only_objects_scope_type_0 import OnlyObjectsScopeType0
from .operation_type import OperationType
from .opportunity_item import OpportunityItem
from .opportunity_status import OpportunityStatus
from .order_customer_item import OrderCustomerItem
from .order_customer_item_out import OrderCustomerItemOut
from .order_item_in import OrderItemIn
from .order_item_out import OrderItemOut
from .order_line_item_in import OrderLineItemIn
from .order_line_item_out import OrderLineItemOut
from .order_line_product_variant_item import OrderLineProductVariantItem
from .order_payment_methods import OrderPaymentMethods
from .order_refund_item import OrderRefundItem
from .order_return_item import OrderReturnItem
from .order_status import OrderStatus
from .order_transactions import OrderTransactions
from .original_outstanding_item import OriginalOutstandingItem
from .outstanding_item import OutstandingItem
from .outstanding_item_due_dates_out import OutstandingItemDueDatesOut
from .outstanding_type import OutstandingType
from .partner import Partner
from .partner_type_input import PartnerTypeInput
from .partner_type_output import PartnerTypeOutput
from .patch_connection_item import PatchConnectionItem
from .payable_allocation_item import PayableAllocationItem
from .payable_allocation_type import PayableAllocationType
from .payable_attachment_item import PayableAttachmentItem
from .payable_export_status import PayableExportStatus
from .payable_item import PayableItem
from .payable_line_item import PayableLineItem
from .payable_type import PayableType
from .payment import Payment
from .payment_item_out import PaymentItemOut
from .payment_location_item import PaymentLocationItem
from .payment_method_item import PaymentMethodItem
from .payment_methods import PaymentMethods
from .payment_payment_status import PaymentPaymentStatus
from .payment_reporting import PaymentReporting
from .payment_reporting_conditions import PaymentReportingConditions
from .payment_reporting_method import PaymentReportingMethod
from .payment_status import PaymentStatus
from .payment_term_account_info import PaymentTermAccountInfo
from .payout_item_out import PayoutItemOut
from .payout_status import PayoutStatus
from .payout_type import PayoutType
from .pms_accounting_category_item import PMSAccountingCategoryItem
from .pms_accounting_transaction_item import PMSAccountingTransactionItem
from .pms_accounting_transaction_origin import PMSAccountingTransactionOrigin
from .pms_accounting_transaction_origin_type import PMSAccountingTransactionOriginType
from .pms_accounting_transaction_status import PMSAccountingTransactionStatus
from .pms_accounting_transaction_type import PMSAccountingTransactionType
from .pms_closure_item import PMSClosureItem
from .pms_customer_item import PMSCustomerItem
from .pms_invoice_full_item import PMSInvoiceFullItem
from .pms_location_item import PMSLocationItem
from .pms_order_item import PMSOrderItem
from .pms_order_line_item import PMSOrderLineItem
from .pms_payment_item import PMSPaymentItem
from .pms_payment_methods import PMSPaymentMethods
from .pms_states import PMSStates
from .pms_tax_rate_item import PMSTaxRateItem
from .pos_closure_information_item import POSClosureInformationItem
from .pos_create_customer_item import POSCreateCustomerItem
from .pos_customer_item import POSCustomerItem
from .pos_item import POSItem
from .pos_line_item_type import POSLineItemType
from .pos_location_item import POSLocationItem
from .pos_order_item import POSOrderItem
from .pos_payment_item import POSPaymentItem
from .pos_payment_status import POSPaymentStatus
from .pos_product_item import POSProductItem
from .pos_tax_rate_item import POSTaxRateItem
from .post_address_item import PostAddressItem
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
from .product_category_item import ProductCategoryItem
from .product_cost_item import ProductCostItem
from .product_item import ProductItem
from .product_item_out import ProductItemOut
from .product_price_item import ProductPriceItem
from .product_status import ProductStatus
from .product_variant_item import ProductVariantItem
from .public_cube_meta_cube import PublicCubeMetaCube
from .public_cube_meta_cube_hierarchies_item import PublicCubeMetaCubeHierarchiesItem
from .public_cube_meta_cube_type_type_0 import PublicCubeMetaCubeTypeType0
from .public_cube_meta_member import PublicCubeMetaMember
from .public_cube_meta_member_json_schema_type_0 import PublicCubeMetaMemberJsonSchemaType0
from .public_cube_relationship import PublicCubeRelationship
from .public_cube_relationship_relationship import PublicCubeRelationshipRelationship
from .query_meta import QueryMeta
from .query_response import QueryResponse
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
from .refund_item_out import RefundItemOut
from .refund_order_line_item import RefundOrderLineItem
from .release_item import ReleaseItem
from .report_category import ReportCategory
from .report_item import ReportItem
from .report_orders import ReportOrders
from .report_payments import ReportPayments
from .required_mode import RequiredMode
from .reservation_item import ReservationItem
from .return_fees_item import ReturnFeesItem
from .return_order_line_item import ReturnOrderLineItem
from .routing_code_item import RoutingCodeItem
from .sales_item import SalesItem
from .scheme_item import SchemeItem
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
from .spend_management_supplier_item_in import SpendManagementSupplierItemIn
from .spend_management_supplier_item_out import SpendManagementSupplierItemOut
from .spend_management_supplier_item_update import SpendManagementSupplierItemUpdate
from .start_preview import StartPreview
from .states import States
from .status import Status
from .supplier_item_in import SupplierItemIn
from .supplier_item_out import SupplierItemOut
from .supplier_item_update import SupplierItemUpdate
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
from .tax_code_item import TaxCodeItem
from .tax_code_item_in import TaxCodeItemIn
from .tax_info import TaxInfo
from .tax_rate_item import TaxRateItem
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
from .update_consumer_item import UpdateConsumerItem
from .update_consumer_questions import UpdateConsumerQuestions
from .update_consumer_questions_answers import UpdateConsumerQuestionsAnswers
from .update_flow_consumer import UpdateFlowConsumer
from .update_flow_consumer_data_type_0 import UpdateFlowConsumerDataType0
from .update_order_item import UpdateOrderItem
from .update_sync_capabilities import UpdateSyncCapabilities
from .update_sync_capabilities_default_modes_type_0 import UpdateSyncCapabilitiesDefaultModesType0
from .update_sync_capabilities_offered import UpdateSyncCapabilitiesOffered
from .upload_document_item_out import UploadDocumentItemOut
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .variant_attribute_item import VariantAttributeItem
from .variant_attribute_option_item import VariantAttributeOptionItem
from .variant_item import VariantItem
from .vat_code_scope import VatCodeScope
from .vat_code_type import VatCodeType
from .visibility import Visibility
from .webhook_instance_get_item import WebhookInstanceGetItem
from .webhook_instance_patch_item import WebhookInstancePatchItem
from .webhook_instance_post_item import WebhookInstancePostItem
from .webhook_item import WebhookItem
from .webhook_log_item import WebhookLogItem
from .welfare_fund import WelfareFund
from .welfare_fund_type import WelfareFundType
from .withholding_tax import WithholdingTax
from .withholding_tax_payment_reason import WithholdingTaxPaymentReason
from .withholding_tax_reason import WithholdingTaxReason
from .write_mode import WriteMode

__all__ = (
    "AccountBalance",
    "AccountBalanceFilter",
    "AccountItem",
    "AccountItemType",
    "AccountTaxCode",
    "AccountTaxInformation",
    "AccountTaxMode",
    "AccountToCreate",
    "AccountTypeFilter",
    "AccountingCategoryItem",
    "AccountingInfoOut",
    "AccountingInvoicePaymentIn",
    "AccountingInvoicePaymentItemIn",
    "AccountingPaymentMethod",
    "AccountingPaymentTerms",
    "AccountingVatCode",
    "AddressItem",
    "AddressItemIn",
    "AddressItemInInvoicing",
    "AddressItemOut",
    "AddressItemOutInvoicing",
    "AddressType",
    "AddressTypeInvoicing",
    "AiFillRequest",
    "AnalyticAccountItemIn",
    "AnalyticAccountItemOut",
    "AnalyticAccountItemOutMultiAnalyticPlans",
    "AnalyticAccountItemUpdate",
    "AnalyticDistribution",
    "AnalyticDistributionDetail",
    "AnalyticDistributionDetailInvoicing",
    "AnalyticDistributionInvoicing",
    "AnalyticPlanItem",
    "Api",
    "ApiTransactionLookupOut",
    "AttachmentItem",
    "AttachmentItemIn",
    "AttachmentItemOut",
    "AuthItem",
    "BalanceItemOut",
    "BankAccountItemIn",
    "BankAccountItemOut",
    "BankAccountRoutingType",
    "BankAccountsItem",
    "BankStatementItemIn",
    "BankStatementItemOut",
    "BankTransactionCounterpartItem",
    "BankTransactionCounterpartType",
    "BankTransactionItemIn",
    "BankTransactionItemOut",
    "BankTransactionStatus",
    "BankingAccountItem",
    "BankingCounterPartItem",
    "BankingFinancialInstitutionItem",
    "BankingOpeningBalanceItem",
    "BankingTransactionItem",
    "BankingTransactionStatus",
    "BookYear",
    "BoolParam",
    "CapabilityChanges",
    "CategoryItem",
    "ChainExecutionItem",
    "ChiftError",
    "ChiftId",
    "ChiftPageAccountBalance",
    "ChiftPageAccountItem",
    "ChiftPageAccountingCategoryItem",
    "ChiftPageAccountingPaymentMethod",
    "ChiftPageAccountingPaymentTerms",
    "ChiftPageAccountingVatCode",
    "ChiftPageAnalyticAccountItemOut",
    "ChiftPageAnalyticAccountItemOutMultiAnalyticPlans",
    "ChiftPageAnalyticPlanItem",
    "ChiftPageAttachmentItemOut",
    "ChiftPageBalanceItemOut",
    "ChiftPageBankAccountItemOut",
    "ChiftPageBankingAccountItem",
    "ChiftPageBankingCounterPartItem",
    "ChiftPageBankingFinancialInstitutionItem",
    "ChiftPageBankingTransactionItem",
    "ChiftPageBookYear",
    "ChiftPageCategoryItem",
    "ChiftPageClientItemOut",
    "ChiftPageCommerceCustomerItem",
    "ChiftPageCommerceLocationItemOut",
    "ChiftPageCommerceProductItem",
    "ChiftPageContactItem",
    "ChiftPageContactItemOut",
    "ChiftPageCountryItem",
    "ChiftPageEmployeeItem",
    "ChiftPageFinancialMovementItem",
    "ChiftPageInvoiceItemOut",
    "ChiftPageInvoiceItemOutMonoAnalyticPlan",
    "ChiftPageInvoiceItemOutMultiAnalyticPlans",
    "ChiftPageInvoicingBankAccountItem",
    "ChiftPageInvoicingBankTransactionItem",
    "ChiftPageInvoicingPaymentItem",
    "ChiftPageInvoicingPaymentMethodItem",
    "ChiftPageInvoicingVatCode",
    "ChiftPageJournal",
    "ChiftPageJournalEntryMonoAnalyticPlan",
    "ChiftPageJournalEntryMultiAnalyticPlan",
    "ChiftPageMiscellaneousOperationOut",
    "ChiftPageModifiersItem",
    "ChiftPageObjectItem",
    "ChiftPageObjectivesItem",
    "ChiftPageOpportunityItem",
    "ChiftPageOrderItemOut",
    "ChiftPageOutstandingItem",
    "ChiftPagePMSAccountingCategoryItem",
    "ChiftPagePMSAccountingTransactionItem",
    "ChiftPagePMSCustomerItem",
    "ChiftPagePMSInvoiceFullItem",
    "ChiftPagePMSLocationItem",
    "ChiftPagePMSOrderItem",
    "ChiftPagePMSPaymentItem",
    "ChiftPagePMSPaymentMethods",
    "ChiftPagePMSTaxRateItem",
    "ChiftPagePOSCustomerItem",
    "ChiftPagePOSLocationItem",
    "ChiftPagePOSOrderItem",
    "ChiftPagePOSPaymentItem",
    "ChiftPagePOSProductItem",
    "ChiftPagePOSTaxRateItem",
    "ChiftPagePayableItem",
    "ChiftPagePayment",
    "ChiftPagePaymentItemOut",
    "ChiftPagePaymentLocationItem",
    "ChiftPagePaymentMethodItem",
    "ChiftPagePaymentMethods",
    "ChiftPagePayoutItemOut",
    "ChiftPagePreviewObjectItem",
    "ChiftPageProductCategoryItem",
    "ChiftPageProductItemOut",
    "ChiftPageRefundItemOut",
    "ChiftPageSchemeItem",
    "ChiftPageSpendManagementSupplierItemOut",
    "ChiftPageSupplierItemOut",
    "ChiftPageSyncExecutionItem",
    "ChiftPageTaxCodeItem",
    "ChiftPageTaxRateItem",
    "ChiftPageTransactionItemOut",
    "ClientItemIn",
    "ClientItemOut",
    "ClientItemUpdate",
    "ClosureItem",
    "ClosureOperationItem",
    "ClosurePaymentItem",
    "ClosureStates",
    "CommerceAddressItemIn",
    "CommerceAddressItemOut",
    "CommerceCustomerItem",
    "CommerceDiscountItem",
    "CommerceLocationItem",
    "CommerceLocationItemOut",
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
    "ContactGender",
    "ContactItem",
    "ContactItemIn",
    "ContactItemOut",
    "ContactType",
    "CountryItem",
    "CoverageItem",
    "CoverageStatus",
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
    "CubeAndFilter",
    "CubeJoinQuery",
    "CubeLeafFilter",
    "CubeLoadQuery",
    "CubeLoadQueryOrderType0",
    "CubeLoadQueryOrderType0AdditionalProperty",
    "CubeOrFilter",
    "CubeOrderItem",
    "CubeOrderItemDirectionType0",
    "CubeTimeDimension",
    "DataItem",
    "DataItemData",
    "DataItemOut",
    "DataItemOutData",
    "DataStoreItem",
    "DatalayerEnableBody",
    "DatalayerEnableBodyEntityFilterType0",
    "DatalayerInfo",
    "DatalayerRefreshBody",
    "DatalayerStatus",
    "DatastoreColumn",
    "DatastoreDef",
    "DatastoreStatus",
    "DiscountItem",
    "DiscountType",
    "DocumentType",
    "EcommerceFulfillmentObject",
    "EcommerceFulfillmentType",
    "EmployeeItem",
    "EnableFlowConsumer",
    "EnableFlowConsumerDataType0",
    "EntryLineType",
    "ErrorInfo",
    "ExecuteFlowRequest",
    "ExecuteFlowResponse",
    "ExecutionConsumerResult",
    "ExecutionResult",
    "ExecutionType",
    "ExecutionWarning",
    "ExpenseItemIn",
    "ExpenseItemOut",
    "ExpenseLineItem",
    "ExtendedIssueItem",
    "FECItemOut",
    "FeesItem",
    "FeesType",
    "FieldItem",
    "FieldItemDisplayConditionType0",
    "FieldItemType",
    "FieldItemValue",
    "FieldRef",
    "FinancialEntryItemIn",
    "FinancialEntryItemOut",
    "FinancialEntryLineItem",
    "FinancialEntryLineItemOut",
    "FinancialMovementAllocationItem",
    "FinancialMovementFeeItem",
    "FinancialMovementFeeType",
    "FinancialMovementItem",
    "FinancialMovementType",
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
    "FolderAddressItem",
    "FolderItem",
    "GenericJournalEntry",
    "GenericJournalItem",
    "HTTPMethod",
    "HTTPValidationError",
    "ImageItem",
    "ImageType",
    "ImportMode",
    "InsightsCatalog",
    "IntegationStatus",
    "IntegrationItem",
    "IntegrationsCredentialItem",
    "IntegrationsPostConnectionItem",
    "IntegrationsPostConnectionItemConfig",
    "InventoryDetailsItem",
    "InventoryDetailsUpdate",
    "InvoiceApprovalStatus",
    "InvoiceApprovalStatusFilter",
    "InvoiceCorrection",
    "InvoiceItem",
    "InvoiceItemDueDatesOut",
    "InvoiceItemIn",
    "InvoiceItemInMonoAnalyticPlan",
    "InvoiceItemInMultiAnalyticPlans",
    "InvoiceItemOut",
    "InvoiceItemOutMonoAnalyticPlan",
    "InvoiceItemOutMultiAnalyticPlans",
    "InvoiceItemOutSingle",
    "InvoiceLineItem",
    "InvoiceLineItemInMonoAnalyticPlan",
    "InvoiceLineItemInMultiAnalyticPlans",
    "InvoiceLineItemOut",
    "InvoiceLineItemOutMonoAnalyticPlan",
    "InvoiceLineItemOutMultiAnalyticPlans",
    "InvoicePartnerItem",
    "InvoiceStatus",
    "InvoiceStatusIn",
    "InvoiceStatusOut",
    "InvoiceType",
    "InvoicingBankAccountItem",
    "InvoicingBankTransactionItem",
    "InvoicingCreateInvoiceType",
    "InvoicingDocumentType",
    "InvoicingInvoiceType",
    "InvoicingPaymentItem",
    "InvoicingPaymentItemIn",
    "InvoicingPaymentItemUpdate",
    "InvoicingPaymentMethodItem",
    "InvoicingVatCode",
    "InvoicingWithholdingTax",
    "IssueEvent",
    "IssueEventContextType0",
    "IssueItem",
    "IssueLevel",
    "IssueStatus",
    "ItalianSpecificitiesInput",
    "ItalianSpecificitiesOutput",
    "ItemAttachmentInfoAttachment",
    "ItemAttachmentInfoOut",
    "ItemAttachmentInfoStatus",
    "Journal",
    "JournalEntryMonoAnalyticPlan",
    "JournalEntryMultiAnalyticPlan",
    "JournalIn",
    "JournalInType",
    "JournalItemDueDatesOut",
    "JournalItemMonoAnalyticPlan",
    "JournalItemMultiAnalyticPlan",
    "JournalType",
    "LedgerAccountItemIn",
    "LegalEntityItem",
    "LinkItem",
    "LinkSyncItem",
    "LinkedDocument",
    "LinkedDocumentType",
    "LocalAgentInfo",
    "LocalAgentStatus",
    "LogoImage",
    "MCPAuthItem",
    "MappingCandidate",
    "MappingRowView",
    "MappingTableItem",
    "MappingTableView",
    "MappingTables",
    "MatchingIn",
    "MatchingOut",
    "MiscellaneousOperationIn",
    "MiscellaneousOperationLine",
    "MiscellaneousOperationLineType",
    "MiscellaneousOperationOut",
    "MiscellaneousOperationStatusIn",
    "MiscellaneousOperationStatusOut",
    "Mode",
    "ModifierLine",
    "ModifierOptionItem",
    "ModifiersItem",
    "MultipleMatchingIn",
    "MultipleMatchingOut",
    "MultipleMatchingOutErrorMsgType0",
    "NextDocumentNumber",
    "NlPaymentTermsSplit",
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
    "ObjectivesItem",
    "OnlyObjects",
    "OnlyObjectsScopeType0",
    "OperationType",
    "OpportunityItem",
    "OpportunityStatus",
    "OrderCustomerItem",
    "OrderCustomerItemOut",
    "OrderItemIn",
    "OrderItemOut",
    "OrderLineItemIn",
    "OrderLineItemOut",
    "OrderLineProductVariantItem",
    "OrderPaymentMethods",
    "OrderRefundItem",
    "OrderReturnItem",
    "OrderStatus",
    "OrderTransactions",
    "OriginalOutstandingItem",
    "OutstandingItem",
    "OutstandingItemDueDatesOut",
    "OutstandingType",
    "PMSAccountingCategoryItem",
    "PMSAccountingTransactionItem",
    "PMSAccountingTransactionOrigin",
    "PMSAccountingTransactionOriginType",
    "PMSAccountingTransactionStatus",
    "PMSAccountingTransactionType",
    "PMSClosureItem",
    "PMSCustomerItem",
    "PMSInvoiceFullItem",
    "PMSLocationItem",
    "PMSOrderItem",
    "PMSOrderLineItem",
    "PMSPaymentItem",
    "PMSPaymentMethods",
    "PMSStates",
    "PMSTaxRateItem",
    "POSClosureInformationItem",
    "POSCreateCustomerItem",
    "POSCustomerItem",
    "POSItem",
    "POSLineItemType",
    "POSLocationItem",
    "POSOrderItem",
    "POSPaymentItem",
    "POSPaymentStatus",
    "POSProductItem",
    "POSTaxRateItem",
    "Partner",
    "PartnerTypeInput",
    "PartnerTypeOutput",
    "PatchConnectionItem",
    "PayableAllocationItem",
    "PayableAllocationType",
    "PayableAttachmentItem",
    "PayableExportStatus",
    "PayableItem",
    "PayableLineItem",
    "PayableType",
    "Payment",
    "PaymentItemOut",
    "PaymentLocationItem",
    "PaymentMethodItem",
    "PaymentMethods",
    "PaymentPaymentStatus",
    "PaymentReporting",
    "PaymentReportingConditions",
    "PaymentReportingMethod",
    "PaymentStatus",
    "PaymentTermAccountInfo",
    "PayoutItemOut",
    "PayoutStatus",
    "PayoutType",
    "PostAddressItem",
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
    "ProductCategoryItem",
    "ProductCostItem",
    "ProductItem",
    "ProductItemOut",
    "ProductPriceItem",
    "ProductStatus",
    "ProductVariantItem",
    "PublicCubeMetaCube",
    "PublicCubeMetaCubeHierarchiesItem",
    "PublicCubeMetaCubeTypeType0",
    "PublicCubeMetaMember",
    "PublicCubeMetaMemberJsonSchemaType0",
    "PublicCubeRelationship",
    "PublicCubeRelationshipRelationship",
    "QueryMeta",
    "QueryResponse",
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
    "RefundItemOut",
    "RefundOrderLineItem",
    "ReleaseItem",
    "ReportCategory",
    "ReportItem",
    "ReportOrders",
    "ReportPayments",
    "RequiredMode",
    "ReservationItem",
    "ReturnFeesItem",
    "ReturnOrderLineItem",
    "RoutingCodeItem",
    "SalesItem",
    "SchemeItem",
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
    "SpendManagementSupplierItemIn",
    "SpendManagementSupplierItemOut",
    "SpendManagementSupplierItemUpdate",
    "StartPreview",
    "States",
    "Status",
    "SupplierItemIn",
    "SupplierItemOut",
    "SupplierItemUpdate",
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
    "TaxCodeItem",
    "TaxCodeItemIn",
    "TaxInfo",
    "TaxRateItem",
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
    "UpdateConsumerItem",
    "UpdateConsumerQuestions",
    "UpdateConsumerQuestionsAnswers",
    "UpdateFlowConsumer",
    "UpdateFlowConsumerDataType0",
    "UpdateOrderItem",
    "UpdateSyncCapabilities",
    "UpdateSyncCapabilitiesDefaultModesType0",
    "UpdateSyncCapabilitiesOffered",
    "UploadDocumentItemOut",
    "ValidationError",
    "ValidationErrorContext",
    "VariantAttributeItem",
    "VariantAttributeOptionItem",
    "VariantItem",
    "VatCodeScope",
    "VatCodeType",
    "Visibility",
    "WebhookInstanceGetItem",
    "WebhookInstancePatchItem",
    "WebhookInstancePostItem",
    "WebhookItem",
    "WebhookLogItem",
    "WelfareFund",
    "WelfareFundType",
    "WithholdingTax",
    "WithholdingTaxPaymentReason",
    "WithholdingTaxReason",
    "WriteMode",
)
