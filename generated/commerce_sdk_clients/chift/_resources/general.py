"""Typed methods of the `general` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.general import generate_access_token_token_post as _generate_access_token_token_post

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.auth_item import AuthItem


class GeneralApi:
    """The `general` operations of one scope: `await scope.general.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def generate_access_token_token_post(
        self, *, body: AuthItem, options: RequestOptions | None = None
    ) -> _generate_access_token_token_post._Success:
        """`POST /token`; error statuses (422) raise typed errors."""
        return cast(
            "_generate_access_token_token_post._Success",
            await self._scope._invoke(
                _generate_access_token_token_post,
                "general.generate_access_token_token_post",
                options,
                {"body": body},
            ),
        )
