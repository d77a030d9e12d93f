"""Responsive images: a <picture> with WebP first and the original format as the fallback.

    {% responsive_picture image "fill-400x225,fill-800x450" sizes="(min-width: 60rem) 22rem, 100vw" %}

Each width becomes a srcset candidate; the <img> carries width and height (no layout
shift), the image's alternative text in the active language, decoding="async", and
loading="lazy" unless ``eager=True`` (for images above the fold, which also get
fetchpriority="high" when asked). PNG and GIF originals keep their format as the fallback
(transparency, animation); everything else falls back to JPEG.
"""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

MIME_TYPES = {"webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif"}


def fallback_format(image) -> str:
    name = (getattr(image.file, "name", "") or "").lower()
    for extension, image_format in ((".png", "png"), (".gif", "gif"), (".webp", "webp")):
        if name.endswith(extension):
            return image_format
    return "jpeg"


def _srcset(renditions):
    """One candidate per width (a small original yields the same width for several specs)."""
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition.url)
    return ", ".join(f"{url} {width}w" for width, url in by_width.items())


@register.simple_tag
def responsive_picture(image, specs, sizes="100vw", eager=False, css_class="", fetchpriority=""):
    if not image:
        return ""
    spec_list = [spec.strip() for spec in specs.split(",") if spec.strip()]
    fallback = fallback_format(image)
    formats = ["webp"] if fallback == "webp" else ["webp", fallback]
    filters = [f"{spec}|format-{image_format}" for image_format in formats for spec in spec_list]
    renditions = image.get_renditions(*filters)
    by_format = {
        image_format: [renditions[f"{spec}|format-{image_format}"] for spec in spec_list]
        for image_format in formats
    }
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        ((MIME_TYPES[f], _srcset(by_format[f]), sizes) for f in formats[:-1]),
    )
    fallback_renditions = by_format[formats[-1]]
    smallest = fallback_renditions[0]
    attributes = format_html_join(
        " ",
        '{}="{}"',
        (
            (name, value)
            for name, value in (
                ("class", css_class),
                ("loading", "" if eager else "lazy"),
                ("fetchpriority", fetchpriority if eager else ""),
            )
            if value
        ),
    )
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" decoding="async"{}{}></picture>',
        sources,
        smallest.url,
        _srcset(fallback_renditions),
        sizes,
        smallest.width,
        smallest.height,
        image.default_alt_text,
        " " if attributes else "",
        attributes,
    )


@register.simple_tag
def latest_media(count=4):
    """The newest galleries and videos together, for the home page: ``{% latest_media 4 as items %}``.

    Each item has ``date``, ``title``, ``listing_summary``, ``card_image`` and ``kind``.
    """
    from core.listing import in_active_language
    from media_library.models import GalleryPage, VideoPage

    count = max(1, min(int(count), 24))
    galleries = in_active_language(GalleryPage.objects.live().public().select_related("cover_image"))
    videos = in_active_language(VideoPage.objects.live().public().select_related("poster_image"))
    items = list(galleries.order_by("-date", "-pk")[:count]) + list(videos.order_by("-date", "-pk")[:count])
    items.sort(key=lambda page: (page.date, page.pk), reverse=True)
    return items[:count]
