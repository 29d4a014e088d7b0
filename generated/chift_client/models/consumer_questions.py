from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ConsumerQuestions")


@_attrs_define
class ConsumerQuestions:
    """
    Attributes:
        fields (list[SettingField]):
        answers (ConsumerQuestionsAnswers):
    """

    fields: list[SettingField]
    answers: ConsumerQuestionsAnswers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("fields", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("fields: expected list, got " + type(_v).__name__)
        fields = []
        _fields = _v
        for fields_item_data in _fields:
            fields_item = SettingField.from_dict(fields_item_data)

            fields.append(fields_item)

        answers = ConsumerQuestionsAnswers.from_dict(d.pop("answers"))

        consumer_questions = cls(
            fields=fields,
            answers=answers,
        )

        consumer_questions.additional_properties = d
        return consumer_questions

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


from ..models.consumer_questions_answers import ConsumerQuestionsAnswers
from ..models.setting_field import SettingField
