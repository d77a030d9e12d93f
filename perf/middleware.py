"""The anonymous page cache, and a bench-only SQL query counter.

``AnonymousPageCacheMiddleware`` sits after LocaleMiddleware (the language is active) and
before CsrfViewMiddleware (it sees the CSRF cookie a form page sets). A response is stored
only when nothing in it belongs to one visitor:

* the request is a GET (HEAD is answered from a stored GET) under a language prefix, or the
  sitemap or robots.txt, with no session cookie (editors, and any visitor with a session,
  always get a fresh page) and no Authorization header, and a query string within a bound;
* the response is a complete 200 that sets no cookie but the language one, used no CSRF
  token (form pages) or CSP nonce, did not change the session, and did not ask to stay
  private;
* a search results page is stored only while fewer than PERF_PAGE_CACHE_SEARCH_LIMIT of
  them are, and for PERF_PAGE_CACHE_SEARCH_TIMEOUT seconds, so arbitrary queries cannot
  flood the cache.

Stored pages carry ``Cache-Control: public`` with short browser and CDN lifetimes, an ETag
and a Last-Modified date, and conditional requests get a 304. Pages that are not stored
because they belong to one visitor get ``Cache-Control: private, no-cache`` so no shared
cache keeps them either. Everything is keyed by the global version in perf/cache.py.
"""

import hashlib
import time

from django.conf import settings
from django.db import connections
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language

from perf import cache as page_cache

SAFE_METHODS = ("GET", "HEAD")
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Robots-Tag", "Link")
PRIVATE_MARKERS = ("private", "no-cache", "no-store")


def _setting(name, default):
    return getattr(settings, name, default)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    # --- which requests may be answered from, or stored in, the cache
    def _public_path(self, path: str) -> bool:
        if path in ("/sitemap.xml", "/robots.txt") or (
            path.startswith("/sitemap-") and path.endswith(".xml")
        ):
            return True
        parts = path.split("/", 2)
        return len(parts) == 3 and parts[1] in self.languages

    def _is_search(self, request) -> bool:
        try:
            return request.path_info == reverse("search")
        except NoReverseMatch:
            return False

    def _anonymous(self, request) -> bool:
        return (
            settings.SESSION_COOKIE_NAME not in request.COOKIES and "HTTP_AUTHORIZATION" not in request.META
        )

    def __call__(self, request):
        if not _setting("PERF_PAGE_CACHE", False) or not self._public_path(request.path_info):
            return self.get_response(request)
        if request.method not in SAFE_METHODS or not self._anonymous(request):
            return self._mark_private(self.get_response(request))
        query = request.META.get("QUERY_STRING", "")
        if len(query) > _setting("PERF_PAGE_CACHE_MAX_QUERY", 200):
            return self.get_response(request)

        version = page_cache.current_version()
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        key = page_cache.page_key(version, request.get_host(), language, request.get_full_path())
        store = page_cache.page_cache()
        entry = store.get(key)
        if entry is not None:
            return self._from_entry(request, entry)

        response = self.get_response(request)
        if request.method != "GET":
            return response
        if not self._storable(request, response):
            return self._mark_private(response) if self._visitor_specific(request, response) else response
        search = self._is_search(request)
        if search and not page_cache.take_search_slot(
            version, _setting("PERF_PAGE_CACHE_SEARCH_LIMIT", 1000)
        ):
            return response
        timeout = (
            _setting("PERF_PAGE_CACHE_SEARCH_TIMEOUT", 120)
            if search
            else _setting("PERF_PAGE_CACHE_TIMEOUT", 600)
        )
        entry = self._entry(response)
        store.set(key, entry, timeout)
        self._set_public_headers(response, entry)
        response["X-Page-Cache"] = "miss"
        return (
            get_conditional_response(
                request, etag=entry["etag"], last_modified=entry["last_modified"], response=response
            )
            or response
        )

    # --- response checks
    def _visitor_specific(self, request, response) -> bool:
        cookies = set(response.cookies) - {settings.LANGUAGE_COOKIE_NAME}
        session = getattr(request, "session", None)
        return bool(
            cookies
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or request.META.get("CSRF_COOKIE_USED")
            or (session is not None and session.modified)
            or isinstance(getattr(request, "_csp_nonce", None), str)  # a per-request CSP nonce
        )

    def _storable(self, request, response) -> bool:
        if response.status_code != 200 or response.streaming:
            return False
        if self._visitor_specific(request, response):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(marker in cache_control for marker in PRIVATE_MARKERS):
            return False
        if "*" in response.get("Vary", ""):
            return False
        return len(response.content) <= _setting("PERF_PAGE_CACHE_MAX_BYTES", 5 * 1024 * 1024)

    def _mark_private(self, response):
        if response.status_code == 200 and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response

    # --- stored entries
    def _entry(self, response) -> dict:
        content = response.content
        return {
            "content": content,
            "headers": {name: response[name] for name in STORED_HEADERS if response.has_header(name)},
            "cache_control": response.get("Cache-Control", ""),
            "etag": f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"',
            "last_modified": int(time.time()),
        }

    def _set_public_headers(self, response, entry):
        if not entry["cache_control"]:
            patch_cache_control(
                response,
                public=True,
                max_age=_setting("PERF_BROWSER_MAX_AGE", 60),
                s_maxage=_setting("PERF_CDN_MAX_AGE", 300),
            )
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = http_date(entry["last_modified"])

    def _from_entry(self, request, entry):
        response = HttpResponse(entry["content"] if request.method == "GET" else b"")
        for name, value in entry["headers"].items():
            response[name] = value
        if entry["cache_control"]:
            response["Cache-Control"] = entry["cache_control"]
        self._set_public_headers(response, entry)
        response["X-Page-Cache"] = "hit"
        if request.method == "HEAD":
            response["Content-Length"] = str(len(entry["content"]))
        return (
            get_conditional_response(
                request, etag=entry["etag"], last_modified=entry["last_modified"], response=response
            )
            or response
        )


class QueryCountMiddleware:
    """Bench only: the number of SQL queries a request made, in an ``X-SQL-Queries`` header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = [0]

        def counter(execute, sql, params, many, context):
            count[0] += 1
            return execute(sql, params, many, context)

        with connections["default"].execute_wrapper(counter):
            response = self.get_response(request)
        response["X-SQL-Queries"] = str(count[0])
        return response
