"""Two app servers sharing one Redis see each other's publishes.

The page cache's version lives in the shared cache: a publish handled by another process
(here a second Python process with the same REDIS_URL, as a second gunicorn would be) bumps
it, and this process renders the page afresh on its next request.
"""

import os
import socket
import subprocess
import sys

from django.conf import settings

import pytest

REDIS_URL = "redis://127.0.0.1:6379/14"


def redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(
    not redis_up() and os.environ.get("CI", "").lower() != "true",
    reason="Redis is not running on 127.0.0.1:6379",
)


def other_server_publishes():
    """What a publish does to the page cache, done by another process on the same Redis."""
    code = "import django; django.setup(); from perf.cache import bump_version; bump_version()"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ministry_site.settings.dev",
        "REDIS_URL": REDIS_URL,
        "DATABASE_URL": "sqlite:///:memory:",
    }
    subprocess.run([sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, check=True, timeout=120)


def test_a_publish_on_another_server_purges_this_one(client, home, settings):
    settings.PERF_PAGE_CACHE = True
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ministry",
        }
    }
    from django.core.cache import caches

    caches["default"].clear()
    assert client.get("/ar/")["X-Page-Cache"] == "miss"
    assert client.get("/ar/")["X-Page-Cache"] == "hit"
    other_server_publishes()
    assert client.get("/ar/")["X-Page-Cache"] == "miss"
    assert client.get("/ar/")["X-Page-Cache"] == "hit"
    caches["default"].clear()
