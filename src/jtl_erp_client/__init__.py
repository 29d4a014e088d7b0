"""Deprecated: the old name of `commerce_sdk_clients.jtl_erp` (removed in commerce-sdk 0.3)."""

from commerce_sdk._renamed import alias

alias(__name__)
