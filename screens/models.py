"""Display screens for the directorates' reception halls.

A screen is a page (one per hall or directorate) that shows, full screen and in large type,
the latest news headlines with their lead images in rotation, current announcements, the
hotline, today's date in both calendars and the alert banner. It refreshes its content by
itself: with JavaScript it fetches the ``content/`` fragment at the page's interval and keeps
the last content when the network drops; without JavaScript a meta refresh moves to the next
headline (``?slide=N``) and reloads the content at the same time.
"""

import datetime

from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.listing import in_active_language
from core.models import BasePage
from core.navigation import content_version
from news.models import NewsPage, NewsType

MAIN_CACHE_SECONDS = 300


class DisplayScreenPage(RoutablePageMixin, BasePage):
    """شاشة العرض: one reception-hall screen. Needs no login; kept out of menus and search engines."""

    location = models.CharField(
        _("location"),
        max_length=150,
        blank=True,
        help_text=_("Shown at the top of the screen, e.g. the directorate's name."),
    )
    news_count = models.PositiveSmallIntegerField(
        _("number of news headlines"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    announcement_count = models.PositiveSmallIntegerField(
        _("number of announcements"),
        default=4,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    announcement_days = models.PositiveSmallIntegerField(
        _("announcements from the last (days)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Older announcements are no longer current and are left out."),
    )
    slide_seconds = models.PositiveSmallIntegerField(
        _("seconds per headline"),
        default=12,
        validators=[MinValueValidator(5), MaxValueValidator(120)],
    )
    refresh_seconds = models.PositiveIntegerField(
        _("refresh the content every (seconds)"),
        default=120,
        validators=[MinValueValidator(30), MaxValueValidator(3600)],
        help_text=_(
            "How often the screen fetches the latest news; it keeps the last content if the network drops."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("location"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("news_count"), FieldPanel("slide_seconds")]),
                FieldRowPanel([FieldPanel("announcement_count"), FieldPanel("announcement_days")]),
                FieldPanel("refresh_seconds"),
            ],
            heading=_("What the screen shows and how often it changes"),
        ),
    ]
    promote_panels = Page.promote_panels

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    template = "screens/display_screen_page.html"
    content_template = "screens/_content.html"
    main_template = "screens/_main.html"

    class Meta:
        verbose_name = _("display screen")
        verbose_name_plural = _("display screens")

    # --- Content ---------------------------------------------------------------------------

    def _news_queryset(self):
        return in_active_language(
            NewsPage.objects.live()
            .public()
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-pk")
        )

    def headlines(self):
        queryset = self._news_queryset().exclude(news_type=NewsType.ANNOUNCEMENT)
        return list(queryset[: self.news_count])

    def announcements(self):
        if not self.announcement_count:
            return []
        since = timezone.now() - datetime.timedelta(days=self.announcement_days)
        queryset = (
            in_active_language(NewsPage.objects.live().public())
            .filter(news_type=NewsType.ANNOUNCEMENT, date__gte=since, date__lte=timezone.now())
            .order_by("-date", "-pk")
        )
        return list(queryset[: self.announcement_count])

    def main_cache_key(self, slide: int) -> str:
        language = (translation.get_language() or "ar")[:2]
        return f"screens:main:{content_version()}:{language}:{self.pk}:{self.live_revision_id}:{slide}"

    def render_main(self, request, slide: int) -> tuple[str, int]:
        """The headlines and announcements as HTML, and the slide that follows ``slide``.

        Cached until anything is published, unpublished or moved, or a setting changes
        (``core.navigation.content_version``), and for at most ``MAIN_CACHE_SECONDS`` so that
        an announcement leaves the screen when it is no longer current.
        """
        slide = slide % max(1, self.news_count)
        key = self.main_cache_key(slide)
        cached = cache.get(key)
        if cached is not None:
            return cached
        headlines = self.headlines()
        current = slide % len(headlines) if headlines else 0
        html = render_to_string(
            self.main_template,
            {
                "page": self,
                "headlines": headlines,
                "announcements": self.announcements(),
                "current_slide": current,
            },
            request,
        )
        result = (html, (current + 1) % len(headlines) if headlines else 0)
        cache.set(key, result, MAIN_CACHE_SECONDS)
        return result

    def screen_context(self, request):
        try:
            slide = abs(int(request.GET.get("slide", 0)))
        except (TypeError, ValueError, OverflowError):
            slide = 0
        screen_main, next_slide = self.render_main(request, slide)
        return {
            "screen_main": screen_main,
            "next_slide": next_slide,
            "today": timezone.localdate(),
            "updated_at": timezone.localtime(),
        }

    # --- Serving ---------------------------------------------------------------------------

    @path("")
    def screen_view(self, request):
        context = self.get_context(request)
        context.update(self.screen_context(request))
        response = TemplateResponse(request, self.get_template(request), context)
        patch_cache_control(response, max_age=min(60, self.refresh_seconds), public=True)
        return response

    @path("content/")
    def content_view(self, request):
        """The changing part of the screen, as an HTML fragment for the screen's script."""
        context = self.get_context(request)
        context.update(self.screen_context(request))
        response = TemplateResponse(request, self.content_template, context)
        patch_cache_control(response, max_age=min(60, self.refresh_seconds), public=True)
        return response

    exclude_from_sitemap = True  # a screen is for a reception hall, not for search engines

    def get_sitemap_urls(self, request=None):
        return []
