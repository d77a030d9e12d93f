"""The Redis cache with a circuit breaker: when Redis cannot be reached, stop asking for a moment.

django-redis is configured with ``IGNORE_EXCEPTIONS`` (a cache outage is a cache miss), but on
its own it still tries Redis for every cache operation, and a page makes dozens of them (page
cache, menus, settings, form fields, renditions, rate limits). With Redis down each try costs a
refused connection and a logged traceback, so pages that take milliseconds took seconds and
the log filled with thousands of identical tracebacks. Here the first failure opens the breaker:
for ``CACHE_BREAKER_SECONDS`` (5) every operation of that process is answered as a miss at once,
without a network call; then one operation tries Redis again, and either closes the breaker or
opens it for another period. Each opening is logged once (ERROR), the return once (WARNING).

Used as ``OPTIONS["REDIS_CLIENT_CLASS"] = "ops.cache.CircuitBreakerRedis"`` in the cache
settings. The state is per process (each gunicorn worker finds out for itself).
"""

import logging
import threading
import time

from django.conf import settings

import redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)


class CacheSkipped(RedisConnectionError):
    """Raised instead of a network call while the breaker is open (django-redis treats it as
    any connection error: a miss)."""


class Breaker:
    def __init__(self):
        self._lock = threading.Lock()
        self.open_until = 0.0
        self.is_open = False

    def allows(self) -> bool:
        return time.monotonic() >= self.open_until

    def failed(self, error) -> None:
        seconds = getattr(settings, "CACHE_BREAKER_SECONDS", 5)
        with self._lock:
            self.is_open = True
            self.open_until = time.monotonic() + seconds
        logger.error(
            "Cache unreachable (%s: %s); pages are served without it, next try in %s s",
            error.__class__.__name__,
            error,
            seconds,
        )

    def succeeded(self) -> None:
        if self.is_open:
            with self._lock:
                was_open, self.is_open = self.is_open, False
            if was_open:
                logger.warning("Cache reachable again")

    def reset(self) -> None:
        with self._lock:
            self.is_open = False
            self.open_until = 0.0


BREAKER = Breaker()


class CircuitBreakerRedis(redis.Redis):
    def execute_command(self, *args, **options):
        if not BREAKER.allows():
            raise CacheSkipped("the cache was unreachable a moment ago")
        try:
            result = super().execute_command(*args, **options)
        except (RedisConnectionError, RedisTimeoutError) as error:
            BREAKER.failed(error)
            raise
        BREAKER.succeeded()
        return result

    def pipeline(self, transaction=True, shard_hint=None):
        if not BREAKER.allows():
            raise CacheSkipped("the cache was unreachable a moment ago")
        return super().pipeline(transaction=transaction, shard_hint=shard_hint)
