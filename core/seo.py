"""What search engines and link previews read: the sitemap, robots.txt, hreflang alternates."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap

from core.navigation import remember


def translated_languages(page) -> list[str]:
    """The languages a page can be read in: Arabic always, others where their title exists."""
    return [
        code
        for code, _name in settings.LANGUAGES
        if code == settings.LANGUAGE_CODE or getattr(page, f"title_{code}", "")
    ]


def page_urls(page, request, full: bool = True) -> dict[str, str]:
    """{language: URL} of the page in every language it exists in."""
    urls = {}
    for code in translated_languages(page):
        with translation.override(code):
            url = page.get_full_url(request) if full else page.get_url(request)
        if url:
            urls[code] = url
    return urls


class BilingualSitemap(Sitemap):
    """Every live page once per language, each entry listing its hreflang alternates.

    Served as a sitemap index (``/sitemap.xml``) pointing at sections of ``limit`` pages
    (``/sitemap-pages.xml``, ``?p=2`` …), so no one response grows with the archive: at 50,000
    news items a single file was 35 MB and took a worker 7 s and 400 MB to build.
    """

    limit = 1000  # pages per section: at most 2,000 addresses (one per language)

    def items(self):
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
        )

    @property
    def paginator(self):
        """Its page count is kept until published content next changes (core.navigation): the
        index and every section ask for it, and counting the whole site grows with it."""
        pages = Paginator(self._items(), self.limit)
        site = self.get_wagtail_site()
        pages.count = remember(f"sitemap:count:{site.pk}", lambda: Paginator(self._items(), self.limit).count)
        return pages

    def get_latest_lastmod(self):
        # Django's default calls lastmod() on every page of the site; the database can answer,
        # once per content version.
        def latest():
            return self.items().aggregate(
                latest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
            )["latest"]

        return remember(f"sitemap:lastmod:{self.get_wagtail_site().pk}", latest)

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            if getattr(item.specific_class, "exclude_from_sitemap", False):
                continue
            locations = page_urls(item, self.request)
            alternates = [{"lang_code": code, "location": url} for code, url in locations.items()]
            if settings.LANGUAGE_CODE in locations:
                alternates.append({"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]})
            lastmod = item.last_published_at or item.latest_revision_created_at
            for location in locations.values():
                urls.append(
                    {"item": item, "location": location, "lastmod": lastmod, "alternates": alternates}
                )
        return urls


SITEMAPS = {"pages": BilingualSitemap}


def sitemap_index(request, **kwargs):
    """The sitemap index (wagtail.contrib.sitemaps), kept until published content next changes:
    it lists one section per 1,000 pages, so rendering it grows with the site, keeping it does
    not. Kept per site and per scheme and host (its addresses are absolute)."""
    from wagtail.contrib.sitemaps.views import index
    from wagtail.models import Site

    site = Site.find_for_request(request)

    def render() -> tuple[bytes, dict]:
        response = index(request, **kwargs)
        response.render()
        return response.content, dict(response.headers)

    key = f"sitemap:index:{site.pk if site else 0}:{request.scheme}:{request.get_host()}"
    content, headers = remember(key, render)
    return HttpResponse(content, headers=headers)


def sitemap_paths(site) -> list[str]:
    """The sitemap index and every section's address on ``site`` (what a CDN must purge)."""
    pages = site.root_page.get_descendants(inclusive=True).live().public().count()
    sections = max(1, -(-pages // BilingualSitemap.limit))
    return [
        "/sitemap.xml",
        "/sitemap-pages.xml",
        *(f"/sitemap-pages.xml?p={number}" for number in range(2, sections + 1)),
    ]


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_URL_PATH}/",
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES),
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
