"""A bilingual page for a failed CSRF check that keeps what the visitor wrote.

Set ``CSRF_FAILURE_VIEW = "contact.views.csrf_failure"``. A form usually fails the check
because its page was open for a long time or the browser refused the cookie. On a form
page the visitor gets the same form back (status 403) with everything they typed, a fresh
token and a note to send it again; anywhere else, a short explanation in their language.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve

from wagtail.models import Page

from contact.models import FormPage


def _form_page_for(request):
    try:
        match = resolve(request.path_info)
    except (Resolver404, Http404):
        return None
    if match.url_name != "wagtail_serve":
        return None
    path = match.kwargs.get("path", match.args[0] if match.args else None)
    if path is None:
        return None
    try:
        page = Page.find_for_request(request, path)
    except Exception:  # routing trouble must never turn a 403 into a 500
        return None
    page = page.specific if page is not None else None
    return page if isinstance(page, FormPage) and page.live else None


def csrf_failure(request, reason=""):
    page = _form_page_for(request) if request.method == "POST" else None
    if page is not None:
        form = page.get_form(request.POST, page=page, user=request.user)
        return page._render_form(request, form, problem="csrf", status=403)
    return TemplateResponse(request, "contact/csrf_failure.html", {}, status=403)
