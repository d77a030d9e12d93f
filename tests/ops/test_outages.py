"""Outages inside a request: the database gone (a bilingual 503), the cache gone (pages still served).

`make faults` shows the same with a real PostgreSQL and Redis stopped under gunicorn; these
tests keep the behaviour from regressing on every run.
"""

import logging
import re
import time
from contextlib import contextmanager

from django.db import connection
from django.test import Client

import pytest

from contact.models import Submission
from ops.cache import BREAKER
from tests.contact.conftest import VALID_CONTACT, make_form_page

pytestmark = pytest.mark.django_db

ARABIC_HEADING = "الموقع غير متاح مؤقتاً"
ENGLISH_HEADING = "The site is temporarily unavailable"


@contextmanager
def database_gone(message="server closed the connection unexpectedly"):
    """Every query from here on fails as a dropped connection does: the driver's own
    OperationalError, raised inside Django's error wrapper (so Django converts it and marks
    the connection as having had errors, exactly as for a real outage)."""
    attempts = []

    def fail(execute, sql, params, many, context):
        attempts.append(sql)
        with connection.wrap_database_errors:
            raise connection.Database.OperationalError(message)

    with connection.execute_wrapper(fail):
        yield attempts


@pytest.mark.parametrize(
    "language,first,second",
    [("ar", ARABIC_HEADING, ENGLISH_HEADING), ("en", ENGLISH_HEADING, ARABIC_HEADING)],
)
def test_database_down_is_a_friendly_503_in_both_languages(home, language, first, second, caplog):
    client = Client(raise_request_exception=False)
    assert client.get(f"/{language}/").status_code == 200
    with database_gone() as attempts, caplog.at_level(logging.ERROR, logger="ops.outage"):
        response = client.get(f"/{language}/")
    assert attempts, "the page did try the database"
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert re.search(rf'<html lang="{language}"\s+dir="{direction}">', html)
    # The visitor's language first (as the page's h1), the other one after it.
    assert f"<h1>{first}</h1>" in html and f"<h2>{second}</h2>" in html
    assert html.index(f"<h1>{first}") < html.index(f"<h2>{second}")
    assert 'href="/ar/"' in html and 'href="/en/"' in html
    assert f'href="/{language}/">' in html  # "try again" goes back to the page asked for
    assert "OperationalError" not in html and "server closed" not in html  # nothing internal shown
    assert any("Database unavailable, answered 503" in r.getMessage() for r in caplog.records)
    # The database is back: the very next request is served normally, with no restart.
    assert client.get(f"/{language}/").status_code == 200


def test_database_down_while_a_form_is_sent_says_so_and_stores_nothing(home):
    page = make_form_page(home)
    client = Client(raise_request_exception=False)
    with database_gone():
        response = client.post(f"/ar/{page.slug}/", VALID_CONTACT)
    assert response.status_code == 503
    html = response.content.decode()
    assert "إذا كنت ترسل نموذجاً فلم يصلنا بعد" in html
    assert "حاول مرة أخرى</a>" not in html  # a POST is not offered as a link to repeat
    assert Submission.objects.count() == 0
    assert client.post(f"/ar/{page.slug}/", VALID_CONTACT).status_code == 303  # back: accepted
    assert Submission.objects.count() == 1


def test_a_link_back_never_leaves_the_site(rf):
    from ops.outage import database_unavailable_response

    here = database_unavailable_response(rf.get("/ar/news/", {"page": "2"})).content.decode()
    assert 'href="/ar/news/?page=2">حاول مرة أخرى</a>' in here
    for path in ("//elsewhere.example/ar/", "///elsewhere.example/"):
        request = rf.get("/ar/", PATH_INFO=path)
        assert request.get_full_path().startswith(path[:2])
        html = database_unavailable_response(request).content.decode()
        assert "elsewhere.example" not in html
        assert "حاول مرة أخرى</a>" not in html


def test_other_database_errors_stay_500s(home):
    """Only a lost or refused connection is an outage; a broken query is a bug, and says so."""

    def broken_query(execute, sql, params, many, context):
        with connection.wrap_database_errors:
            raise connection.Database.ProgrammingError("syntax error at or near")

    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(broken_query):
        response = client.get("/ar/")
    assert response.status_code == 500


# Skipped before the database is set up; serialized_rollback as in test_health.py.
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="an unreachable database is exercised on PostgreSQL (DATABASE_URL)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_postgresql_unreachable_is_a_503_and_the_site_recovers_by_itself():
    from tests.conftest import build_site

    build_site()
    client = Client(raise_request_exception=False)
    assert client.get("/en/").status_code == 200
    original_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = 1  # nothing listens there: connecting is refused at once
    try:
        response = client.get("/en/")
        assert response.status_code == 503
        assert ENGLISH_HEADING in response.content.decode()
        assert response["Retry-After"] == "30"
    finally:
        connection.close()
        connection.settings_dict["PORT"] = original_port
    assert client.get("/en/").status_code == 200


