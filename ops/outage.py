"""A database outage answers 503 with a bilingual page, not a 500 (the database comes back by itself)."""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    """A database outage answers ``503 Service Unavailable`` with ``Retry-After`` and a short
    bilingual page, instead of the generic 500.

    Only the errors a lost or refused connection raises are taken (``OperationalError``,
    ``InterfaceError``: server down or restarting, connection cut, too many connections);
    programming and integrity errors stay 500s. The page (``ops/503.html``) is rendered
    without the request's context processors, so it never touches the database. The broken
    connection needs nothing here: Django marks it, and at the end of the request
    (``close_if_unusable_or_obsolete``) or on its next use (``CONN_HEALTH_CHECKS``) replaces
    it, so the site recovers by itself as soon as the database answers again.

    Errors from the view (and its template) arrive in ``process_exception``. An error raised by
    another middleware never does: Django turns it into the 500 page at once. Django signals
    such an error first (``got_request_exception``), so the request is marked then, and this
    middleware, second in the list and so around all but the request-id one, swaps the 500 it
    gets back for the 503.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(_mark_database_unavailable, dispatch_uid="ops.outage")

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "_database_unavailable", False):
            return database_unavailable_response(request)
        return response

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        first_line = (str(exception).strip().splitlines() or [""])[0]
        logger.error("Database unavailable, answered 503: %s: %s", exception.__class__.__name__, first_line)
        return database_unavailable_response(request)


def is_outage(exception) -> bool:
    return isinstance(exception, OperationalError | InterfaceError)


def _mark_database_unavailable(sender, request=None, **kwargs):
    if request is not None and is_outage(sys.exc_info()[1]):
        request._database_unavailable = True


def database_unavailable_response(request):
    retry_after = getattr(settings, "DATABASE_UNAVAILABLE_RETRY_AFTER", 30)
    language = "en" if (get_language() or "")[:2] == "en" else "ar"
    # Only a plain GET can be offered again as a link (repeatable, no body), and only a path on
    # this site: "//elsewhere.example/" would be a link off the site.
    again = request.get_full_path() if request.method == "GET" else ""
    if not url_has_allowed_host_and_scheme(again, allowed_hosts=None):
        again = ""
    html = render_to_string("ops/503.html", {"language": language, "again": again})
    response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    response["Content-Language"] = language
    add_never_cache_headers(response)  # neither the page cache nor a CDN may keep it
    return response
