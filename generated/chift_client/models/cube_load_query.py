from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeLoadQuery")


@_attrs_define
class CubeLoadQuery:
    """
    Attributes:
        measures (list[str] | Unset):
        dimensions (list[str] | Unset):
        segments (list[str] | Unset):
        filters (list[CubeAndFilter | CubeLeafFilter | CubeOrFilter] | Unset):
        time_dimensions (list[CubeTimeDimension] | Unset):
        order (CubeLoadQueryOrderType0 | list[CubeOrderItem] | list[list[str]] | None | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        timezone (None | str | Unset):
        total (bool | None | Unset):
        renew_query (bool | None | Unset):
        ungrouped (bool | None | Unset):
    """

    measures: list[str] | Unset = UNSET
    dimensions: list[str] | Unset = UNSET
    segments: list[str] | Unset = UNSET
    filters: list[CubeAndFilter | CubeLeafFilter | CubeOrFilter] | Unset = UNSET
    time_dimensions: list[CubeTimeDimension] | Unset = UNSET
    order: CubeLoadQueryOrderType0 | list[CubeOrderItem] | list[list[str]] | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    total: bool | None | Unset = UNSET
    renew_query: bool | None | Unset = UNSET
    ungrouped: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measures: list[str] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = self.measures

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        segments: list[str] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item: dict[str, Any]
                if isinstance(filters_item_data, CubeLeafFilter) or isinstance(
                    filters_item_data, CubeAndFilter
                ):
                    filters_item = filters_item_data.to_dict()
                else:
                    filters_item = filters_item_data.to_dict()

                filters.append(filters_item)

        time_dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_dimensions, Unset):
            time_dimensions = []
            for time_dimensions_item_data in self.time_dimensions:
                time_dimensions_item = time_dimensions_item_data.to_dict()
                time_dimensions.append(time_dimensions_item)

        order: dict[str, Any] | list[dict[str, Any]] | list[list[str]] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, CubeLoadQueryOrderType0):
            order = self.order.to_dict()
        elif isinstance(self.order, list):
            order = []
            for order_type_1_item_data in self.order:
                order_type_1_item = order_type_1_item_data.to_dict()
                order.append(order_type_1_item)

        elif isinstance(self.order, list):
            order = []
            for order_type_2_item_data in self.order:
                order_type_2_item = order_type_2_item_data

                order.append(order_type_2_item)

        else:
            order = self.order

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        total: bool | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        renew_query: bool | None | Unset
        if isinstance(self.renew_query, Unset):
            renew_query = UNSET
        else:
            renew_query = self.renew_query

        ungrouped: bool | None | Unset
        if isinstance(self.ungrouped, Unset):
            ungrouped = UNSET
        else:
            ungrouped = self.ungrouped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if measures is not UNSET:
            field_dict["measures"] = measures
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if segments is not UNSET:
            field_dict["segments"] = segments
        if filters is not UNSET:
            field_dict["filters"] = filters
        if time_dimensions is not UNSET:
            field_dict["timeDimensions"] = time_dimensions
        if order is not UNSET:
            field_dict["order"] = order
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if total is not UNSET:
            field_dict["total"] = total
        if renew_query is not UNSET:
            field_dict["renewQuery"] = renew_query
        if ungrouped is not UNSET:
            field_dict["ungrouped"] = ungrouped

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("measures", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("measures: expected list, got " + type(_v).__name__)
        measures = cast(list[str], _v)

        _v = d.pop("dimensions", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("dimensions: expected list, got " + type(_v).__name__)
        dimensions = cast(list[str], _v)

        _v = d.pop("segments", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("segments: expected list, got " + type(_v).__name__)
        segments = cast(list[str], _v)

        _v = d.pop("filters", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("filters: expected list, got " + type(_v).__name__)
        _filters = _v
        filters: list[CubeAndFilter | CubeLeafFilter | CubeOrFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:

                def _parse_filters_item(data: object) -> CubeAndFilter | CubeLeafFilter | CubeOrFilter:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        filters_item_type_0 = CubeLeafFilter.from_dict(data)

                        return filters_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        filters_item_type_1 = CubeAndFilter.from_dict(data)

                        return filters_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    filters_item_type_2 = CubeOrFilter.from_dict(data)

                    return filters_item_type_2

                filters_item = _parse_filters_item(filters_item_data)

                filters.append(filters_item)

        _v = d.pop("timeDimensions", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("timeDimensions: expected list, got " + type(_v).__name__)
        _time_dimensions = _v
        time_dimensions: list[CubeTimeDimension] | Unset = UNSET
        if _time_dimensions is not UNSET:
            time_dimensions = []
            for time_dimensions_item_data in _time_dimensions:
                time_dimensions_item = CubeTimeDimension.from_dict(time_dimensions_item_data)

                time_dimensions.append(time_dimensions_item)

        def _parse_order(
            data: object,
        ) -> CubeLoadQueryOrderType0 | list[CubeOrderItem] | list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = CubeLoadQueryOrderType0.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_type_1 = []
                _order_type_1 = data
                for order_type_1_item_data in _order_type_1:
                    order_type_1_item = CubeOrderItem.from_dict(order_type_1_item_data)

                    order_type_1.append(order_type_1_item)

                return order_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_type_2 = []
                _order_type_2 = data
                for order_type_2_item_data in _order_type_2:
                    order_type_2_item = cast(list[str], order_type_2_item_data)

                    order_type_2.append(order_type_2_item)

                return order_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CubeLoadQueryOrderType0 | list[CubeOrderItem] | list[list[str]] | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_total(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_renew_query(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        renew_query = _parse_renew_query(d.pop("renewQuery", UNSET))

        def _parse_ungrouped(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ungrouped = _parse_ungrouped(d.pop("ungrouped", UNSET))

        cube_load_query = cls(
            measures=measures,
            dimensions=dimensions,
            segments=segments,
            filters=filters,
            time_dimensions=time_dimensions,
            order=order,
            limit=limit,
            offset=offset,
            timezone=timezone,
            total=total,
            renew_query=renew_query,
            ungrouped=ungrouped,
        )

        cube_load_query.additional_properties = d
        return cube_load_query

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.cube_and_filter import CubeAndFilter
from ..models.cube_leaf_filter import CubeLeafFilter
from ..models.cube_load_query_order_type_0 import CubeLoadQueryOrderType0
from ..models.cube_or_filter import CubeOrFilter
from ..models.cube_order_item import CubeOrderItem
from ..models.cube_time_dimension import CubeTimeDimension
