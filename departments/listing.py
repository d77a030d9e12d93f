"""Listing helpers shared by the administration, services and events pages."""

from django.conf import settings
from django.utils.translation import get_language


def active_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def in_active_language(queryset):
    """Leave out pages with no title in the visitor's language (English listings skip Arabic-only pages)."""
    language = active_language()
    if language == settings.LANGUAGE_CODE:
        return queryset
    return queryset.exclude(**{f"title_{language}__isnull": True}).exclude(**{f"title_{language}": ""})
