"""/healthz and /readyz: outside the language prefixes, never cached, honest about failures."""

import json

from django.db import connection
from django.test import override_settings

import pytest

BROKEN_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
}
REAL_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
}


def test_healthz_answers_without_the_database(client):
    # No django_db mark: any database access here would raise.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_health_urls_have_no_language_prefix(client, db):
    assert client.get("/ar/healthz/").status_code == 404


def test_healthz_refuses_posts(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_readyz_reports_each_check(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "ok"
    assert response["Content-Type"] == "application/json"


@pytest.mark.django_db
def test_readyz_with_a_real_redis(client):
    from django.core.cache import caches

    with override_settings(CACHES=REAL_REDIS):
        caches._settings = None
        try:
            response = client.get("/readyz")
        finally:
            caches._settings = None
    assert response.status_code == 200, response.content
    assert response.json()["checks"]["cache"]["status"] == "ok"


@pytest.mark.django_db
def test_readyz_is_503_with_the_cache_down_and_says_which(client, caplog):
    from django.core.cache import caches

    with override_settings(CACHES=BROKEN_REDIS):
        caches._settings = None
        try:
            response = client.get("/readyz")
        finally:
            caches._settings = None
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"
    # The body names the failing check, not the server's address or the exception text.
    assert "127.0.0.1" not in response.content.decode()
    assert any("readiness check cache failed" in r.getMessage() for r in caplog.records)


# Skipped before the database is set up; serialized_rollback: the flush after a transactional
# test would otherwise run post_migrate and clash with the next serialized_rollback test's
# reload (content types, groups).
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="an unreachable database is exercised on PostgreSQL (DATABASE_URL)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_readyz_is_503_with_postgresql_unreachable_and_recovers(client):
    original_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = 1  # nothing listens there: connecting fails at once
    try:
        response = client.get("/readyz")
        assert response.status_code == 503
        body = response.json()
        assert body["checks"]["database"]["status"] == "error"
        assert body["checks"]["cache"]["status"] == "ok"
        assert client.get("/healthz").status_code == 200  # the process itself is fine
    finally:
        connection.close()
        connection.settings_dict["PORT"] = original_port
    # Back on the real server, the next request reconnects by itself.
    assert client.get("/readyz").status_code == 200
