"""Typed methods of the `mcp` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.mcp import generate_mcp_token_mcp_token_post as _generate_mcp_token_mcp_token_post

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.mcp_auth_item import MCPAuthItem


class McpApi:
    """The `mcp` operations of one scope: `await scope.mcp.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def generate_mcp_token_mcp_token_post(
        self, *, body: MCPAuthItem, options: RequestOptions | None = None
    ) -> _generate_mcp_token_mcp_token_post._Success:
        """`POST /mcp-token`; error statuses (422) raise typed errors."""
        return cast(
            "_generate_mcp_token_mcp_token_post._Success",
            await self._scope._invoke(
                _generate_mcp_token_mcp_token_post,
                "mcp.generate_mcp_token_mcp_token_post",
                options,
                {"body": body},
            ),
        )
