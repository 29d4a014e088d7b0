from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.pick_list_status import PickListStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PickList")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "WarehouseId",
        "PicklistNumber",
        "PickListTemplateId",
        "PickListTemplateName",
        "Status",
        "CreatedAt",
    }
)


@_attrs_define
class PickList:
    """
    Attributes:
        id (int):  Example: 123.
        warehouse_id (int):  Example: 1.
        picklist_number (str):  Example: Pcl01234.
        pick_list_template_id (int):  Example: 15.
        pick_list_template_name (str):  Example: WMS default picklist.
        status (PickListStatus):  Example: 10.
        created_at (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
    """

    id: int
    warehouse_id: int
    picklist_number: str
    pick_list_template_id: int
    pick_list_template_name: str
    status: PickListStatus
    created_at: datetime.datetime
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        warehouse_id = self.warehouse_id

        picklist_number = self.picklist_number

        pick_list_template_id = self.pick_list_template_id

        pick_list_template_name = self.pick_list_template_name

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        if self.created_at is None or isinstance(self.created_at, Unset):
            created_at = self.created_at
        else:
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "WarehouseId": warehouse_id,
                "PicklistNumber": picklist_number,
                "PickListTemplateId": pick_list_template_id,
                "PickListTemplateName": pick_list_template_name,
                "Status": status,
                "CreatedAt": created_at,
            }
        )
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            warehouse_id = _src["WarehouseId"]
        except KeyError:
            warehouse_id = UNSET
        if warehouse_id.__class__ is not int:
            warehouse_id, _raw = _decoding.scalar(warehouse_id, "int", _path, "WarehouseId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            picklist_number = _src["PicklistNumber"]
        except KeyError:
            picklist_number = UNSET
        if picklist_number.__class__ is not str:
            picklist_number, _raw = _decoding.scalar(picklist_number, "str", _path, "PicklistNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            pick_list_template_id = _src["PickListTemplateId"]
        except KeyError:
            pick_list_template_id = UNSET
        if pick_list_template_id.__class__ is not int:
            pick_list_template_id, _raw = _decoding.scalar(
                pick_list_template_id, "int", _path, "PickListTemplateId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            pick_list_template_name = _src["PickListTemplateName"]
        except KeyError:
            pick_list_template_name = UNSET
        if pick_list_template_name.__class__ is not str:
            pick_list_template_name, _raw = _decoding.scalar(
                pick_list_template_name, "str", _path, "PickListTemplateName", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "Status", "PickListStatus", _raw)
        else:
            try:
                status = PickListStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "Status", "PickListStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CreatedAt"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                created_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "CreatedAt", _raw)
        else:
            created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "CreatedAt", _raw)

        if cls is PickList:
            _obj = _new(cls)
            _obj.id = id
            _obj.warehouse_id = warehouse_id
            _obj.picklist_number = picklist_number
            _obj.pick_list_template_id = pick_list_template_id
            _obj.pick_list_template_name = pick_list_template_name
            _obj.status = status
            _obj.created_at = created_at
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                warehouse_id,
                picklist_number,
                pick_list_template_id,
                pick_list_template_name,
                status,
                created_at,
            )

        if len(_src) != 7 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
