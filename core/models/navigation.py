"""Menus webmasters edit in the admin: the two-level main navigation and the footer links.

Both live in one site setting so a webmaster finds them in one place. Items are ordered by
drag and drop (InlinePanel); the second level and the footer links are lists of links
(a page or an address, labelled in both languages).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable

from core.blocks import LinkBlock


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    panels = [
        InlinePanel("main_items", heading=_("Main navigation"), label=_("Menu item")),
        InlinePanel("footer_groups", heading=_("Footer links"), label=_("Group of links")),
    ]

    class Meta:
        verbose_name = _("menus")


class MainMenuItem(Orderable):
    settings = ParentalKey(NavigationSettings, related_name="main_items", on_delete=models.CASCADE)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("or an external address"), blank=True)
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Leave empty to use the page title.")
    )
    children = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("second level"),
        help_text=_("Links shown under this item."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("label")]),
        FieldPanel("children"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")

    def clean(self):
        from django.core.exceptions import ValidationError

        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError({"link_url": _("Choose a page or enter an address, not both.")})

    @property
    def title(self) -> str:
        return self.label or (self.link_page.specific_deferred.title if self.link_page else self.link_url)

    @property
    def href(self) -> str:
        return self.link_page.url if self.link_page else self.link_url


class FooterLinkGroup(Orderable):
    settings = ParentalKey(NavigationSettings, related_name="footer_groups", on_delete=models.CASCADE)
    heading = models.CharField(_("heading"), max_length=80)
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("heading"), FieldPanel("links")]

    class Meta(Orderable.Meta):
        verbose_name = _("group of footer links")
