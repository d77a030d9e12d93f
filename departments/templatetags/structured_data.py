"""JSON-LD output that cannot be broken out of by page content.

``json_script`` cannot set ``type="application/ld+json"``, so this escapes the same
characters it does (< > & and the line separators) and marks the result safe.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

_ESCAPES = {
    ord(">"): "\\u003E",
    ord("<"): "\\u003C",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def dumps_ld(data) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).translate(
        _ESCAPES
    )


@register.simple_tag
def json_ld(data):
    """``<script type="application/ld+json">`` for a dict built by the page model (nothing for None)."""
    if not data:
        return ""
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(dumps_ld(data)))
