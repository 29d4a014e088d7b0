from enum import IntEnum


class TriggerInvoiceWorkflowWorkflowEventId(IntEnum):
    VALUE_1 = 1
    VALUE_3 = 3
    VALUE_6 = 6

    def __str__(self) -> str:
        return str(self.value)
