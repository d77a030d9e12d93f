from django import template

from core.arabic import highlight

register = template.Library()


@register.filter
def highlight_terms(text, terms):
    """The text, escaped, with the query's words marked (in any Arabic spelling variant)."""
    return highlight(text or "", terms or [])


@register.simple_tag(takes_context=True)
def search_url(context, **changes):
    """The current search address with some parameters changed (None removes one)."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path
