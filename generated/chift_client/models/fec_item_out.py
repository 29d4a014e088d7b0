from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="FECItemOut")


@_attrs_define
class FECItemOut:
    """
    Attributes:
        journal_code (str):
        journal_lib (str):
        ecriture_num (str):
        ecriture_date (datetime.date):
        compte_num (str):
        compte_lib (str):
        comp_aux_num (str):
        comp_aux_lib (str):
        piece_ref (str):
        piece_date (datetime.date):
        debit (float):
        credit (float):
        ecriture_let (str):
        date_let (datetime.date | None):
        valid_date (datetime.date | None):
        montantdevise (float):
        idevise (str):
    """

    journal_code: str
    journal_lib: str
    ecriture_num: str
    ecriture_date: datetime.date
    compte_num: str
    compte_lib: str
    comp_aux_num: str
    comp_aux_lib: str
    piece_ref: str
    piece_date: datetime.date
    debit: float
    credit: float
    ecriture_let: str
    date_let: datetime.date | None
    valid_date: datetime.date | None
    montantdevise: float
    idevise: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journal_code = self.journal_code

        journal_lib = self.journal_lib

        ecriture_num = self.ecriture_num

        ecriture_date = self.ecriture_date.isoformat()

        compte_num = self.compte_num

        compte_lib = self.compte_lib

        comp_aux_num = self.comp_aux_num

        comp_aux_lib = self.comp_aux_lib

        piece_ref = self.piece_ref

        piece_date = self.piece_date.isoformat()

        debit = self.debit

        credit = self.credit

        ecriture_let = self.ecriture_let

        date_let: None | str
        if isinstance(self.date_let, datetime.date):
            date_let = self.date_let.isoformat()
        else:
            date_let = self.date_let

        valid_date: None | str
        if isinstance(self.valid_date, datetime.date):
            valid_date = self.valid_date.isoformat()
        else:
            valid_date = self.valid_date

        montantdevise = self.montantdevise

        idevise = self.idevise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "JournalCode": journal_code,
                "JournalLib": journal_lib,
                "EcritureNum": ecriture_num,
                "EcritureDate": ecriture_date,
                "CompteNum": compte_num,
                "CompteLib": compte_lib,
                "CompAuxNum": comp_aux_num,
                "CompAuxLib": comp_aux_lib,
                "PieceRef": piece_ref,
                "PieceDate": piece_date,
                "Debit": debit,
                "Credit": credit,
                "EcritureLet": ecriture_let,
                "DateLet": date_let,
                "ValidDate": valid_date,
                "Montantdevise": montantdevise,
                "Idevise": idevise,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("JournalCode", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("JournalCode: expected str, got " + type(_v).__name__)
        journal_code = _v

        _v = d.pop("JournalLib", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("JournalLib: expected str, got " + type(_v).__name__)
        journal_lib = _v

        _v = d.pop("EcritureNum", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("EcritureNum: expected str, got " + type(_v).__name__)
        ecriture_num = _v

        ecriture_date = datetime.date.fromisoformat(d.pop("EcritureDate"))

        _v = d.pop("CompteNum", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CompteNum: expected str, got " + type(_v).__name__)
        compte_num = _v

        _v = d.pop("CompteLib", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CompteLib: expected str, got " + type(_v).__name__)
        compte_lib = _v

        _v = d.pop("CompAuxNum", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CompAuxNum: expected str, got " + type(_v).__name__)
        comp_aux_num = _v

        _v = d.pop("CompAuxLib", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CompAuxLib: expected str, got " + type(_v).__name__)
        comp_aux_lib = _v

        _v = d.pop("PieceRef", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("PieceRef: expected str, got " + type(_v).__name__)
        piece_ref = _v

        piece_date = datetime.date.fromisoformat(d.pop("PieceDate"))

        _v = d.pop("Debit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Debit: expected float, got " + type(_v).__name__)
        debit = _v

        _v = d.pop("Credit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Credit: expected float, got " + type(_v).__name__)
        credit = _v

        _v = d.pop("EcritureLet", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("EcritureLet: expected str, got " + type(_v).__name__)
        ecriture_let = _v

        def _parse_date_let(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_let_type_0 = datetime.date.fromisoformat(data)

                return date_let_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_let = _parse_date_let(d.pop("DateLet"))

        def _parse_valid_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_date_type_0 = datetime.date.fromisoformat(data)

                return valid_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_date = _parse_valid_date(d.pop("ValidDate"))

        _v = d.pop("Montantdevise", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Montantdevise: expected float, got " + type(_v).__name__)
        montantdevise = _v

        _v = d.pop("Idevise", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Idevise: expected str, got " + type(_v).__name__)
        idevise = _v

        fec_item_out = cls(
            journal_code=journal_code,
            journal_lib=journal_lib,
            ecriture_num=ecriture_num,
            ecriture_date=ecriture_date,
            compte_num=compte_num,
            compte_lib=compte_lib,
            comp_aux_num=comp_aux_num,
            comp_aux_lib=comp_aux_lib,
            piece_ref=piece_ref,
            piece_date=piece_date,
            debit=debit,
            credit=credit,
            ecriture_let=ecriture_let,
            date_let=date_let,
            valid_date=valid_date,
            montantdevise=montantdevise,
            idevise=idevise,
        )

        fec_item_out.additional_properties = d
        return fec_item_out

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
