from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.seo import SITEMAPS, robots_txt, sitemap_index
from ops import views as ops_views

urlpatterns = [
    path("healthz", ops_views.healthz, name="healthz"),
    path("readyz", ops_views.readyz, name="readyz"),
    path(f"{settings.ADMIN_URL_PATH}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The index, then sections of 1,000 pages: /sitemap-pages.xml, /sitemap-pages.xml?p=2 …
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<slug:section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every visitor-facing URL carries its language: /ar/… and /en/…; "/" is redirected
# by LocaleMiddleware to the visitor's language (cookie, then Accept-Language, then Arabic).
urlpatterns += i18n_patterns(
    path("search/", core_views.search, name="search"),
    path("", include("feedback.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = core_views.page_not_found
handler500 = core_views.server_error
