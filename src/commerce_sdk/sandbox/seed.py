"""Deterministic randomness: the same seed gives the same data on every machine.

Each record gets its own `random.Random` keyed by (seed, kind, index), so a record does
not depend on which other records were generated before it; that lets the stores
materialise data lazily, in any order.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

ADJECTIVES = (
    "Interdimensional", "Ergonomic", "Rustic", "Compact", "Deluxe", "Vintage", "Wireless", "Organic",
    "Heavy-duty", "Foldable", "Smart", "Classic", "Premium", "Waterproof", "Portable", "Modular",
)  # fmt: skip
NOUNS = (
    "goggles", "backpack", "desk lamp", "coffee grinder", "yoga mat", "water bottle", "headphones",
    "notebook", "garden hose", "toolbox", "kettle", "camping chair", "bike light", "phone case",
    "sneakers", "wall clock", "cutting board", "power bank", "umbrella", "travel mug",
)  # fmt: skip
CATEGORIES = (
    "House and Garden", "Sports", "Electronics", "Office", "Kitchen", "Outdoor", "Fashion", "Toys",
    "Tools", "Travel", "Health", "Books",
)  # fmt: skip
FIRST_NAMES = (
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Emma",
    "Felix",
    "Greta",
    "Hugo",
    "Ida",
    "Jonas",
    "Lena",
    "Max",
)
LAST_NAMES = ("Schmidt", "Peeters", "Dubois", "Janssens", "Muller", "Weber", "Martin", "Claes", "Wagner")
CITIES = (
    ("Berlin", "10115", "DE"),
    ("Hamburg", "20095", "DE"),
    ("Brussels", "1000", "BE"),
    ("Antwerp", "2000", "BE"),
    ("Lyon", "69001", "FR"),
    ("Utrecht", "3511", "NL"),
    ("Vienna", "1010", "AT"),
    ("Munich", "80331", "DE"),
)
COMPANIES = (
    "Sportbedarf Sommer",
    "Nordlicht GmbH",
    "Atelier Claes",
    "Bureau Dubois",
    "Weber & Sohn",
    "Hof Janssens",
)
SHOP_CONNECTORS = (
    ("shop", "Shopify", "shopify"), ("shop", "WooCommerce", "woocommerce"), ("shop", "Shopware", "shopware"),
    ("shop", "Amazon", "amazon"), ("shipping", "DHL", "dhl"), ("shipping", "DPD", "dpd"),
    ("shipping", "UPS", "ups"), ("payment", "PayPal", "paypal"), ("payment", "Stripe", "stripe"),
    ("payment", "Mollie", "mollie"),
)  # fmt: skip


def rng(seed: int, *parts: object) -> random.Random:
    """A generator for one record; str seeding is hashed with SHA-512, so it is stable."""
    return random.Random(":".join([str(seed), *(str(p) for p in parts)]))


def uuid_from(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def moment(r: random.Random, *, days: int = 365) -> datetime:
    return EPOCH + timedelta(seconds=r.randrange(days * 86400))


def iso(dt: datetime) -> str:
    """RFC 3339 with a `Z`, as most of the vendors print it."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def hex_token(r: random.Random, n: int = 16) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))
