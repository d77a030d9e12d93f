"""Template tags every page uses: dates, digits, the language switcher."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from wagtail.models import Page

from core.dates import as_local_date, format_site_date
from core.fonts import PRELOAD
from core.text import localise_digits

register = template.Library()


def _digit_style(context) -> str:
    site_settings = context.get("settings")
    try:
        return site_settings["core"]["SiteSettings"].digit_style
    except (TypeError, KeyError, AttributeError):
        return "western"


@register.simple_tag
def font_preload():
    """``<link rel=preload>`` for the regular face of the page language's script (core/fonts.py),
    so body text is drawn in it from the first paint instead of swapping in later."""
    path = PRELOAD.get((translation.get_language() or settings.LANGUAGE_CODE)[:2])
    if not path:
        return ""
    return format_html('<link rel="preload" href="{}" as="font" type="font/woff2" crossorigin>', static(path))


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


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """[{code, url}] of the page in each language it exists in, plus x-default, as full URLs."""
    from core.seo import page_urls

    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or not page.pk or not page.live:
        return []
    urls = page_urls(page, request)
    alternates = [{"code": code, "url": url} for code, url in urls.items()]
    if settings.LANGUAGE_CODE in urls:
        alternates.append({"code": "x-default", "url": urls[settings.LANGUAGE_CODE]})
    return alternates


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return ""
    if isinstance(page, Page) and page.pk and page.live:
        return page.get_full_url(request) or ""
    return request.build_absolute_uri(request.path)


@register.simple_tag(takes_context=True)
def sharing_image(context):
    """The image a link preview shows: the page's social, lead or listing image, if any."""
    page = context.get("page")
    for name in ("social_image", "lead_image", "listing_image"):
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


@register.simple_tag(takes_context=True)
def seo_texts(context):
    """(title, description) for <title>, the meta description and link previews, in the page's language."""
    page = context.get("page")
    site_settings = context.get("site_settings")
    fallback = getattr(site_settings, "administration_name", "") if site_settings else ""
    if page is None:
        return {"title": fallback, "description": fallback}
    title = getattr(page, "seo_title", "") or getattr(page, "title", "") or fallback
    description = (
        getattr(page, "search_description", "")
        or getattr(page, "listing_summary", "")
        or getattr(page, "summary", "")
        or fallback
    )
    return {"title": title, "description": description}
