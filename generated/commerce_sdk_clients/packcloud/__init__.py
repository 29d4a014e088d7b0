"""A client library for accessing Pack.cloud Integrations API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
