"""The anonymous page cache's keys and its one global version.

Every stored page is keyed under the current version; a publish, unpublish, move or delete
of any page (or a change to a snippet, setting, image or document a page may show) bumps
the version, so every page that could show the change is re-rendered on its next request.
Old entries are never read again and expire on their own. The version lives in the
configured cache, so with Redis every app server sees the same one.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

VERSION_KEY = "perf:page:version"
SEARCH_COUNT_KEY = "perf:page:search-count:{version}"


def page_cache():
    return caches[getattr(settings, "PERF_PAGE_CACHE_ALIAS", "default")]


def current_version() -> int:
    return page_cache().get_or_set(VERSION_KEY, 1, None)


def bump_version(*args, **kwargs) -> None:
    cache = page_cache()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def page_key(version: int, host: str, language: str, full_path: str) -> str:
    digest = hashlib.sha256(f"{host}\n{language}\n{full_path}".encode()).hexdigest()[:40]
    return f"perf:page:{version}:{digest}"


def take_search_slot(version: int, limit: int) -> bool:
    """True while fewer than ``limit`` search pages are stored under this version."""
    cache = page_cache()
    key = SEARCH_COUNT_KEY.format(version=version)
    cache.add(key, 0, settings.PERF_PAGE_CACHE_TIMEOUT)
    try:
        count = cache.incr(key)
    except ValueError:
        return False
    # A cache that cannot be reached (django-redis with IGNORE_EXCEPTIONS) answers None: store nothing.
    return count is not None and count <= limit
