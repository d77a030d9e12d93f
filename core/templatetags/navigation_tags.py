"""Main navigation, footer links and breadcrumbs."""

from django import template
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from core.navigation import get_menus, mark_active

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context.get("request")
    items = get_menus(request)["main"]
    return mark_active(items, request.path if request is not None else "")


@register.simple_tag(takes_context=True)
def footer_menu(context):
    return get_menus(context.get("request"))["footer"]


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """Ancestors of the current page from home down (none on the home page itself)."""
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request is not None else None
    if not isinstance(page, Page) or site is None or page.depth <= 2:
        return []
    # Routing already read the pages along the path (perf.routing keeps them on the request).
    walked = getattr(request, "route_pages", None) or []
    if walked and walked[-1].pk == page.pk and walked[0].depth <= 2:
        ancestors = [a for a in walked[:-1] if a.depth >= 2]
    else:
        ancestors = Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth")
    # The first crumb is "Home", not the home page's (long) title.
    return [{"title": _("Home") if a.depth == 2 else a.title, "url": a.get_url(request)} for a in ancestors]
