"""Client options (issue 12.4): unknown or misspelt ones are errors naming them, with a suggestion."""

from __future__ import annotations

import httpx
import pytest

from commerce_sdk import Chift, ConfigurationError, JtlErp, PackCloud, RateLimit

from .helpers import API_KEY, APP_ID, APP_VERSION, CHIFT_ACCOUNT, CHIFT_CLIENT_ID, CHIFT_SECRET


def _jtl(**options: object) -> JtlErp:
    return JtlErp(API_KEY, APP_ID, APP_VERSION, base_url="http://127.0.0.1:9/erp", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "suggested"),
    [
        ("max_retry", "max_retries"),
        ("timeouts", "timeout"),
        ("verfy", "verify"),
        ("proxies", "proxy"),
        ("ratelimit", "rate_limit"),
        ("client_secrt", "client_secret"),  # a JtlErp argument, not a shared option
    ],
)
def test_a_misspelt_option_names_itself_and_the_closest(option: str, suggested: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        _jtl(**{option: 1})
    assert f"unknown option {option!r}" in str(info.value)
    assert f"did you mean {suggested!r}" in str(info.value)


def test_an_unrelated_option_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match="known options: base_url"):
        PackCloud("tok-123456", zzzzzz=1)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"timeout": "10"}, "timeout must be"),
        ({"timeout": True}, "timeout must be"),
        ({"max_retries": -1}, "max_retries must be"),
        ({"max_retries": 1.5}, "max_retries must be"),
        ({"retry": 3}, "retry must be a RetryPolicy"),
        ({"rate_limit": 10}, "rate_limit must be a RateLimit"),
        ({"headers": [("a", "b")]}, "headers must be a dict"),
        ({"headers": {"bad name": "x"}}, "not a valid HTTP field name"),
        ({"http_client": httpx.AsyncClient(), "verify": False}, "cannot be combined with http_client"),
    ],
)
def test_option_values_are_checked(options: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        _jtl(**options)


def test_known_options_are_accepted_by_every_client() -> None:
    options = {
        "verify": False,
        "proxy": "http://127.0.0.1:3128",
        "trust_env": False,
        "limits": httpx.Limits(max_connections=10),
        "max_response_size": 1024,
        "rate_limit": RateLimit(requests=5),
    }
    _jtl(**options)
    Chift(CHIFT_CLIENT_ID, CHIFT_SECRET, CHIFT_ACCOUNT, base_url="http://127.0.0.1:9/chift", **options)  # type: ignore[arg-type]
    PackCloud("tok-123456", base_url="http://127.0.0.1:9/pack", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"requests": 0}, "requests"),
        ({"interval": 0}, "interval"),
        ({"max_concurrent": 0}, "max_concurrent"),
        ({"per": "tenant"}, "per"),
    ],
)
def test_bad_rate_limits(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        RateLimit(**kwargs)  # type: ignore[arg-type]
