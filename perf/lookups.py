"""Two lookups every page view makes, answered from memory until content changes.

- **The site** for the request's host: Wagtail asks the database on every request
  (``Site.find_for_request``). Sites change rarely; the answer is kept per host and port.
- **Site settings** (``BaseSiteSetting.for_site``): one query per setting model per request
  for a row that changes when a webmaster saves it.
- **View restrictions**: Wagtail checks the page and each ancestor for a restriction on every
  serve (two queries), and every ``.public()`` listing loads all restrictions again (one query
  each). A site has a handful of restricted sections at most; their paths are kept.

All are kept per content version (perf.cache): a save or delete of a site, a setting or a view
restriction bumps it (perf.signals), in every process, since the version lives in the shared
cache. Each request gets its own copy of the cached site and root page, so nothing one request
caches on them (a cached property, a related object) is seen by another.
"""

import copy

from django.db.models import Q

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from perf.cache import current_version


def _empty(version) -> dict:
    return {"version": version, "sites": {}, "settings": {}, "restricted": None}


_memo: dict = _empty(None)


def _current() -> dict:
    version = current_version()
    if version is None:  # the shared cache is unreachable: no way to hear of changes, keep nothing
        return _empty(None)
    memo = _memo
    if memo["version"] != version:
        memo = _empty(version)
        globals()["_memo"] = memo
    return memo


def reset() -> None:
    """Forget everything kept (tests: each starts from its own database)."""
    globals()["_memo"] = _empty(None)


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages that carry a view restriction (each covers its subtree)."""
    memo = _current()
    if memo["restricted"] is None:
        memo["restricted"] = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    return memo["restricted"]


def site_for_request(request):
    memo = _current()
    key = (request._get_raw_host().lower(), request.get_port())  # as Wagtail's own lookup
    if key not in memo["sites"]:
        if len(memo["sites"]) >= 64:  # made-up Host headers must not grow it without bound
            memo["sites"].clear()
        memo["sites"][key] = Site._find_for_request(request)
    site = memo["sites"][key]
    if site is None:
        return None
    clone = copy.copy(site)
    clone.root_page = copy.copy(site.root_page)
    return clone


def find_for_request(request):
    """``Site.find_for_request``, answered from memory; asked only when something needs the
    site (a health check never does, so it never touches the database)."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site_for_request(request)
    return request._wagtail_site


_original_for_site = BaseSiteSetting.for_site.__func__


def for_site(cls, site):
    if site is None:
        return _original_for_site(cls, site)
    memo = _current()
    key = (cls._meta.label, site.pk)
    if key not in memo["settings"]:
        memo["settings"][key] = _original_for_site(cls, site)
    return copy.copy(memo["settings"][key])


_original_get_view_restrictions = Page.get_view_restrictions


def get_view_restrictions(self):
    # No restriction anywhere (the usual case): none can apply, and no query is needed.
    if not restricted_paths():
        return PageViewRestriction.objects.none()
    return _original_get_view_restrictions(self)


def private_q(self):
    """Wagtail's ``PageQuerySet.private_q`` (which ``.public()`` uses), from the kept paths."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def install() -> None:
    Site.find_for_request = staticmethod(find_for_request)
    BaseSiteSetting.for_site = classmethod(for_site)
    Page.get_view_restrictions = get_view_restrictions
    PageQuerySet.private_q = private_q
