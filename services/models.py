"""The public-services catalogue: categories (snippets), the index and one page per service."""

from decimal import Decimal

from django import forms
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.listing import in_active_language
from core.models import BasePage, SiteSettings
from services.blocks import FAQBlock, RequiredDocumentBlock, ServicePlaceBlock, StepBlock


class ServiceCategory(index.Indexed, models.Model):
    """A group of services on the catalogue page (civil status, travel documents…)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, help_text=_("ASCII, used in links."))
    description = models.CharField(_("description"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")

    def __str__(self):
        return self.name


class ServiceIndexPage(BasePage):
    """The catalogue: every live service, grouped by category."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["services.ServicePage"]
    max_count = 1
    template = "services/service_index_page.html"

    class Meta:
        verbose_name = _("services index page")

    def services(self):
        queryset = ServicePage.objects.child_of(self).live().public().select_related("category")
        return in_active_language(queryset).order_by("category__sort_order", "category__pk", "path")

    def grouped_services(self, category_slug=None):
        """[(category or None, [services])] in category order; uncategorised services last."""
        groups: dict = {}
        for service in self.services():
            if category_slug and (service.category is None or service.category.slug != category_slug):
                continue
            groups.setdefault(service.category_id, (service.category, []))[1].append(service)
        ordered = [group for key, group in groups.items() if key is not None]
        if None in groups:
            ordered.append(groups[None])
        return ordered

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        category_slug = request.GET.get("category") or None
        groups = self.grouped_services(category_slug)
        if category_slug and not groups:
            raise Http404("No such service category")
        context["groups"] = groups
        context["category_slug"] = category_slug
        return context


class Currency(models.TextChoices):
    ILS = "ILS", _("Shekel (ILS)")
    JOD = "JOD", _("Jordanian dinar (JOD)")
    USD = "USD", _("US dollar (USD)")


# The currency as a fee is written in the page's language: "شيكل" / "ILS".
CURRENCY_LABELS = {
    Currency.ILS: pgettext_lazy("currency in a fee", "ILS"),
    Currency.JOD: pgettext_lazy("currency in a fee", "JOD"),
    Currency.USD: pgettext_lazy("currency in a fee", "USD"),
}


class ServicePage(BasePage):
    summary = models.TextField(_("summary"), max_length=600)
    category = models.ForeignKey(
        ServiceCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
    )
    eligibility = models.TextField(_("who can apply"), blank=True)
    documents = StreamField(
        [("document", RequiredDocumentBlock())], blank=True, verbose_name=_("required documents")
    )
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("steps"))
    is_free = models.BooleanField(_("free of charge"), default=False)
    fee_amount = models.DecimalField(_("fee"), max_digits=9, decimal_places=2, null=True, blank=True)
    fee_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.ILS
    )
    fee_note = models.CharField(_("note on fees"), max_length=250, blank=True)
    processing_time = models.CharField(_("processing time"), max_length=150, blank=True)
    places = StreamField([("place", ServicePlaceBlock())], blank=True, verbose_name=_("where to apply"))
    online_url = models.URLField(_("online service link"), blank=True)
    faq = StreamField([("question", FAQBlock())], blank=True, verbose_name=_("frequently asked questions"))
    related_services = ParentalManyToManyField(
        "self", verbose_name=_("related services"), blank=True, symmetrical=False
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("category"),
        FieldPanel("eligibility"),
        FieldPanel("documents"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldRowPanel([FieldPanel("fee_amount"), FieldPanel("fee_currency")]),
                FieldPanel("fee_note"),
            ],
            heading=_("Fees"),
        ),
        FieldPanel("processing_time"),
        FieldPanel("places"),
        FieldPanel("online_url"),
        FieldPanel("faq"),
        FieldPanel("related_services", widget=forms.CheckboxSelectMultiple),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("eligibility"),
        index.SearchField("documents"),
        index.SearchField("steps"),
        index.SearchField("faq"),
        index.FilterField("category"),
    ]

    show_feedback = True  # "Was this page useful?" at the foot of the page
    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []
    template = "services/service_page.html"

    class Meta:
        verbose_name = _("service page")

    @property
    def has_fee(self) -> bool:
        return not self.is_free and self.fee_amount is not None

    @property
    def fee_amount_text(self) -> str:
        """50 rather than 50.00; 12.5 stays 12.50."""
        if self.fee_amount is None:
            return ""
        amount = Decimal(self.fee_amount)
        return f"{amount:.0f}" if amount == amount.to_integral_value() else f"{amount:.2f}"

    @property
    def currency_label(self) -> str:
        """شيكل in Arabic, ILS in English."""
        return str(CURRENCY_LABELS[self.fee_currency])

    @property
    def fee_text(self) -> str:
        """ "50 شيكل" in Arabic, "ILS 50" in English, as the glossary writes fees."""
        if not self.has_fee:
            return ""
        return pgettext("fee: currency and amount", "%(currency)s %(amount)s") % {
            "currency": self.currency_label,
            "amount": self.fee_amount_text,
        }

    def live_related_services(self):
        related = self.related_services.all()
        if not isinstance(related, models.QuerySet):  # a preview: modelcluster's in-memory relation
            related = [service.pk for service in related]
        queryset = (
            ServicePage.objects.filter(pk__in=related).live().public().exclude(pk=self.pk).order_by("path")
        )
        return list(in_active_language(queryset))

    def structured_data(self, request, site_settings=None):
        """schema.org GovernmentService in the page's language."""
        url = self.get_full_url(request)
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "description": self.summary,
            "url": url,
            "inLanguage": self.content_language,
        }
        if self.category_id:
            data["serviceType"] = self.category.name
        if site_settings is not None:
            provider = {"@type": "GovernmentOrganization", "name": site_settings.ministry_name}
            data["provider"] = provider
        channels = []
        if site_settings is not None and site_settings.hotline:
            channels.append(
                {
                    "@type": "ServiceChannel",
                    "servicePhone": {"@type": "ContactPoint", "telephone": site_settings.hotline},
                }
            )
        if self.online_url:
            channels.append({"@type": "ServiceChannel", "serviceUrl": self.online_url})
        for block in self.places:
            place = block.value
            channels.append(
                {
                    "@type": "ServiceChannel",
                    "name": place["name"],
                    "serviceLocation": {
                        "@type": "Place",
                        "name": place["name"],
                        "address": place["address"],
                        **({"telephone": place["phone"]} if place.get("phone") else {}),
                        **({"hasMap": place["map_url"]} if place.get("map_url") else {}),
                    },
                }
            )
        if channels:
            data["availableChannel"] = channels
        if self.is_free:
            data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": self.fee_currency}
        elif self.has_fee:
            data["offers"] = {
                "@type": "Offer",
                "price": self.fee_amount_text,
                "priceCurrency": self.fee_currency,
            }
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.live_related_services()
        context["structured_data"] = self.structured_data(request, SiteSettings.for_request(request))
        return context
