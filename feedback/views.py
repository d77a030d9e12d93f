"""The POST endpoint of the "Was this page useful?" form: works without JavaScript.

A good answer is stored and the visitor is sent back (303) to the page with a thank-you.
Anything else gets a short page in the visitor's language with the right status and the
form again, filled in as they sent it, so nothing they wrote is lost.

Cross-site request forgery: the form sits on every news, service and event page, pages that
are cached (by a CDN) for every visitor alike, so it cannot carry a per-visitor CSRF token.
The endpoint instead requires the browser's ``Origin`` header (or, when a browser omits it,
the ``Referer``) to be this site, which is what CSRF protection establishes; the request
changes nothing but an anonymous counter, is rate-limited per address, and needs no cookie.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page

from django_ratelimit.core import get_usage

from feedback.forms import FeedbackForm
from feedback.models import PageFeedback

logger = logging.getLogger(__name__)

RATE_LIMIT_GROUP = "feedback"
RATE_LIMIT = "20/h"


def opted_in(page) -> bool:
    return bool(getattr(page.specific_class, "show_feedback", False))


def same_origin(request) -> bool:
    """The POST comes from a page of this site (or a configured trusted origin)."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    for trusted in getattr(settings, "CSRF_TRUSTED_ORIGINS", []):
        scheme, _sep, host = trusted.partition("://")
        if scheme != parts.scheme:
            continue
        if host == parts.netloc or (host.startswith("*.") and parts.netloc.endswith(host[1:])):
            return True
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: not ours
        return False
    return parts.netloc == host and parts.scheme == request.scheme


def rate_limited(request, increment=False) -> bool:
    usage = get_usage(
        request, group=RATE_LIMIT_GROUP, key="ip", rate=RATE_LIMIT, method="POST", increment=increment
    )
    if usage is None:
        return False
    return usage["should_limit"] if increment else usage["count"] >= usage["limit"]


def problem(request, page, form, reason, status):
    response = TemplateResponse(
        request,
        "feedback/problem.html",
        {"feedback_page": page, "feedback_form": form, "reason": reason, "page_url": page.get_url(request)},
        status=status,
    )
    add_never_cache_headers(response)
    return response


@csrf_exempt  # see the module docstring: the Origin check replaces the token
@require_POST
def submit(request, page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    if not opted_in(page):
        raise Http404
    page = page.specific
    form = FeedbackForm(request.POST)
    if not same_origin(request):
        return problem(request, page, FeedbackForm(), "forbidden", 403)
    if rate_limited(request):
        return problem(request, page, form, "rate_limited", 429)
    if form.honeypot_filled:
        logger.warning("Feedback on page %s: honeypot filled, refused", page.pk)
        rate_limited(request, increment=True)
        return problem(request, page, FeedbackForm(initial=request.POST.dict()), "invalid", 400)
    if not form.is_valid():
        return problem(request, page, form, "invalid", 400)
    rate_limited(request, increment=True)
    PageFeedback.objects.create(
        page=page,
        language=(translation.get_language() or settings.LANGUAGE_CODE)[:2],
        useful=form.cleaned_data["useful"],
        comment=form.cleaned_data["comment"].strip(),
    )
    return HttpResponseRedirect(f"{page.get_url(request)}?feedback=thanks#page-feedback", status=303)
