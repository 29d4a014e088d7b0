"""Deprecated: the old name of `commerce_sdk_clients.packcloud` (removed in commerce-sdk 0.3)."""

from commerce_sdk._renamed import alias

alias(__name__)
