"""What search engines and link previews read: the sitemap, robots.txt, hreflang alternates."""

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap


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
    """Every live page once per language, each entry listing its hreflang alternates."""

    def items(self):
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
        )

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
