"""The General Administration of Public Relations and Media and its four divisions.

Departments imports neither news nor events: a division's news and events reach it
through the reverse relations those apps declare (``news_items`` and ``events``).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.listing import in_active_language
from core.models import BasePage, SiteSettings
from departments.blocks import DivisionStreamBlock, TaskListBlock


class AdministrationPage(BasePage):
    """The General Administration: about, main goal, main tasks, and its divisions below it."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    about = models.TextField(_("about the administration"), blank=True)
    main_goal = models.TextField(_("main goal"), blank=True, max_length=1000)
    tasks = StreamField([("task_list", TaskListBlock())], blank=True, max_num=1, verbose_name=_("main tasks"))
    body = StreamField(DivisionStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("about"),
        FieldPanel("main_goal"),
        FieldPanel("tasks"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("about"),
        index.SearchField("main_goal"),
        index.SearchField("tasks"),
    ]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["departments.DivisionPage"]
    max_count = 1
    template = "departments/administration_page.html"

    class Meta:
        verbose_name = _("general administration page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["divisions"] = divisions = self.divisions()
        context["structured_data"] = self.structured_data(request, divisions)
        return context

    def structured_data(self, request, divisions):
        """schema.org GovernmentOrganization with its divisions, in the page's language."""
        site_settings = SiteSettings.for_request(request)
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.content_language,
        }
        if self.main_goal or self.intro:
            data["description"] = self.main_goal or self.intro
        if site_settings.ministry_name:
            data["parentOrganization"] = {
                "@type": "GovernmentOrganization",
                "name": site_settings.ministry_name,
            }
        if site_settings.hotline:
            data["contactPoint"] = {
                "@type": "ContactPoint",
                "telephone": site_settings.hotline,
                "contactType": "customer service",
            }
        data["subOrganization"] = [division.organisation_data(request) for division in divisions]
        return data

    def divisions(self):
        queryset = DivisionPage.objects.child_of(self).live().public().order_by("path")
        return list(in_active_language(queryset).select_related("head_photo"))


class DivisionPage(BasePage):
    """One of the four divisions: mission, tasks, head of division, contacts, news and events."""

    mission = models.TextField(_("mission"), blank=True, max_length=1000)
    tasks = StreamField([("task_list", TaskListBlock())], blank=True, max_num=1, verbose_name=_("tasks"))
    head_name = models.CharField(_("name of the head of division"), max_length=150, blank=True)
    head_title = models.CharField(_("title of the head of division"), max_length=150, blank=True)
    head_photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo of the head of division"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    extension = models.CharField(_("extension"), max_length=10, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    body = StreamField(DivisionStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("mission"),
        FieldPanel("tasks"),
        MultiFieldPanel(
            [FieldPanel("head_name"), FieldPanel("head_title"), FieldPanel("head_photo")],
            heading=_("Head of Division"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("extension"),
                FieldPanel("email"),
                FieldPanel("address"),
                FieldPanel("office_hours"),
            ],
            heading=_("Contact details"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("mission"),
        index.SearchField("tasks"),
        index.SearchField("head_name"),
        index.SearchField("body"),
    ]

    parent_page_types = ["departments.AdministrationPage"]
    subpage_types = []
    template = "departments/division_page.html"

    NEWS_LIMIT = 4
    EVENTS_LIMIT = 4

    class Meta:
        verbose_name = _("division page")

    def organisation_data(self, request) -> dict:
        data = {"@type": "GovernmentOrganization", "name": self.title, "url": self.get_full_url(request)}
        if self.mission:
            data["description"] = self.mission
        if self.email:
            data["email"] = self.email
        if self.phone:
            data["telephone"] = self.phone
        if self.address:
            data["address"] = self.address
        return data

    @property
    def phone_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    def latest_news(self):
        """The division's latest published news, through the newsroom's ``NewsPage.division``."""
        related = getattr(self, "news_items", None)
        if related is None:  # the newsroom app is not installed
            return []
        queryset = in_active_language(related.live().public()).order_by("-date", "-pk")
        return list(queryset[: self.NEWS_LIMIT])

    def upcoming_events(self):
        """The division's events not yet over (``EventPage.organising_division``), soonest first."""
        related = getattr(self, "events", None)
        if related is None:  # the events app is not installed
            return []
        now = timezone.now()
        start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
        not_over = models.Q(end__gte=now) | models.Q(end__isnull=True, start__gte=start_of_today)
        queryset = in_active_language(related.live().public().filter(not_over)).order_by("start", "pk")
        return list(queryset[: self.EVENTS_LIMIT])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.latest_news()
        context["upcoming_events"] = self.upcoming_events()
        return context
