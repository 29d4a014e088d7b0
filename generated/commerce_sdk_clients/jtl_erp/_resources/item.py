"""Typed methods of the `item` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.item import assign_child_item_to_parent as _assign_child_item_to_parent
from ..api.item import create_item as _create_item
from ..api.item import create_item_customer_price as _create_item_customer_price
from ..api.item import create_item_description as _create_item_description
from ..api.item import create_item_image as _create_item_image
from ..api.item import create_item_property as _create_item_property
from ..api.item import create_item_sales_channel_price as _create_item_sales_channel_price
from ..api.item import create_item_supplier as _create_item_supplier
from ..api.item import create_item_variation as _create_item_variation
from ..api.item import create_item_variation_value as _create_item_variation_value
from ..api.item import delete_item_custom_field as _delete_item_custom_field
from ..api.item import delete_item_customer_price as _delete_item_customer_price
from ..api.item import delete_item_description as _delete_item_description
from ..api.item import delete_item_image as _delete_item_image
from ..api.item import delete_item_property as _delete_item_property
from ..api.item import delete_item_sales_channel_price as _delete_item_sales_channel_price
from ..api.item import delete_item_supplier as _delete_item_supplier
from ..api.item import delete_item_variation as _delete_item_variation
from ..api.item import delete_item_variation_value as _delete_item_variation_value
from ..api.item import get_item as _get_item
from ..api.item import query_availabilities as _query_availabilities
from ..api.item import query_conditions as _query_conditions
from ..api.item import query_item_custom_field_values as _query_item_custom_field_values
from ..api.item import query_item_custom_fields as _query_item_custom_fields
from ..api.item import query_item_customer_prices as _query_item_customer_prices
from ..api.item import query_item_descriptions as _query_item_descriptions
from ..api.item import query_item_image_data as _query_item_image_data
from ..api.item import query_item_images as _query_item_images
from ..api.item import query_item_properties as _query_item_properties
from ..api.item import query_item_sales_channel_price as _query_item_sales_channel_price
from ..api.item import query_item_special_price as _query_item_special_price
from ..api.item import query_item_suppliers as _query_item_suppliers
from ..api.item import query_item_variation_values as _query_item_variation_values
from ..api.item import query_item_variations as _query_item_variations
from ..api.item import query_item_workflow_events as _query_item_workflow_events
from ..api.item import query_items as _query_items
from ..api.item import query_manufacturers as _query_manufacturers
from ..api.item import query_product_groups as _query_product_groups
from ..api.item import query_responsible_persons as _query_responsible_persons
from ..api.item import query_shipping_classes as _query_shipping_classes
from ..api.item import query_tax_classes as _query_tax_classes
from ..api.item import trigger_item_workflow as _trigger_item_workflow
from ..api.item import trigger_item_workflow_event as _trigger_item_workflow_event
from ..api.item import update_item as _update_item
from ..api.item import update_item_custom_field as _update_item_custom_field
from ..api.item import update_item_customer_price as _update_item_customer_price
from ..api.item import update_item_description as _update_item_description
from ..api.item import update_item_image as _update_item_image
from ..api.item import update_item_sales_channel_price as _update_item_sales_channel_price
from ..api.item import update_item_special_price as _update_item_special_price
from ..api.item import update_item_supplier as _update_item_supplier
from ..api.item import update_item_variation as _update_item_variation
from ..api.item import update_item_variation_value as _update_item_variation_value
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_item import CreateItem
    from ..models.create_item_customer_price import CreateItemCustomerPrice
    from ..models.create_item_description import CreateItemDescription
    from ..models.create_item_image import CreateItemImage
    from ..models.create_item_property_value import CreateItemPropertyValue
    from ..models.create_item_sales_channel_price import CreateItemSalesChannelPrice
    from ..models.create_item_supplier import CreateItemSupplier
    from ..models.create_item_variation import CreateItemVariation
    from ..models.create_item_variation_value import CreateItemVariationValue
    from ..models.create_workflow_event import CreateWorkflowEvent
    from ..models.item import Item
    from ..models.trigger_item_workflow_workflow_event_id import TriggerItemWorkflowWorkflowEventId
    from ..models.update_custom_field_value import UpdateCustomFieldValue
    from ..models.update_item import UpdateItem
    from ..models.update_item_customer_price import UpdateItemCustomerPrice
    from ..models.update_item_description import UpdateItemDescription
    from ..models.update_item_image import UpdateItemImage
    from ..models.update_item_sales_channel_price import UpdateItemSalesChannelPrice
    from ..models.update_item_special_price import UpdateItemSpecialPrice
    from ..models.update_item_supplier import UpdateItemSupplier
    from ..models.update_item_variation import UpdateItemVariation
    from ..models.update_item_variation_value import UpdateItemVariationValue
    from ..types import Unset


class QueryItemsOperation:
    """`GET /items`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        search_key_word: str | Unset = UNSET,
        category_id: int | Unset = UNSET,
        manufacturer_id: int | Unset = UNSET,
        parent_item_id: int | Unset = UNSET,
        changed_since: datetime.datetime | Unset = UNSET,
        is_active_on_sales_channel_id: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_items._Success:
        return cast(
            "_query_items._Success",
            await self._scope._invoke(
                _query_items,
                "item.query_items",
                options,
                {
                    "search_key_word": search_key_word,
                    "category_id": category_id,
                    "manufacturer_id": manufacturer_id,
                    "parent_item_id": parent_item_id,
                    "changed_since": changed_since,
                    "is_active_on_sales_channel_id": is_active_on_sales_channel_id,
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
        category_id: int | Unset = UNSET,
        manufacturer_id: int | Unset = UNSET,
        parent_item_id: int | Unset = UNSET,
        changed_since: datetime.datetime | Unset = UNSET,
        is_active_on_sales_channel_id: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Item]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Item]]",
            self._scope._pages(
                _query_items,
                "item.query_items",
                options,
                {
                    "search_key_word": search_key_word,
                    "category_id": category_id,
                    "manufacturer_id": manufacturer_id,
                    "parent_item_id": parent_item_id,
                    "changed_since": changed_since,
                    "is_active_on_sales_channel_id": is_active_on_sales_channel_id,
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
        category_id: int | Unset = UNSET,
        manufacturer_id: int | Unset = UNSET,
        parent_item_id: int | Unset = UNSET,
        changed_since: datetime.datetime | Unset = UNSET,
        is_active_on_sales_channel_id: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Item]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Item]",
            self._scope._items(
                self._scope._pages(
                    _query_items,
                    "item.query_items",
                    options,
                    {
                        "search_key_word": search_key_word,
                        "category_id": category_id,
                        "manufacturer_id": manufacturer_id,
                        "parent_item_id": parent_item_id,
                        "changed_since": changed_since,
                        "is_active_on_sales_channel_id": is_active_on_sales_channel_id,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class ItemApi:
    """The `item` operations of one scope: `await scope.item.<operation>(...)`."""

    __slots__ = ("_scope", "query_items")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_items = QueryItemsOperation(scope)

    async def assign_child_item_to_parent(
        self,
        *,
        item_id: int,
        child_item_id: int,
        body: list[int],
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _assign_child_item_to_parent._Success:
        """`POST /items/{itemId}/children/{childItemId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_assign_child_item_to_parent._Success",
            await self._scope._invoke(
                _assign_child_item_to_parent,
                "item.assign_child_item_to_parent",
                options,
                {
                    "item_id": item_id,
                    "child_item_id": child_item_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_item(
        self,
        *,
        body: CreateItem,
        disable_automatic_workflows: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item._Success:
        """`POST /items`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item._Success",
            await self._scope._invoke(
                _create_item,
                "item.create_item",
                options,
                {
                    "body": body,
                    "disable_automatic_workflows": disable_automatic_workflows,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_item_customer_price(
        self,
        *,
        item_id: int,
        body: CreateItemCustomerPrice,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_customer_price._Success:
        """`POST /items/{itemId}/customerPrices`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_customer_price._Success",
            await self._scope._invoke(
                _create_item_customer_price,
                "item.create_item_customer_price",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_item_description(
        self,
        *,
        item_id: int,
        body: CreateItemDescription,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_description._Success:
        """`POST /items/{itemId}/descriptions`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_description._Success",
            await self._scope._invoke(
                _create_item_description,
                "item.create_item_description",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_item_image(
        self,
        *,
        item_id: int,
        body: CreateItemImage,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_image._Success:
        """`POST /items/{itemId}/images`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_image._Success",
            await self._scope._invoke(
                _create_item_image,
                "item.create_item_image",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_item_property(
        self,
        *,
        item_id: int,
        body: CreateItemPropertyValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_property._Success:
        """`POST /items/{itemId}/properties`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_property._Success",
            await self._scope._invoke(
                _create_item_property,
                "item.create_item_property",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_item_sales_channel_price(
        self,
        *,
        item_id: int,
        body: CreateItemSalesChannelPrice,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_sales_channel_price._Success:
        """`POST /items/{itemId}/salesChannelPrices`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_sales_channel_price._Success",
            await self._scope._invoke(
                _create_item_sales_channel_price,
                "item.create_item_sales_channel_price",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_item_supplier(
        self,
        *,
        item_id: int,
        body: CreateItemSupplier,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_supplier._Success:
        """`POST /items/{itemId}/suppliers`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_supplier._Success",
            await self._scope._invoke(
                _create_item_supplier,
                "item.create_item_supplier",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_item_variation(
        self,
        *,
        item_id: int,
        body: CreateItemVariation,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_variation._Success:
        """`POST /items/{itemId}/variations`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_variation._Success",
            await self._scope._invoke(
                _create_item_variation,
                "item.create_item_variation",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_item_variation_value(
        self,
        *,
        item_id: int,
        variation_id: int,
        body: CreateItemVariationValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_item_variation_value._Success:
        """`POST /items/{itemId}/variations/{variationId}/values`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_item_variation_value._Success",
            await self._scope._invoke(
                _create_item_variation_value,
                "item.create_item_variation_value",
                options,
                {
                    "item_id": item_id,
                    "variation_id": variation_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_custom_field(
        self,
        *,
        item_id: int,
        customfield_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_custom_field._Success:
        """`DELETE /items/{itemId}/customfields/{customfieldId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_custom_field._Success",
            await self._scope._invoke(
                _delete_item_custom_field,
                "item.delete_item_custom_field",
                options,
                {
                    "item_id": item_id,
                    "customfield_id": customfield_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_customer_price(
        self,
        *,
        item_id: int,
        customer_id: int,
        from_quantity: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_customer_price._Success:
        """`DELETE /items/{itemId}/customerPrices/{customerId}/{fromQuantity}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_customer_price._Success",
            await self._scope._invoke(
                _delete_item_customer_price,
                "item.delete_item_customer_price",
                options,
                {
                    "item_id": item_id,
                    "customer_id": customer_id,
                    "from_quantity": from_quantity,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_description(
        self,
        *,
        item_id: int,
        sales_channel_id: str,
        language_iso: str,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_description._Success:
        """`DELETE /items/{itemId}/descriptions/{salesChannelId}/{languageIso}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_description._Success",
            await self._scope._invoke(
                _delete_item_description,
                "item.delete_item_description",
                options,
                {
                    "item_id": item_id,
                    "sales_channel_id": sales_channel_id,
                    "language_iso": language_iso,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_image(
        self,
        *,
        item_id: int,
        image_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_image._Success:
        """`DELETE /items/{itemId}/images/{imageId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_image._Success",
            await self._scope._invoke(
                _delete_item_image,
                "item.delete_item_image",
                options,
                {"item_id": item_id, "image_id": image_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def delete_item_property(
        self,
        *,
        item_id: int,
        property_value_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_property._Success:
        """`DELETE /items/{itemId}/properties/{propertyValueId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_property._Success",
            await self._scope._invoke(
                _delete_item_property,
                "item.delete_item_property",
                options,
                {
                    "item_id": item_id,
                    "property_value_id": property_value_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_sales_channel_price(
        self,
        *,
        item_id: int,
        sales_channel_id: str,
        customer_group_id: int,
        from_quantity: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_sales_channel_price._Success:
        """`DELETE /items/{itemId}/salesChannelPrices/{salesChannelId}/{customerGroupId}/{fromQuantity}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_sales_channel_price._Success",
            await self._scope._invoke(
                _delete_item_sales_channel_price,
                "item.delete_item_sales_channel_price",
                options,
                {
                    "item_id": item_id,
                    "sales_channel_id": sales_channel_id,
                    "customer_group_id": customer_group_id,
                    "from_quantity": from_quantity,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_supplier(
        self,
        *,
        item_id: int,
        supplier_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_supplier._Success:
        """`DELETE /items/{itemId}/suppliers/{supplierId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_supplier._Success",
            await self._scope._invoke(
                _delete_item_supplier,
                "item.delete_item_supplier",
                options,
                {
                    "item_id": item_id,
                    "supplier_id": supplier_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_variation(
        self,
        *,
        item_id: int,
        variation_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_variation._Success:
        """`DELETE /items/{itemId}/variations/{variationId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_variation._Success",
            await self._scope._invoke(
                _delete_item_variation,
                "item.delete_item_variation",
                options,
                {
                    "item_id": item_id,
                    "variation_id": variation_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_item_variation_value(
        self,
        *,
        item_id: int,
        variation_id: int,
        variation_value_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_item_variation_value._Success:
        """`DELETE /items/{itemId}/variations/{variationId}/values/{variationValueId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_item_variation_value._Success",
            await self._scope._invoke(
                _delete_item_variation_value,
                "item.delete_item_variation_value",
                options,
                {
                    "item_id": item_id,
                    "variation_id": variation_id,
                    "variation_value_id": variation_value_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def get_item(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_item._Success:
        """`GET /items/{itemId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_item._Success",
            await self._scope._invoke(
                _get_item,
                "item.get_item",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_availabilities(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_availabilities._Success:
        """`GET /availabilities`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_availabilities._Success",
            await self._scope._invoke(
                _query_availabilities,
                "item.query_availabilities",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_conditions(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_conditions._Success:
        """`GET /conditions`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_conditions._Success",
            await self._scope._invoke(
                _query_conditions,
                "item.query_conditions",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_custom_field_values(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_custom_field_values._Success:
        """`GET /items/{itemId}/customfields`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_custom_field_values._Success",
            await self._scope._invoke(
                _query_item_custom_field_values,
                "item.query_item_custom_field_values",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_custom_fields(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_custom_fields._Success:
        """`GET /items/customfields`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_custom_fields._Success",
            await self._scope._invoke(
                _query_item_custom_fields,
                "item.query_item_custom_fields",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_customer_prices(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_customer_prices._Success:
        """`GET /items/{itemId}/customerPrices`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_customer_prices._Success",
            await self._scope._invoke(
                _query_item_customer_prices,
                "item.query_item_customer_prices",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_descriptions(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_descriptions._Success:
        """`GET /items/{itemId}/descriptions`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_descriptions._Success",
            await self._scope._invoke(
                _query_item_descriptions,
                "item.query_item_descriptions",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_image_data(
        self,
        *,
        image_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_image_data._Success:
        """`GET /items/imagedata/{imageId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_image_data._Success",
            await self._scope._invoke(
                _query_item_image_data,
                "item.query_item_image_data",
                options,
                {"image_id": image_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_images(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_images._Success:
        """`GET /items/{itemId}/images`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_images._Success",
            await self._scope._invoke(
                _query_item_images,
                "item.query_item_images",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_properties(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_properties._Success:
        """`GET /items/{itemId}/properties`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_properties._Success",
            await self._scope._invoke(
                _query_item_properties,
                "item.query_item_properties",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_sales_channel_price(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_sales_channel_price._Success:
        """`GET /items/{itemId}/salesChannelPrices`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_sales_channel_price._Success",
            await self._scope._invoke(
                _query_item_sales_channel_price,
                "item.query_item_sales_channel_price",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_special_price(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_special_price._Success:
        """`GET /items/{itemId}/specialprices`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_special_price._Success",
            await self._scope._invoke(
                _query_item_special_price,
                "item.query_item_special_price",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_suppliers(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_suppliers._Success:
        """`GET /items/{itemId}/suppliers`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_suppliers._Success",
            await self._scope._invoke(
                _query_item_suppliers,
                "item.query_item_suppliers",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_variation_values(
        self,
        *,
        item_id: int,
        variation_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_variation_values._Success:
        """`GET /items/{itemId}/variations/{variationId}/values`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_variation_values._Success",
            await self._scope._invoke(
                _query_item_variation_values,
                "item.query_item_variation_values",
                options,
                {
                    "item_id": item_id,
                    "variation_id": variation_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_item_variations(
        self,
        *,
        item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_variations._Success:
        """`GET /items/{itemId}/variations`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_variations._Success",
            await self._scope._invoke(
                _query_item_variations,
                "item.query_item_variations",
                options,
                {"item_id": item_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_item_workflow_events(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_item_workflow_events._Success:
        """`GET /items/workflowEvents`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_item_workflow_events._Success",
            await self._scope._invoke(
                _query_item_workflow_events,
                "item.query_item_workflow_events",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_manufacturers(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_manufacturers._Success:
        """`GET /manufacturers`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_manufacturers._Success",
            await self._scope._invoke(
                _query_manufacturers,
                "item.query_manufacturers",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_product_groups(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_product_groups._Success:
        """`GET /productGroups`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_product_groups._Success",
            await self._scope._invoke(
                _query_product_groups,
                "item.query_product_groups",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_responsible_persons(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_responsible_persons._Success:
        """`GET /responsiblePersons`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_responsible_persons._Success",
            await self._scope._invoke(
                _query_responsible_persons,
                "item.query_responsible_persons",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_shipping_classes(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_shipping_classes._Success:
        """`GET /shippingClasses`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_shipping_classes._Success",
            await self._scope._invoke(
                _query_shipping_classes,
                "item.query_shipping_classes",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_tax_classes(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_tax_classes._Success:
        """`GET /taxClasses`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_tax_classes._Success",
            await self._scope._invoke(
                _query_tax_classes,
                "item.query_tax_classes",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def trigger_item_workflow(
        self,
        *,
        item_id: int,
        workflow_event_id: TriggerItemWorkflowWorkflowEventId,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_item_workflow._Success:
        """`POST /items/{itemId}/workflow/{workflowEventId}`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_item_workflow._Success",
            await self._scope._invoke(
                _trigger_item_workflow,
                "item.trigger_item_workflow",
                options,
                {
                    "item_id": item_id,
                    "workflow_event_id": workflow_event_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def trigger_item_workflow_event(
        self,
        *,
        item_id: int,
        body: CreateWorkflowEvent,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_item_workflow_event._Success:
        """`POST /items/{itemId}/workflowEvents`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_item_workflow_event._Success",
            await self._scope._invoke(
                _trigger_item_workflow_event,
                "item.trigger_item_workflow_event",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_item(
        self,
        *,
        item_id: int,
        body: UpdateItem,
        disable_automatic_workflows: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        x_session_id: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item._Success:
        """`PATCH /items/{itemId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item._Success",
            await self._scope._invoke(
                _update_item,
                "item.update_item",
                options,
                {
                    "item_id": item_id,
                    "body": body,
                    "disable_automatic_workflows": disable_automatic_workflows,
                    "api_version": api_version,
                    "x_runas": x_runas,
                    "x_session_id": x_session_id,
                },
            ),
        )

    async def update_item_custom_field(
        self,
        *,
        item_id: int,
        customfield_id: int,
        body: UpdateCustomFieldValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_custom_field._Success:
        """`PATCH /items/{itemId}/customfields/{customfieldId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_custom_field._Success",
            await self._scope._invoke(
                _update_item_custom_field,
                "item.update_item_custom_field",
                options,
                {
                    "item_id": item_id,
                    "customfield_id": customfield_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_item_customer_price(
        self,
        *,
        item_id: int,
        customer_id: int,
        from_quantity: int,
        body: UpdateItemCustomerPrice,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_customer_price._Success:
        """`PATCH /items/{itemId}/customerPrices/{customerId}/{fromQuantity}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_customer_price._Success",
            await self._scope._invoke(
                _update_item_customer_price,
                "item.update_item_customer_price",
                options,
                {
                    "item_id": item_id,
                    "customer_id": customer_id,
                    "from_quantity": from_quantity,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_item_description(
        self,
        *,
        item_id: int,
        sales_channel_id: str,
        language_iso: str,
        body: UpdateItemDescription,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_description._Success:
        """`PATCH /items/{itemId}/descriptions/{salesChannelId}/{languageIso}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_description._Success",
            await self._scope._invoke(
                _update_item_description,
                "item.update_item_description",
                options,
                {
                    "item_id": item_id,
                    "sales_channel_id": sales_channel_id,
                    "language_iso": language_iso,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_item_image(
        self,
        *,
        item_id: int,
        image_id: int,
        body: UpdateItemImage,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_image._Success:
        """`PATCH /items/{itemId}/images/{imageId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_image._Success",
            await self._scope._invoke(
                _update_item_image,
                "item.update_item_image",
                options,
                {
                    "item_id": item_id,
                    "image_id": image_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_item_sales_channel_price(
        self,
        *,
        item_id: int,
        sales_channel_id: str,
        customer_group_id: int,
        from_quantity: int,
        body: UpdateItemSalesChannelPrice,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_sales_channel_price._Success:
        """`PATCH /items/{itemId}/salesChannelPrices/{salesChannelId}/{customerGroupId}/{fromQuantity}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_sales_channel_price._Success",
            await self._scope._invoke(
                _update_item_sales_channel_price,
                "item.update_item_sales_channel_price",
                options,
                {
                    "item_id": item_id,
                    "sales_channel_id": sales_channel_id,
                    "customer_group_id": customer_group_id,
                    "from_quantity": from_quantity,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_item_special_price(
        self,
        *,
        item_id: int,
        body: UpdateItemSpecialPrice,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_special_price._Success:
        """`PATCH /items/{itemId}/specialprices`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_special_price._Success",
            await self._scope._invoke(
                _update_item_special_price,
                "item.update_item_special_price",
                options,
                {"item_id": item_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_item_supplier(
        self,
        *,
        item_id: int,
        supplier_id: int,
        body: UpdateItemSupplier,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_supplier._Success:
        """`PATCH /items/{itemId}/suppliers/{supplierId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_supplier._Success",
            await self._scope._invoke(
                _update_item_supplier,
                "item.update_item_supplier",
                options,
                {
                    "item_id": item_id,
                    "supplier_id": supplier_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_item_variation(
        self,
        *,
        item_id: int,
        variation_id: int,
        body: UpdateItemVariation,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_variation._Success:
        """`PATCH /items/{itemId}/variations/{variationId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_variation._Success",
            await self._scope._invoke(
                _update_item_variation,
                "item.update_item_variation",
                options,
                {
                    "item_id": item_id,
                    "variation_id": variation_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_item_variation_value(
        self,
        *,
        item_id: int,
        variation_id: int,
        variation_value_id: int,
        body: UpdateItemVariationValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_item_variation_value._Success:
        """`PATCH /items/{itemId}/variations/{variationId}/values/{variationValueId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_item_variation_value._Success",
            await self._scope._invoke(
                _update_item_variation_value,
                "item.update_item_variation_value",
                options,
                {
                    "item_id": item_id,
                    "variation_id": variation_id,
                    "variation_value_id": variation_value_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
