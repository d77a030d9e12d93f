"""Values a webmaster changes without a developer (wagtail.contrib.settings)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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
