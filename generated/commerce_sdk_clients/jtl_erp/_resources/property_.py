"""Typed methods of the `property_` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.property_ import create_property as _create_property
from ..api.property_ import create_property_group as _create_property_group
from ..api.property_ import create_property_value as _create_property_value
from ..api.property_ import create_property_value_description as _create_property_value_description
from ..api.property_ import delete_property_value as _delete_property_value
from ..api.property_ import delete_property_value_description as _delete_property_value_description
from ..api.property_ import query_properties as _query_properties
from ..api.property_ import query_property_groups as _query_property_groups
from ..api.property_ import query_property_value_descriptions as _query_property_value_descriptions
from ..api.property_ import query_property_values as _query_property_values
from ..api.property_ import update_property_value as _update_property_value
from ..api.property_ import update_property_value_description as _update_property_value_description
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.create_property import CreateProperty
    from ..models.create_property_group import CreatePropertyGroup
    from ..models.create_property_value import CreatePropertyValue
    from ..models.create_property_value_description import CreatePropertyValueDescription
    from ..models.update_property_value import UpdatePropertyValue
    from ..models.update_property_value_description import UpdatePropertyValueDescription
    from ..types import Unset


class PropertyApi:
    """The `property_` operations of one scope: `await scope.property_.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def create_property(
        self,
        *,
        body: CreateProperty,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_property._Success:
        """`POST /properties`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_property._Success",
            await self._scope._invoke(
                _create_property,
                "property_.create_property",
                options,
                {"body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_property_group(
        self,
        *,
        body: CreatePropertyGroup,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_property_group._Success:
        """`POST /properties/groups`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_property_group._Success",
            await self._scope._invoke(
                _create_property_group,
                "property_.create_property_group",
                options,
                {"body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_property_value(
        self,
        *,
        property_id: int,
        body: CreatePropertyValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_property_value._Success:
        """`POST /properties/{propertyId}/values`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_property_value._Success",
            await self._scope._invoke(
                _create_property_value,
                "property_.create_property_value",
                options,
                {"property_id": property_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_property_value_description(
        self,
        *,
        property_id: int,
        property_value_id: int,
        body: CreatePropertyValueDescription,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_property_value_description._Success:
        """`POST /properties/{propertyId}/values/{propertyValueId}/descriptions`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_property_value_description._Success",
            await self._scope._invoke(
                _create_property_value_description,
                "property_.create_property_value_description",
                options,
                {
                    "property_id": property_id,
                    "property_value_id": property_value_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_property_value(
        self,
        *,
        property_id: int,
        property_value_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_property_value._Success:
        """`DELETE /properties/{propertyId}/values/{propertyValueId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_property_value._Success",
            await self._scope._invoke(
                _delete_property_value,
                "property_.delete_property_value",
                options,
                {
                    "property_id": property_id,
                    "property_value_id": property_value_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_property_value_description(
        self,
        *,
        property_id: int,
        property_value_id: int,
        language_iso: str,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_property_value_description._Success:
        """`DELETE /properties/{propertyId}/values/{propertyValueId}/descriptions/{languageIso}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_property_value_description._Success",
            await self._scope._invoke(
                _delete_property_value_description,
                "property_.delete_property_value_description",
                options,
                {
                    "property_id": property_id,
                    "property_value_id": property_value_id,
                    "language_iso": language_iso,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_properties(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_properties._Success:
        """`GET /properties`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_properties._Success",
            await self._scope._invoke(
                _query_properties,
                "property_.query_properties",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_property_groups(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_property_groups._Success:
        """`GET /properties/groups`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_property_groups._Success",
            await self._scope._invoke(
                _query_property_groups,
                "property_.query_property_groups",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_property_value_descriptions(
        self,
        *,
        property_id: int,
        property_value_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_property_value_descriptions._Success:
        """`GET /properties/{propertyId}/values/{propertyValueId}/descriptions`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_property_value_descriptions._Success",
            await self._scope._invoke(
                _query_property_value_descriptions,
                "property_.query_property_value_descriptions",
                options,
                {
                    "property_id": property_id,
                    "property_value_id": property_value_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_property_values(
        self,
        *,
        property_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_property_values._Success:
        """`GET /properties/{propertyId}/values`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_property_values._Success",
            await self._scope._invoke(
                _query_property_values,
                "property_.query_property_values",
                options,
                {"property_id": property_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_property_value(
        self,
        *,
        property_id: int,
        property_value_id: int,
        body: UpdatePropertyValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_property_value._Success:
        """`PATCH /properties/{propertyId}/values/{propertyValueId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_property_value._Success",
            await self._scope._invoke(
                _update_property_value,
                "property_.update_property_value",
                options,
                {
                    "property_id": property_id,
                    "property_value_id": property_value_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_property_value_description(
        self,
        *,
        property_id: int,
        property_value_id: int,
        language_iso: str,
        body: UpdatePropertyValueDescription,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_property_value_description._Success:
        """`PATCH /properties/{propertyId}/values/{propertyValueId}/descriptions/{languageIso}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_property_value_description._Success",
            await self._scope._invoke(
                _update_property_value_description,
                "property_.update_property_value_description",
                options,
                {
                    "property_id": property_id,
                    "property_value_id": property_value_id,
                    "language_iso": language_iso,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
