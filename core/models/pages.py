"""Site-wide page types. Content apps build on BasePage; core imports none of them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock, HomeStreamBlock
from core.listing import in_active_language
from core.sanitize import clean_rich_text_fields


def language_field(name: str, language: str | None = None) -> str:
    """``title`` → ``title_en`` for the given (or active) language."""
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    return f"{name}_{language}"


class BasePage(Page):
    """Fields every page shares: listing summary and image, social image.

    The SEO title and meta description are Wagtail's own ``seo_title`` and
    ``search_description``, which wagtail-modeltranslation translates.
    """

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("social sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; the listing image is used if empty."),
    )

    search_fields = [
        *Page.search_fields,
        index.AutocompleteField("title_ar"),
        index.AutocompleteField("title_en"),
        index.SearchField("listing_summary"),
    ]

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image"), FieldPanel("social_image")],
            heading=_("Listings and sharing"),
        ),
    ]

    # Page types that ask "Was this page useful?" at their foot (the feedback app) set this.
    show_feedback = False

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Rich text reaches a page by more roads than the editor (which already whitelists):
        # imports, scripts, the demo loader, a revision being published. None of them may
        # store a script (core.sanitize).
        clean_rich_text_fields(self)
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        clean_rich_text_fields(self)
        return super().save_revision(*args, **kwargs)

    def has_translation(self, language: str) -> bool:
        """A page counts as translated when its title exists in that language."""
        return bool(getattr(self, language_field("title", language), ""))

    @property
    def is_untranslated_here(self) -> bool:
        return not self.has_translation(get_language() or settings.LANGUAGE_CODE)

    @property
    def content_language(self) -> str:
        """The language the visitor actually reads: Arabic where English is missing."""
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        return language if self.has_translation(language) else settings.LANGUAGE_CODE

    @property
    def sharing_image(self):
        return self.social_image or self.listing_image

    @property
    def card_image(self):
        """The picture a listing card shows; page types with a lead image override it."""
        return self.listing_image

    @property
    def card_date(self):
        """The date a listing card shows: the page type's own date (publication, start), if it has one."""
        return getattr(self, "search_date", None) or getattr(self, "date", None)

    def listing_children(self, limit: int = 6):
        """The newest live children readable in the visitor's language, for home-page listings.

        Index pages whose items have their own order (news by date, events by start)
        override this.
        """
        children = self.get_children().live().public().specific().order_by("-first_published_at")
        return list(in_active_language(children)[:limit])


class HomePage(BasePage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "core/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["today"] = timezone.localdate()
        context["sections"] = self.get_children().live().in_menu().specific().order_by("path")
        return context


class StandardPage(BasePage):
    """A plain content page: accessibility statement, privacy, about the site."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    template = "core/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
