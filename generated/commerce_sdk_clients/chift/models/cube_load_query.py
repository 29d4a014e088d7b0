from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeLoadQuery")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "measures",
        "dimensions",
        "segments",
        "filters",
        "timeDimensions",
        "order",
        "limit",
        "offset",
        "timezone",
        "total",
        "renewQuery",
        "ungrouped",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is CubeLoadQuery
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            measures = _src["measures"]
        except KeyError:
            measures = UNSET
        if measures.__class__ is not list and measures is not UNSET:
            measures, _raw = _decoding.as_list(measures, "scalar", _path, "measures", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            dimensions = _src["dimensions"]
        except KeyError:
            dimensions = UNSET
        if dimensions.__class__ is not list and dimensions is not UNSET:
            dimensions, _raw = _decoding.as_list(dimensions, "scalar", _path, "dimensions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            segments = _src["segments"]
        except KeyError:
            segments = UNSET
        if segments.__class__ is not list and segments is not UNSET:
            segments, _raw = _decoding.as_list(segments, "scalar", _path, "segments", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["filters"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "any", _path, "filters", _raw)
        if _v is UNSET:
            filters = UNSET
        else:
            try:
                _filters = _v
                filters: list[CubeAndFilter | CubeLeafFilter | CubeOrFilter] | Unset = UNSET
                if _filters is not UNSET:
                    filters = []
                    for filters_item_data in _filters:

                        def _parse_filters_item(
                            data: object,
                        ) -> CubeAndFilter | CubeLeafFilter | CubeOrFilter:
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

            except Exception as _e:
                filters, _raw = _decoding.failed(
                    _v, _e, _path, "filters", "list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["timeDimensions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "timeDimensions", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            time_dimensions = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                time_dimensions = _v
                _pending |= 1
            else:
                time_dimensions = []
                _at = _path + "timeDimensions[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        time_dimensions.append(_CubeTimeDimension_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CubeTimeDimension, _path, "timeDimensions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["order"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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
                return cast(
                    CubeLoadQueryOrderType0 | list[CubeOrderItem] | list[list[str]] | None | Unset, data
                )

            order = _parse_order(_v)

        except Exception as _e:
            _decoding.leave(_t)
            order, _raw = _decoding.failed(
                _v,
                _e,
                _path,
                "order",
                "CubeLoadQueryOrderType0 | list[CubeOrderItem] | list[list[str]] | None",
                _raw,
            )
        else:
            _decoding.leave(_t)
            if order is _v and (_v.__class__ is list or _v.__class__ is dict):
                order, _raw = _decoding.failed(
                    _v,
                    None,
                    _path,
                    "order",
                    "CubeLoadQueryOrderType0 | list[CubeOrderItem] | list[list[str]] | None",
                    _raw,
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["limit"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            limit = _parse_limit(_v)

        except Exception as _e:
            _decoding.leave(_t)
            limit, _raw = _decoding.failed(_v, _e, _path, "limit", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if limit is _v and (_v.__class__ is list or _v.__class__ is dict):
                limit, _raw = _decoding.failed(_v, None, _path, "limit", "int | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["offset"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_offset(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            offset = _parse_offset(_v)

        except Exception as _e:
            _decoding.leave(_t)
            offset, _raw = _decoding.failed(_v, _e, _path, "offset", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if offset is _v and (_v.__class__ is list or _v.__class__ is dict):
                offset, _raw = _decoding.failed(_v, None, _path, "offset", "int | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["timezone"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timezone = _parse_timezone(_v)

        except Exception as _e:
            _decoding.leave(_t)
            timezone, _raw = _decoding.failed(_v, _e, _path, "timezone", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if timezone is _v and (_v.__class__ is list or _v.__class__ is dict):
                timezone, _raw = _decoding.failed(_v, None, _path, "timezone", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["total"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_total(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            total = _parse_total(_v)

        except Exception as _e:
            _decoding.leave(_t)
            total, _raw = _decoding.failed(_v, _e, _path, "total", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if total is _v and (_v.__class__ is list or _v.__class__ is dict):
                total, _raw = _decoding.failed(_v, None, _path, "total", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["renewQuery"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_renew_query(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            renew_query = _parse_renew_query(_v)

        except Exception as _e:
            _decoding.leave(_t)
            renew_query, _raw = _decoding.failed(_v, _e, _path, "renewQuery", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if renew_query is _v and (_v.__class__ is list or _v.__class__ is dict):
                renew_query, _raw = _decoding.failed(_v, None, _path, "renewQuery", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ungrouped"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_ungrouped(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            ungrouped = _parse_ungrouped(_v)

        except Exception as _e:
            _decoding.leave(_t)
            ungrouped, _raw = _decoding.failed(_v, _e, _path, "ungrouped", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if ungrouped is _v and (_v.__class__ is list or _v.__class__ is dict):
                ungrouped, _raw = _decoding.failed(_v, None, _path, "ungrouped", "bool | None", _raw)

        if cls is CubeLoadQuery:
            _obj = _new(cls)
            _obj.measures = measures
            _obj.dimensions = dimensions
            _obj.segments = segments
            _obj.filters = filters
            _set_time_dimensions(_obj, time_dimensions)
            _obj.order = order
            _obj.limit = limit
            _obj.offset = offset
            _obj.timezone = timezone
            _obj.total = total
            _obj.renew_query = renew_query
            _obj.ungrouped = ungrouped
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                measures,
                dimensions,
                segments,
                filters,
                time_dimensions,
                order,
                limit,
                offset,
                timezone,
                total,
                renew_query,
                ungrouped,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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

_CubeTimeDimension_from_dict = CubeTimeDimension.from_dict

_set_time_dimensions = _decoding.lazy(
    CubeLoadQuery, "time_dimensions", "timeDimensions", 1, CubeTimeDimension.from_dict, True
)