def redis_cache(location):
    """The production cache configuration (base.py with REDIS_URL set) at ``location``."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "ministry",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "REDIS_CLIENT_CLASS": "ops.cache.CircuitBreakerRedis",
            },
        }
    }


@pytest.fixture(autouse=True)
def _closed_breaker():
    BREAKER.reset()
    yield
    BREAKER.reset()


@pytest.fixture
def cache_down(settings):
    """The production cache configuration, page cache on, pointed at a Redis that is not there."""
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens on port 1
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    settings.CACHE_BREAKER_SECONDS = 5
    settings.PERF_PAGE_CACHE = True
    yield  # (Django's setting_changed handler opens the cache afresh on each change)


def breaker_records(caplog, level=logging.ERROR):
    return [r for r in caplog.records if r.name == "ops.cache" and r.levelno == level]


@pytest.mark.parametrize("path", ["/ar/", "/en/"])
def test_cache_down_pages_are_served_from_the_database(home, cache_down, path, caplog):
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.WARNING):
        for _ in range(3):  # nothing can be stored, so each one is rendered from the database
            response = client.get(path)
            assert response.status_code == 200
            assert response.get("X-Page-Cache") != "hit"
    # The error is logged, once: after the first refusal the cache is left alone for a while.
    errors = breaker_records(caplog)
    assert len(errors) == 1, [r.getMessage() for r in errors]
    assert "Cache unreachable (ConnectionError" in errors[0].getMessage()


def test_the_breaker_skips_redis_while_open_and_tries_again_after(cache_down, settings, caplog):
    from django.core.cache import cache

    settings.CACHE_BREAKER_SECONDS = 0.5
    with caplog.at_level(logging.ERROR, logger="ops.cache"):
        started = time.monotonic()
        for n in range(300):
            assert cache.get(f"key-{n}", "default") == "default"
            cache.set(f"key-{n}", "value")
        assert time.monotonic() - started < 0.5  # no network call while open
        assert len(breaker_records(caplog)) == 1
        time.sleep(0.6)
        assert cache.get("key-0") is None  # one real try: refused again
        assert len(breaker_records(caplog)) == 2


def test_the_breaker_closes_when_redis_answers_again(settings, caplog):
    """Against the real Redis at 127.0.0.1:6379 (database 15), as in test_health.py."""
    from django.core.cache import cache

    settings.CACHES = redis_cache("redis://127.0.0.1:6379/15")
    settings.CACHE_BREAKER_SECONDS = 0.3
    BREAKER.failed(ConnectionError("as if Redis had just refused"))
    cache.set("breaker-test", "stored while open")
    assert cache.get("breaker-test") is None  # skipped: nothing was sent to Redis
    time.sleep(0.35)
    with caplog.at_level(logging.WARNING, logger="ops.cache"):
        cache.set("breaker-test", "stored", 30)
        assert cache.get("breaker-test") == "stored"
    assert [r.getMessage() for r in breaker_records(caplog, logging.WARNING)] == ["Cache reachable again"]
    cache.delete("breaker-test")


def test_cache_down_search_is_served(home, cache_down):
    response = Client(raise_request_exception=False).get("/ar/search/", {"q": "الإعلام"})
    assert response.status_code == 200


def test_cache_down_a_form_is_still_accepted_and_stored(home, cache_down):
    """The rate limit counts in the cache; with the cache gone the count reads as nothing
    (django-redis answers the default), so messages are let through instead of refused."""
    page = make_form_page(home)
    client = Client(raise_request_exception=False)
    assert client.get(f"/en/{page.slug}/").status_code == 200
    response = client.post(f"/en/{page.slug}/", VALID_CONTACT)
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    assert Submission.objects.count() == 1


class ReadsTheDatabaseFirst:
    """Stands for any middleware that reads the database before the view (a site lookup, a
    session): an error there never reaches a view's exception handling."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from wagtail.models import Site

        Site.objects.exists()
        return self.get_response(request)


def test_database_down_in_a_middleware_is_the_503_too(home, settings):
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(
        middleware.index("django.middleware.locale.LocaleMiddleware") + 1, __name__ + ".ReadsTheDatabaseFirst"
    )
    settings.MIDDLEWARE = middleware
    client = Client(raise_request_exception=False)
    assert client.get("/en/").status_code == 200
    with database_gone():
        response = client.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert f"<h1>{ENGLISH_HEADING}</h1>" in response.content.decode()
    assert client.get("/en/").status_code == 200
