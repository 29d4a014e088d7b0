"""Contains all the data models used in inputs/outputs"""

from .action_execute_request import ActionExecuteRequest
from .action_execute_request_parameters import ActionExecuteRequestParameters
from .action_result import ActionResult
from .action_result_status import ActionResultStatus
from .error import Error
from .error_errors import ErrorErrors
from .integration import Integration
from .integration_action import IntegrationAction
from .integration_category import IntegrationCategory
from .integration_create import IntegrationCreate
from .integration_create_settings import IntegrationCreateSettings
from .integration_list import IntegrationList
from .integration_settings import IntegrationSettings
from .integration_update import IntegrationUpdate
from .integration_update_settings import IntegrationUpdateSettings
from .pagination_meta import PaginationMeta
from .sync_job import SyncJob
from .sync_job_status import SyncJobStatus
from .sync_job_type import SyncJobType

__all__ = (
    "ActionExecuteRequest",
    "ActionExecuteRequestParameters",
    "ActionResult",
    "ActionResultStatus",
    "Error",
    "ErrorErrors",
    "Integration",
    "IntegrationAction",
    "IntegrationCategory",
    "IntegrationCreate",
    "IntegrationCreateSettings",
    "IntegrationList",
    "IntegrationSettings",
    "IntegrationUpdate",
    "IntegrationUpdateSettings",
    "PaginationMeta",
    "SyncJob",
    "SyncJobStatus",
    "SyncJobType",
)
