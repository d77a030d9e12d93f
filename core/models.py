"""Site-wide page types and settings. Content apps build on BasePage; core imports none of them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock


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

    class Meta:
        abstract = True

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


class HomePage(BasePage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

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


class DigitStyle(models.TextChoices):
    WESTERN = "western", _("Western (0123456789)")
    ARABIC_INDIC = "arabic-indic", _("Arabic-Indic (٠١٢٣٤٥٦٧٨٩)")


class AlertLevel(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    URGENT = "urgent", _("Urgent")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Values a webmaster changes without a developer. Visitor-facing text is bilingual."""

    # No defaults on translated fields: modeltranslation treats a value equal to the
    # default as "not translated" and would fall back to the other language.
    ministry_name = models.CharField(_("ministry name"), max_length=150, blank=True)
    administration_name = models.CharField(_("administration name"), max_length=200, blank=True)
    hotline = models.CharField(_("hotline"), max_length=20, default="138")
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    alert_enabled = models.BooleanField(_("show the alert banner"), default=False)
    alert_level = models.CharField(
        _("alert level"), max_length=10, choices=AlertLevel.choices, default=AlertLevel.INFO
    )
    alert_text = models.CharField(_("alert text"), max_length=300, blank=True)
    alert_link = models.URLField(_("alert link"), blank=True)
    digit_style = models.CharField(
        _("digits on Arabic pages"),
        max_length=15,
        choices=DigitStyle.choices,
        default=DigitStyle.WESTERN,
    )

    panels = [
        MultiFieldPanel([FieldPanel("ministry_name"), FieldPanel("administration_name")], heading=_("Names")),
        MultiFieldPanel(
            [FieldPanel("hotline"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("address")],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
                FieldPanel("telegram_url"),
            ],
            heading=_("Social media"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("alert_enabled"),
                FieldPanel("alert_level"),
                FieldPanel("alert_text"),
                FieldPanel("alert_link"),
            ],
            heading=_("Alert banner"),
        ),
        FieldPanel("digit_style"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("facebook", "Facebook", self.facebook_url),
            ("x", "X", self.x_url),
            ("youtube", "YouTube", self.youtube_url),
            ("instagram", "Instagram", self.instagram_url),
            ("telegram", "Telegram", self.telegram_url),
        ]
        return [{"key": key, "name": name, "url": url} for key, name, url in links if url]

    @property
    def show_alert(self) -> bool:
        return self.alert_enabled and bool(self.alert_text)

    @property
    def hotline_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.hotline if ch.isdigit() or ch == "+")
