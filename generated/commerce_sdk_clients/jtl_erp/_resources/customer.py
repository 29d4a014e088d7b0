"""Typed methods of the `customer` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.customer import create_customer as _create_customer
from ..api.customer import create_customer_bank_account as _create_customer_bank_account
from ..api.customer import create_customer_contact as _create_customer_contact
from ..api.customer import create_customer_note as _create_customer_note
from ..api.customer import delete_customer as _delete_customer
from ..api.customer import delete_customer_bank_account as _delete_customer_bank_account
from ..api.customer import delete_customer_contact as _delete_customer_contact
from ..api.customer import delete_customer_custom_field as _delete_customer_custom_field
from ..api.customer import delete_customer_note as _delete_customer_note
from ..api.customer import get_customer as _get_customer
from ..api.customer import get_customer_bank_account as _get_customer_bank_account
from ..api.customer import get_customer_contact as _get_customer_contact
from ..api.customer import get_customer_note as _get_customer_note
from ..api.customer import query_customer_bank_accounts as _query_customer_bank_accounts
from ..api.customer import query_customer_contacts as _query_customer_contacts
from ..api.customer import query_customer_custom_field_values as _query_customer_custom_field_values
from ..api.customer import query_customer_custom_fields as _query_customer_custom_fields
from ..api.customer import query_customer_notes as _query_customer_notes
from ..api.customer import query_customer_workflow_events as _query_customer_workflow_events
from ..api.customer import query_customers as _query_customers
from ..api.customer import trigger_customer_workflow as _trigger_customer_workflow
from ..api.customer import trigger_customer_workflow_event as _trigger_customer_workflow_event
from ..api.customer import update_customer as _update_customer
from ..api.customer import update_customer_bank_account as _update_customer_bank_account
from ..api.customer import update_customer_contact as _update_customer_contact
from ..api.customer import update_customer_custom_field as _update_customer_custom_field
from ..api.customer import update_customer_note as _update_customer_note
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_customer import CreateCustomer
    from ..models.create_customer_bank_account import CreateCustomerBankAccount
    from ..models.create_customer_contact import CreateCustomerContact
    from ..models.create_note import CreateNote
    from ..models.create_workflow_event import CreateWorkflowEvent
    from ..models.customer import Customer
    from ..models.trigger_customer_workflow_workflow_event_id import TriggerCustomerWorkflowWorkflowEventId
    from ..models.update_custom_field_value import UpdateCustomFieldValue
    from ..models.update_customer import UpdateCustomer
    from ..models.update_customer_bank_account import UpdateCustomerBankAccount
    from ..models.update_customer_contact import UpdateCustomerContact
    from ..models.update_note import UpdateNote
    from ..types import Unset


class QueryCustomersOperation:
    """`GET /customers`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        search_key_word: str | Unset = UNSET,
        number: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customers._Success:
        return cast(
            "_query_customers._Success",
            await self._scope._invoke(
                _query_customers,
                "customer.query_customers",
                options,
                {
                    "search_key_word": search_key_word,
                    "number": number,
                    "group_id": group_id,
                    "category_id": category_id,
                    "page_number": page_number,
                    "page_size": page_size,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    def pages(
        self,
        *,
        search_key_word: str | Unset = UNSET,
        number: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Customer]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Customer]]",
            self._scope._pages(
                _query_customers,
                "customer.query_customers",
                options,
                {
                    "search_key_word": search_key_word,
                    "number": number,
                    "group_id": group_id,
                    "category_id": category_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        search_key_word: str | Unset = UNSET,
        number: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Customer]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Customer]",
            self._scope._items(
                self._scope._pages(
                    _query_customers,
                    "customer.query_customers",
                    options,
                    {
                        "search_key_word": search_key_word,
                        "number": number,
                        "group_id": group_id,
                        "category_id": category_id,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class CustomerApi:
    """The `customer` operations of one scope: `await scope.customer.<operation>(...)`."""

    __slots__ = ("_scope", "query_customers")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_customers = QueryCustomersOperation(scope)

    async def create_customer(
        self,
        *,
        body: CreateCustomer,
        disable_automatic_workflows: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_customer._Success:
        """`POST /customers`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_customer._Success",
            await self._scope._invoke(
                _create_customer,
                "customer.create_customer",
                options,
                {
                    "body": body,
                    "disable_automatic_workflows": disable_automatic_workflows,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_customer_bank_account(
        self,
        *,
        customer_id: int,
        body: CreateCustomerBankAccount,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_customer_bank_account._Success:
        """`POST /customers/{customerId}/bankaccounts`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_customer_bank_account._Success",
            await self._scope._invoke(
                _create_customer_bank_account,
                "customer.create_customer_bank_account",
                options,
                {"customer_id": customer_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_customer_contact(
        self,
        *,
        customer_id: int,
        body: CreateCustomerContact,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_customer_contact._Success:
        """`POST /customers/{customerId}/contacts`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_customer_contact._Success",
            await self._scope._invoke(
                _create_customer_contact,
                "customer.create_customer_contact",
                options,
                {"customer_id": customer_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_customer_note(
        self,
        *,
        customer_id: int,
        body: CreateNote,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_customer_note._Success:
        """`POST /customers/{customerId}/notes`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_customer_note._Success",
            await self._scope._invoke(
                _create_customer_note,
                "customer.create_customer_note",
                options,
                {"customer_id": customer_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def delete_customer(
        self,
        *,
        customer_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_customer._Success:
        """`DELETE /customers/{customerId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_customer._Success",
            await self._scope._invoke(
                _delete_customer,
                "customer.delete_customer",
                options,
                {"customer_id": customer_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def delete_customer_bank_account(
        self,
        *,
        customer_id: int,
        customer_bank_account_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_customer_bank_account._Success:
        """`DELETE /customers/{customerId}/bankaccounts/{customerBankAccountId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_customer_bank_account._Success",
            await self._scope._invoke(
                _delete_customer_bank_account,
                "customer.delete_customer_bank_account",
                options,
                {
                    "customer_id": customer_id,
                    "customer_bank_account_id": customer_bank_account_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_customer_contact(
        self,
        *,
        customer_id: int,
        customer_contact_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_customer_contact._Success:
        """`DELETE /customers/{customerId}/contacts/{customerContactId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_customer_contact._Success",
            await self._scope._invoke(
                _delete_customer_contact,
                "customer.delete_customer_contact",
                options,
                {
                    "customer_id": customer_id,
                    "customer_contact_id": customer_contact_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_customer_custom_field(
        self,
        *,
        customer_id: int,
        customfield_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_customer_custom_field._Success:
        """`DELETE /customers/{customerId}/customfields/{customfieldId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_customer_custom_field._Success",
            await self._scope._invoke(
                _delete_customer_custom_field,
                "customer.delete_customer_custom_field",
                options,
                {
                    "customer_id": customer_id,
                    "customfield_id": customfield_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_customer_note(
        self,
        *,
        customer_id: int,
        note_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_customer_note._Success:
        """`DELETE /customers/{customerId}/notes/{noteId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_customer_note._Success",
            await self._scope._invoke(
                _delete_customer_note,
                "customer.delete_customer_note",
                options,
                {
                    "customer_id": customer_id,
                    "note_id": note_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def get_customer(
        self,
        *,
        customer_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_customer._Success:
        """`GET /customers/{customerId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_customer._Success",
            await self._scope._invoke(
                _get_customer,
                "customer.get_customer",
                options,
                {"customer_id": customer_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def get_customer_bank_account(
        self,
        *,
        customer_id: int,
        customer_bank_account_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_customer_bank_account._Success:
        """`GET /customers/{customerId}/bankaccounts/{customerBankAccountId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_get_customer_bank_account._Success",
            await self._scope._invoke(
                _get_customer_bank_account,
                "customer.get_customer_bank_account",
                options,
                {
                    "customer_id": customer_id,
                    "customer_bank_account_id": customer_bank_account_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def get_customer_contact(
        self,
        *,
        customer_id: int,
        customer_contact_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_customer_contact._Success:
        """`GET /customers/{customerId}/contacts/{customerContactId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_get_customer_contact._Success",
            await self._scope._invoke(
                _get_customer_contact,
                "customer.get_customer_contact",
                options,
                {
                    "customer_id": customer_id,
                    "customer_contact_id": customer_contact_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def get_customer_note(
        self,
        *,
        customer_id: int,
        note_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_customer_note._Success:
        """`GET /customers/{customerId}/notes/{noteId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_get_customer_note._Success",
            await self._scope._invoke(
                _get_customer_note,
                "customer.get_customer_note",
                options,
                {
                    "customer_id": customer_id,
                    "note_id": note_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_customer_bank_accounts(
        self,
        *,
        customer_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_bank_accounts._Success:
        """`GET /customers/{customerId}/bankaccounts`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_customer_bank_accounts._Success",
            await self._scope._invoke(
                _query_customer_bank_accounts,
                "customer.query_customer_bank_accounts",
                options,
                {"customer_id": customer_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_customer_contacts(
        self,
        *,
        customer_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_contacts._Success:
        """`GET /customers/{customerId}/contacts`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_customer_contacts._Success",
            await self._scope._invoke(
                _query_customer_contacts,
                "customer.query_customer_contacts",
                options,
                {"customer_id": customer_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_customer_custom_field_values(
        self,
        *,
        customer_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_custom_field_values._Success:
        """`GET /customers/{customerId}/customfields`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_customer_custom_field_values._Success",
            await self._scope._invoke(
                _query_customer_custom_field_values,
                "customer.query_customer_custom_field_values",
                options,
                {"customer_id": customer_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_customer_custom_fields(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_custom_fields._Success:
        """`GET /customers/customfields`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_customer_custom_fields._Success",
            await self._scope._invoke(
                _query_customer_custom_fields,
                "customer.query_customer_custom_fields",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_customer_notes(
        self,
        *,
        customer_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_notes._Success:
        """`GET /customers/{customerId}/notes`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_customer_notes._Success",
            await self._scope._invoke(
                _query_customer_notes,
                "customer.query_customer_notes",
                options,
                {"customer_id": customer_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_customer_workflow_events(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_workflow_events._Success:
        """`GET /customers/workflowEvents`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_customer_workflow_events._Success",
            await self._scope._invoke(
                _query_customer_workflow_events,
                "customer.query_customer_workflow_events",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def trigger_customer_workflow(
        self,
        *,
        customer_id: int,
        workflow_event_id: TriggerCustomerWorkflowWorkflowEventId,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_customer_workflow._Success:
        """`POST /customers/{customerId}/workflow/{workflowEventId}`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_customer_workflow._Success",
            await self._scope._invoke(
                _trigger_customer_workflow,
                "customer.trigger_customer_workflow",
                options,
                {
                    "customer_id": customer_id,
                    "workflow_event_id": workflow_event_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def trigger_customer_workflow_event(
        self,
        *,
        customer_id: int,
        body: CreateWorkflowEvent,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_customer_workflow_event._Success:
        """`POST /customers/{customerId}/workflowEvents`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_customer_workflow_event._Success",
            await self._scope._invoke(
                _trigger_customer_workflow_event,
                "customer.trigger_customer_workflow_event",
                options,
                {"customer_id": customer_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_customer(
        self,
        *,
        customer_id: int,
        body: UpdateCustomer,
        disable_automatic_workflows: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_customer._Success:
        """`PATCH /customers/{customerId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_customer._Success",
            await self._scope._invoke(
                _update_customer,
                "customer.update_customer",
                options,
                {
                    "customer_id": customer_id,
                    "body": body,
                    "disable_automatic_workflows": disable_automatic_workflows,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_customer_bank_account(
        self,
        *,
        customer_id: int,
        customer_bank_account_id: int,
        body: UpdateCustomerBankAccount,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_customer_bank_account._Success:
        """`PATCH /customers/{customerId}/bankaccounts/{customerBankAccountId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_customer_bank_account._Success",
            await self._scope._invoke(
                _update_customer_bank_account,
                "customer.update_customer_bank_account",
                options,
                {
                    "customer_id": customer_id,
                    "customer_bank_account_id": customer_bank_account_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_customer_contact(
        self,
        *,
        customer_id: int,
        customer_contact_id: int,
        body: UpdateCustomerContact,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_customer_contact._Success:
        """`PATCH /customers/{customerId}/contacts/{customerContactId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_customer_contact._Success",
            await self._scope._invoke(
                _update_customer_contact,
                "customer.update_customer_contact",
                options,
                {
                    "customer_id": customer_id,
                    "customer_contact_id": customer_contact_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_customer_custom_field(
        self,
        *,
        customer_id: int,
        customfield_id: int,
        body: UpdateCustomFieldValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_customer_custom_field._Success:
        """`PATCH /customers/{customerId}/customfields/{customfieldId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_customer_custom_field._Success",
            await self._scope._invoke(
                _update_customer_custom_field,
                "customer.update_customer_custom_field",
                options,
                {
                    "customer_id": customer_id,
                    "customfield_id": customfield_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_customer_note(
        self,
        *,
        customer_id: int,
        note_id: int,
        body: UpdateNote,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_customer_note._Success:
        """`PATCH /customers/{customerId}/notes/{noteId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_customer_note._Success",
            await self._scope._invoke(
                _update_customer_note,
                "customer.update_customer_note",
                options,
                {
                    "customer_id": customer_id,
                    "note_id": note_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
