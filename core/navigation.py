"""Menus as plain data, computed once per site and language and then served from the cache.

A menu changes only when a webmaster edits it or when a page it shows changes (published,
unpublished, moved, deleted); signals.py bumps the version on each, so a page render costs
no menu queries at all once the cache is warm.
"""

from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.models import Page, Site

VERSION_KEY = "navigation:version"
TIMEOUT = 60 * 60 * 24


def bump_version(*args, **kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, None)


def content_version() -> int:
    """Changes whenever published content or menus change: a key for cached fragments."""
    return _version()


def remember(key: str, compute):
    """``compute()``, kept in the cache until published content next changes (the key is
    scoped by content_version, so a publish, unpublish, move or delete makes it stale)."""
    scoped = f"{key}:v{content_version()}"
    value = cache.get(scoped)
    if value is None:
        value = compute()
        cache.set(scoped, value, TIMEOUT)
    return value


def _links(stream) -> list[dict]:
    links = []
    for block in stream:
        value = block.value
        page = value.get("page")
        if page is not None and not page.live:
            continue
        href = value.href
        if href:
            links.append({"title": value.label, "url": href})
    return links


def _build(site: Site, request) -> dict:
    from core.models import NavigationSettings

    navigation = NavigationSettings.for_site(site)
    main = []
    items = navigation.main_items.select_related("link_page").order_by("sort_order")
    for item in items:
        if item.link_page is not None and not item.link_page.live:
            continue
        url = item.link_page.get_url(request) if item.link_page else item.link_url
        title = item.label or (item.link_page.title if item.link_page else item.link_url)
        main.append({"title": title, "url": url, "children": _links(item.children)})
    if not main and site.root_page_id:
        # A fresh site with no menu yet: the home page's children marked "show in menus".
        root = Page.objects.get(pk=site.root_page_id)
        for child in root.get_children().live().in_menu().order_by("path"):
            main.append({"title": child.title, "url": child.get_url(request), "children": []})
    footer = [
        {"heading": group.heading, "links": _links(group.links)}
        for group in navigation.footer_groups.order_by("sort_order")
    ]
    return {"main": main, "footer": [group for group in footer if group["links"]]}


def get_menus(request) -> dict:
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"main": [], "footer": []}
    language = (get_language() or "ar")[:2]
    key = f"navigation:{_version()}:{site.pk}:{language}"
    menus = cache.get(key)
    if menus is None:
        menus = _build(site, request)
        cache.set(key, menus, TIMEOUT)
    return menus


def mark_active(items: list[dict], path: str) -> list[dict]:
    """Copies of the items with ``active`` set for the section the visitor is in."""
    marked = []
    for item in items:
        url = item.get("url") or ""
        home_like = url.rstrip("/").count("/") <= 1  # "/ar/" itself is never "the section"
        active = bool(url) and not home_like and path.startswith(url)
        marked.append({**item, "active": active})
    return marked
