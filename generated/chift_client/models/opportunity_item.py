from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status import OpportunityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityItem")


@_attrs_define
class OpportunityItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        name (str):
        total (float):
        probability (float):
        status (OpportunityStatus):
        partner_id (None | str | Unset):
        comment (None | str | Unset):
        currency (None | str | Unset):
        description (None | str | Unset):
        pipe_status (None | str | Unset):
        pipe_name (None | str | Unset):
        created_date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        is_won (bool | None | Unset):
        owner_ref (FieldRef | None | Unset):
    """

    id: str
    source_ref: Ref
    name: str
    total: float
    probability: float
    status: OpportunityStatus
    partner_id: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    pipe_status: None | str | Unset = UNSET
    pipe_name: None | str | Unset = UNSET
    created_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    is_won: bool | None | Unset = UNSET
    owner_ref: FieldRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        name = self.name

        total = self.total

        probability = self.probability

        status = self.status.value

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pipe_status: None | str | Unset
        if isinstance(self.pipe_status, Unset):
            pipe_status = UNSET
        else:
            pipe_status = self.pipe_status

        pipe_name: None | str | Unset
        if isinstance(self.pipe_name, Unset):
            pipe_name = UNSET
        else:
            pipe_name = self.pipe_name

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.date):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        is_won: bool | None | Unset
        if isinstance(self.is_won, Unset):
            is_won = UNSET
        else:
            is_won = self.is_won

        owner_ref: dict[str, Any] | None | Unset
        if isinstance(self.owner_ref, Unset):
            owner_ref = UNSET
        elif isinstance(self.owner_ref, FieldRef):
            owner_ref = self.owner_ref.to_dict()
        else:
            owner_ref = self.owner_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "name": name,
                "total": total,
                "probability": probability,
                "status": status,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if pipe_status is not UNSET:
            field_dict["pipe_status"] = pipe_status
        if pipe_name is not UNSET:
            field_dict["pipe_name"] = pipe_name
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if is_won is not UNSET:
            field_dict["is_won"] = is_won
        if owner_ref is not UNSET:
            field_dict["owner_ref"] = owner_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("probability", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("probability: expected float, got " + type(_v).__name__)
        probability = _v

        status = OpportunityStatus(d.pop("status"))

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_pipe_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pipe_status = _parse_pipe_status(d.pop("pipe_status", UNSET))

        def _parse_pipe_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pipe_name = _parse_pipe_name(d.pop("pipe_name", UNSET))

        def _parse_created_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = datetime.date.fromisoformat(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        created_date = _parse_created_date(d.pop("created_date", UNSET))

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_is_won(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_won = _parse_is_won(d.pop("is_won", UNSET))

        def _parse_owner_ref(data: object) -> FieldRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_ref_type_0 = FieldRef.from_dict(data)

                return owner_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldRef | None | Unset, data)

        owner_ref = _parse_owner_ref(d.pop("owner_ref", UNSET))

        opportunity_item = cls(
            id=id,
            source_ref=source_ref,
            name=name,
            total=total,
            probability=probability,
            status=status,
            partner_id=partner_id,
            comment=comment,
            currency=currency,
            description=description,
            pipe_status=pipe_status,
            pipe_name=pipe_name,
            created_date=created_date,
            due_date=due_date,
            end_date=end_date,
            is_won=is_won,
            owner_ref=owner_ref,
        )

        opportunity_item.additional_properties = d
        return opportunity_item

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


from ..models.field_ref import FieldRef
from ..models.ref import Ref
