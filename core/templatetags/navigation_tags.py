"""Main navigation and breadcrumbs from the page tree."""

from django import template

from wagtail.models import Page, Site

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Live pages under the home page marked "show in menus", in tree order."""
    request = context.get("request")
    root = _site_root(request)
    if root is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    for child in root.get_children().live().in_menu().order_by("path"):
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request),
                "active": bool(current_path) and current_path.startswith(child.path),
            }
        )
    return items


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """Ancestors of the current page from home down (none on the home page itself)."""
    request = context.get("request")
    page = context.get("page")
    root = _site_root(request)
    if not isinstance(page, Page) or root is None or page.depth <= root.depth:
        return []
    ancestors = Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth")
    return [{"title": a.title, "url": a.get_url(request)} for a in ancestors]
