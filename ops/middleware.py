"""Request ids, and the security headers Django does not set by itself."""

import json
import re
import uuid

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder

from csp.constants import NONCE, SELF
from csp.middleware import CSPMiddleware

from ops import admin_scripts
from ops.logging import request_id_var

REQUEST_ID_HEADER = "X-Request-ID"
# An id from the proxy is kept only if it is short and plain: it goes into every log line.
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestIdMiddleware:
    """Take the proxy's X-Request-ID (or make one), expose it on the request and response,
    and make it part of every log record written while the request is handled."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = incoming if _SAFE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        # Not reset on the way out: Django logs 4xx/5xx responses ("Not Found: …") after the
        # middleware chain returns. The request_finished signal clears it (ops.apps).
        request_id_var.set(request_id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        return response


class SecurityHeadersMiddleware:
    """Permissions-Policy (Django has no setting for it) on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response


def _nonce_admin_initialisers(request, response) -> None:
    if getattr(response, "streaming", False) or b"<script>" not in response.content:
        return
    content_type = response.get("Content-Type", "")
    nonce = str(request.csp_nonce)  # read before the header is written, so the policy carries it
    if content_type.startswith("text/html"):
        response.content = admin_scripts.add_nonces(response.content.decode(response.charset), nonce)
    elif content_type.startswith("application/json"):
        data = admin_scripts.add_nonces_to_json(json.loads(response.content), nonce)
        response.content = json.dumps(data, cls=DjangoJSONEncoder)
    else:
        return
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with two exceptions the site needs.

    - Framing: the policy says ``frame-ancestors 'none'``; Wagtail marks the views it shows in
      its own iframes (the live preview in the page editor) ``X-Frame-Options: SAMEORIGIN``,
      and only those are opened to the site itself. Wagtail renders a preview through the
      whole middleware chain, so the header may already be set: it is rewritten, not added.
    - The admin: Wagtail 8 still initialises a few widgets (choosers, date pickers, inline
      panels) and wagtail-modeltranslation its language tools with inline scripts whose
      content changes per form. Under the admin URL those scripts, and only those, are given
      the request's nonce (``ops.admin_scripts``); the policy has no ``'unsafe-inline'``.
    """

    _frame_ancestors = re.compile(r"frame-ancestors [^;]*")

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        replace = dict(parts.replace or {})
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            replace["frame-ancestors"] = ["'self'"]
        if request.path_info.startswith(f"/{settings.ADMIN_URL_PATH}/"):
            replace["script-src"] = [SELF, NONCE]  # the nonce only if a script was given one
        parts.replace = replace or None
        return parts

    def process_response(self, request, response):
        if request.path_info.startswith(f"/{settings.ADMIN_URL_PATH}/"):
            _nonce_admin_initialisers(request, response)
        header = "Content-Security-Policy"
        if header in response and response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            response[header] = self._frame_ancestors.sub("frame-ancestors 'self'", response[header])
        return super().process_response(request, response)
