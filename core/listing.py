"""Listings in the visitor's language: English listings leave out pages with no English title.

Listings leave out private pages with Wagtail's ``.public()``, which costs no query of its own
here: perf.lookups keeps the restricted paths in memory per content version.
"""

from django.conf import settings
from django.utils.translation import get_language


def active_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def in_active_language(queryset):
    language = active_language()
    if language == settings.LANGUAGE_CODE:
        return queryset
    field = f"title_{language}"
    return queryset.exclude(**{f"{field}__isnull": True}).exclude(**{field: ""})
