"""Template tags every page uses: dates, digits, the language switcher."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from wagtail.models import Page

from core.dates import as_local_date, format_site_date
from core.text import localise_digits

register = template.Library()


def _digit_style(context) -> str:
    site_settings = context.get("settings")
    try:
        return site_settings["core"]["SiteSettings"].digit_style
    except (TypeError, KeyError, AttributeError):
        return "western"


@register.simple_tag(takes_context=True)
def site_date(context, value, weekday=False, hijri=True):
    """``<time>`` with the date as the site shows it in the active language."""
    date = as_local_date(value)
    if date is None:
        return ""
    language = translation.get_language() or settings.LANGUAGE_CODE
    text = localise_digits(
        format_site_date(date, language, weekday=weekday, hijri=hijri), _digit_style(context), language
    )
    return format_html('<time datetime="{}">{}</time>', date.isoformat(), text)


@register.simple_tag(takes_context=True)
def digits(context, value):
    """Numbers in the digit style the site setting asks for (Arabic pages only)."""
    return localise_digits("" if value is None else value, _digit_style(context))


def _page_url_in(page, request, language):
    with translation.override(language):
        return page.get_url(request)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language, each leading to the same page in that language."""
    request = context.get("request")
    current = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    page = context.get("page")
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if request is not None and isinstance(page, Page) and page.pk and page.live:
            here = _page_url_in(page, request, current)
            url = _page_url_in(page, request, code)
            if here and url and request.path.startswith(here):
                url += request.path[len(here) :]  # a routable sub-page (feed, calendar month…)
            if url and request.GET:
                url += "?" + urlencode(list(request.GET.lists()), doseq=True)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url or f"/{code}/", "current": code == current})
    return links
