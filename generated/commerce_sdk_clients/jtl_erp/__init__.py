"""A client library for accessing JTL-WAWI API (Cloud)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
