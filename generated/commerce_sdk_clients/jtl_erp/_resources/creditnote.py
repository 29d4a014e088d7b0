"""Typed methods of the `creditnote` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.creditnote import mail_credit_note as _mail_credit_note
from ..api.creditnote import pdf_credit_note as _pdf_credit_note
from ..api.creditnote import print_credit_note as _print_credit_note
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class CreditnoteApi:
    """The `creditnote` operations of one scope: `await scope.creditnote.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def mail_credit_note(
        self,
        *,
        credit_note_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _mail_credit_note._Success:
        """`POST /creditNotes/{creditNoteId}/output/mail`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_mail_credit_note._Success",
            await self._scope._invoke(
                _mail_credit_note,
                "creditnote.mail_credit_note",
                options,
                {
                    "credit_note_id": credit_note_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def pdf_credit_note(
        self,
        *,
        credit_note_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pdf_credit_note._Success:
        """`POST /creditNotes/{creditNoteId}/output/pdf`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_pdf_credit_note._Success",
            await self._scope._invoke(
                _pdf_credit_note,
                "creditnote.pdf_credit_note",
                options,
                {
                    "credit_note_id": credit_note_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def print_credit_note(
        self,
        *,
        credit_note_id: int,
        form_id: int | Unset = UNSET,
        printer: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _print_credit_note._Success:
        """`POST /creditNotes/{creditNoteId}/output/print`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_print_credit_note._Success",
            await self._scope._invoke(
                _print_credit_note,
                "creditnote.print_credit_note",
                options,
                {
                    "credit_note_id": credit_note_id,
                    "form_id": form_id,
                    "printer": printer,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
