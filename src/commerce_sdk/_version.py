"""The SDK's version, sent in the User-Agent so vendors can tell our traffic apart."""

__version__ = "0.1.0"
USER_AGENT = f"commerce-sdk/{__version__}"
