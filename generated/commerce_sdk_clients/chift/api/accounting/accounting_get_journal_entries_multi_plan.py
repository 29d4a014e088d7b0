import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.chift_page_journal_entry_multi_analytic_plan import ChiftPageJournalEntryMultiAnalyticPlan
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    unposted_allowed: BoolParam,
    journal_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    partner_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_unposted_allowed = unposted_allowed.value
    params["unposted_allowed"] = json_unposted_allowed

    json_journal_id: None | str | Unset
    if isinstance(journal_id, Unset):
        json_journal_id = UNSET
    else:
        json_journal_id = journal_id
    params["journal_id"] = json_journal_id

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    json_partner_id: None | str | Unset
    if isinstance(partner_id, Unset):
        json_partner_id = UNSET
    else:
        json_partner_id = partner_id
    params["partner_id"] = json_partner_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "accounting.accounting_get_journal_entries_multi_plan"},
        "url": "/consumers/{consumer_id}/accounting/journal/entries/multi-analytic-plans".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageJournalEntryMultiAnalyticPlan


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError | None:
    token = _decoding.name_operation("accounting.accounting_get_journal_entries_multi_plan")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageJournalEntryMultiAnalyticPlan.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    unposted_allowed: BoolParam,
    journal_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    partner_id: None | str | Unset = UNSET,
) -> Response[ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        unposted_allowed (BoolParam):
        journal_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        partner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        folder_id=folder_id,
        unposted_allowed=unposted_allowed,
        journal_id=journal_id,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
        partner_id=partner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    unposted_allowed: BoolParam,
    journal_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    partner_id: None | str | Unset = UNSET,
) -> ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        unposted_allowed (BoolParam):
        journal_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        partner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        page=page,
        size=size,
        folder_id=folder_id,
        unposted_allowed=unposted_allowed,
        journal_id=journal_id,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
        partner_id=partner_id,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    unposted_allowed: BoolParam,
    journal_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    partner_id: None | str | Unset = UNSET,
) -> Response[ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        unposted_allowed (BoolParam):
        journal_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        partner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        folder_id=folder_id,
        unposted_allowed=unposted_allowed,
        journal_id=journal_id,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
        partner_id=partner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    unposted_allowed: BoolParam,
    journal_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    partner_id: None | str | Unset = UNSET,
) -> ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        unposted_allowed (BoolParam):
        journal_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        partner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageJournalEntryMultiAnalyticPlan | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            page=page,
            size=size,
            folder_id=folder_id,
            unposted_allowed=unposted_allowed,
            journal_id=journal_id,
            date_from=date_from,
            date_to=date_to,
            updated_after=updated_after,
            partner_id=partner_id,
        )
    ).parsed
