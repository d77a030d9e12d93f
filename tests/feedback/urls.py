"""The site's URLs plus the feedback endpoint, as ministry_site/urls.py will have them."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from ministry_site import urls as site_urls

handler404 = site_urls.handler404
handler500 = site_urls.handler500

urlpatterns = [
    *site_urls.urlpatterns[:-1],
    *i18n_patterns(
        path("", include("feedback.urls")),
        prefix_default_language=True,
    ),
    site_urls.urlpatterns[-1],  # the language-prefixed Wagtail catch-all stays last
]
