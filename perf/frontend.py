"""CDN purges through wagtail.contrib.frontend_cache, switched on by WAGTAILFRONTENDCACHE.

When a page changes, every language's address of the page, of each of its ancestors
(listings, home), of their routable sub-paths (feeds), and the sitemap are purged.
Without WAGTAILFRONTENDCACHE this costs nothing: no backend, no URLs computed.
"""

import logging

from django.conf import settings
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

from core.seo import sitemap_paths

logger = logging.getLogger(__name__)


def _paths(page) -> list[str]:
    """The page's cached paths plus its routable sub-pages that take no argument (feeds)."""
    paths = list(page.get_cached_paths())
    if hasattr(page, "get_subpage_urls"):
        for pattern in page.get_subpage_urls():
            if pattern.name and pattern.pattern.regex.groups == 0:
                try:
                    paths.append(page.reverse_subpage(pattern.name))
                except Exception:  # noqa: BLE001 - a route that cannot be reversed is skipped
                    continue
    return list(dict.fromkeys(paths))


def page_and_listing_urls(page) -> list[str]:
    from wagtail.models import Page

    page = Page.objects.filter(pk=page.pk).first() or page
    pages = [*page.get_ancestors().filter(depth__gt=1).specific(defer=True), page.specific_deferred]
    urls = []
    site_roots = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for item in pages:
                base = item.get_full_url()
                if not base:
                    continue
                for path in _paths(item):
                    urls.append(base + path.lstrip("/"))
                site = item.get_site()
                if site is not None:
                    site_roots.add(site)
    for site in site_roots:
        urls.extend(f"{site.root_url}{path}" for path in sitemap_paths(site))
    return list(dict.fromkeys(urls))


def purge_page_and_listings(page) -> None:
    if not get_backends():
        return
    try:
        purge_urls_from_cache(page_and_listing_urls(page))
    except Exception:  # a CDN outage must never break publishing
        logger.exception("Purging the frontend cache failed for page %s", page.pk)
