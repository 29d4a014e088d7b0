"""Receiving webhooks: verify Chift's signed deliveries and serve them over ASGI.

JTL-Wawi offers no data webhooks and Pack.cloud documents none, so Chift is the only sender.
"""

from __future__ import annotations

from .._exceptions import WebhookSignatureError
from ._asgi import ChiftWebhookApp, chift_webhook_app
from ._chift import REASONS, SIGNATURE_HEADER, ChiftWebhookEvent, verify_chift

__all__ = [
    "REASONS",
    "SIGNATURE_HEADER",
    "ChiftWebhookApp",
    "ChiftWebhookEvent",
    "WebhookSignatureError",
    "chift_webhook_app",
    "verify_chift",
]
