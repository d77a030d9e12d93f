"""Health endpoints for load balancers and orchestrators.

- ``/healthz``: the process is up and answers (no database, no cache): restart it if not.
- ``/readyz``: the database and the cache answer: send it traffic only if so.
Both are outside the language prefixes, exempt from the HTTPS redirect, and never cached.
"""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    return JsonResponse({"status": "ok"})


def _check_database() -> None:
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        # A broken connection is dropped, so the next request opens a fresh one.
        connection.close_if_unusable_or_obsolete()
        raise


def _check_cache() -> None:
    # django-redis is configured to swallow errors (a cache outage is a cache miss for pages),
    # so a value is written and read back: a miss means the cache is not reachable.
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    try:
        if cache.get(key) != "1":
            raise ConnectionError("the value written to the cache could not be read back")
    finally:
        cache.delete(key)


CHECKS = {"database": _check_database, "cache": _check_cache}


@never_cache
@require_safe
def readyz(request):
    results = {}
    ready = True
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as exc:
            ready = False
            results[name] = {"status": "error", "error": exc.__class__.__name__}
            logger.warning("readiness check %s failed: %s", name, exc)
        else:
            results[name] = {"status": "ok"}
        results[name]["ms"] = round((time.monotonic() - started) * 1000, 1)
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results}, status=200 if ready else 503
    )
