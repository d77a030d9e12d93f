"""Listing querysets that cost one query, not two.

Wagtail's ``PageQuerySet.public()`` first loads every view restriction in a query of its own,
then filters. ``public_pages`` does the same filtering inside the listing's own query: a page
is left out when a restricted page's path is a prefix of its path (itself or an ancestor).
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr

from wagtail.models import PageViewRestriction


def public_pages(queryset):
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.exclude(Exists(restricted))
