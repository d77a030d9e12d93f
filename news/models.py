"""The newsroom: news items, press releases and announcements, with categories and feeds.

One ``NewsIndexPage`` (الأخبار) holds every ``NewsPage``. The index filters by type,
category and year (all kept in the query string), paginates, and serves RSS and Atom
feeds per language and per category through ``wagtail.contrib.routable_page``.
"""

import json

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.lazy import once
from core.listing import active_language, in_active_language
from core.models import BasePage
from core.navigation import remember
from media_library.forms import AltTextRequiredPageForm
from news.blocks import AttachmentStreamBlock, NewsStreamBlock

JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


class NewsType(models.TextChoices):
    NEWS = "news", _("News item")
    PRESS_RELEASE = "press_release", _("Press release")
    ANNOUNCEMENT = "announcement", _("Announcement")


# Plural names for the index filter and headings.
NEWS_TYPE_PLURALS = {
    NewsType.NEWS: _("News items"),
    NewsType.PRESS_RELEASE: _("Press releases"),
    NewsType.ANNOUNCEMENT: _("Announcements"),
}


class NewsCategory(models.Model):
    """A subject news is filed under (a snippet, translated): security, services, community…"""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=False,
        help_text=_("Latin letters, digits and hyphens: used in addresses and feeds."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name or ""


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsFilterForm(forms.Form):
    """The index filters. A value that does not validate is dropped, never an error page."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)
    year = forms.ChoiceField(label=_("Year"), required=False)

    def __init__(self, data, categories, years):
        super().__init__(data)
        everything = [("", _("All"))]
        self.fields["type"].choices = everything + [(value, NEWS_TYPE_PLURALS[value]) for value in NewsType]
        self.fields["category"].choices = everything + [(c.slug, c.name) for c in categories]
        self.fields["year"].choices = everything + [(str(year), str(year)) for year in years]
        self.categories = {c.slug: c for c in categories}

    def valid_filters(self) -> dict:
        """The filters that validated, each on its own: a bad year leaves the type in force."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in self.fields if cleaned.get(name)}


class NewsIndexPage(RoutablePageMixin, BasePage):
    """الأخبار: every news item, press release and announcement, newest first."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1
    template = "news/news_index_page.html"

    PAGE_SIZE = 12
    FEED_SIZE = 20
    MAX_QUERY_STRING = 500

    class Meta:
        verbose_name = _("news index")

    def news(self):
        """Live news under this index in the visitor's language, newest first."""
        queryset = NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        return in_active_language(queryset)

    def listing_children(self, limit: int = 6):
        """For the home page's "Latest from a section": the newest items by publication date."""
        return list(self.news().select_related("lead_image", "listing_image")[:limit])

    def categories(self):
        return list(NewsCategory.objects.all())

    def years(self):
        # DISTINCT over every item (a scan of the archive): asked once per publish, not per view.
        return remember(
            f"news:years:{self.pk}:{active_language()}",
            lambda: [d.year for d in self.news().dates("date", "year", order="DESC")],
        )

    @path("")
    def index_view(self, request):
        data = request.GET if len(request.META.get("QUERY_STRING", "")) <= self.MAX_QUERY_STRING else {}
        filter_form = NewsFilterForm(data, self.categories(), self.years())
        filters = filter_form.valid_filters()
        queryset = self.news()
        if "type" in filters:
            queryset = queryset.filter(news_type=filters["type"])
        if "category" in filters:
            queryset = queryset.filter(category=filter_form.categories[filters["category"]])
        if "year" in filters:
            queryset = queryset.filter(date__year=int(filters["year"]))
        queryset = queryset.select_related("lead_image", "category")
        paginator = Paginator(queryset, self.PAGE_SIZE)
        # The paginator's COUNT covers every matching item: kept per language and filters
        # (a small set: the filters are validated) until the next publish.
        filter_key = ",".join(f"{name}={value}" for name, value in sorted(filters.items()))
        paginator.count = remember(f"news:count:{self.pk}:{active_language()}:{filter_key}", queryset.count)
        items = paginator.get_page(data.get("page"))
        query = "&".join(f"{name}={value}" for name, value in filters.items())
        return self.render(
            request,
            context_overrides={
                "items": items,
                "filter_form": filter_form,
                "filters": filters,
                "filter_query": query,
                "filtered": bool(filters),
                "feed_categories": filter_form.categories.values(),
            },
        )

    @path("feed/", name="feed")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    @re_path(r"^category/(?P<slug>[-a-zA-Z0-9_]{1,80})/feed/$", name="category_feed")
    def category_feed(self, request, slug):
        from news.feeds import NewsRssFeed

        category = NewsCategory.objects.filter(slug=slug).first()
        if category is None:
            raise Http404
        return NewsRssFeed(self, category)(request)

    def feed_items(self, category=None):
        queryset = self.news().select_related("lead_image", "category")
        if category is not None:
            queryset = queryset.filter(category=category)
        return list(queryset[: self.FEED_SIZE])


class NewsPage(BasePage):
    """خبر، بيان صحفي أو إعلان: one item of news, published through the approval workflow."""

    # Read with the page when it is served (perf.routing): every item shows them. Not the
    # division: a whole page row, used only inside the kept article (one query when rendered).
    serve_select_related = ("lead_image", "category")

    news_type = models.CharField(_("type"), max_length=20, choices=NewsType.choices, default=NewsType.NEWS)
    date = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        db_index=True,
        help_text=_("The date shown on the item and used to order the news."),
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences: shown under the title and in feeds.")
    )
    lead_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )
    division = models.ForeignKey(
        "departments.DivisionPage",
        verbose_name=_("issuing division"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )
    body = StreamField(NewsStreamBlock(), blank=True, verbose_name=_("body"))
    attachments = StreamField(
        AttachmentStreamBlock(),
        blank=True,
        verbose_name=_("attachments"),
        help_text=_("Documents offered for download under the text (the same in both languages)."),
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Keywords for search and related news; not shown to visitors."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("news_type"), FieldPanel("date")]),
                FieldRowPanel([FieldPanel("category"), FieldPanel("division")]),
            ],
            heading=_("Type and filing"),
        ),
        FieldPanel("summary"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("attachments"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("news_type"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    show_feedback = True  # "Was this page useful?" at the foot of the page
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = AltTextRequiredPageForm
    template = "news/news_page.html"

    RELATED = 3

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        indexes = [models.Index(fields=["news_type", "date"])]

    @property
    def card_image(self):
        return self.lead_image or self.listing_image

    @property
    def body_fallback_language(self) -> str:
        """ "ar" when an English page has no English body (modeltranslation shows the Arabic), else ""."""
        language = active_language()
        if (
            language != settings.LANGUAGE_CODE
            and self.has_translation(language)
            and not getattr(self, f"body_{language}", None)
            and getattr(self, f"body_{settings.LANGUAGE_CODE}", None)
        ):
            return settings.LANGUAGE_CODE
        return ""

    @property
    def news_type_label(self):
        return self.get_news_type_display()

    def _siblings(self):
        queryset = NewsPage.objects.sibling_of(self, inclusive=False).live().public()
        return in_active_language(queryset)

    def related_news(self):
        if self.category_id is None:
            return []
        queryset = self._siblings().filter(category_id=self.category_id).select_related("lead_image")
        return list(queryset.order_by("-date", "-pk")[: self.RELATED])

    def previous_item(self):
        """The next older item."""
        older = models.Q(date__lt=self.date) | models.Q(date=self.date, pk__lt=self.pk)
        # date__lte as well, so the date index starts at this item instead of filtering its way
        # down from the newest (15 ms at 50,000 items, now a fraction of a millisecond).
        return self._siblings().filter(date__lte=self.date).filter(older).order_by("-date", "-pk").first()

    def next_item(self):
        """The next newer item."""
        newer = models.Q(date__gt=self.date) | models.Q(date=self.date, pk__gt=self.pk)
        return self._siblings().filter(date__gte=self.date).filter(newer).order_by("date", "pk").first()

    @cached_property
    def news_index(self):
        """The index the item sits under (as a plain page: its title and address are enough);
        routing has usually read it already (perf.routing sets ``_route_parent``)."""
        parent = getattr(self, "_route_parent", None)
        return parent if parent is not None else self.get_parent()

    def feed_path(self) -> str:
        """The index's RSS route, relative to the index's address."""
        return NewsIndexPage.get_resolver().reverse("feed")

    def updated_date(self):
        """The last publication, when the item was published again on a later day (a correction)."""
        first, last = self.first_published_at, self.last_published_at
        if not (first and last):
            return None
        if timezone.localdate(last) > max(timezone.localdate(first), timezone.localdate(self.date)):
            return last
        return None

    def structured_data(self, request, url):
        """schema.org NewsArticle as JSON-LD, safe to place inside a <script> element."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or self.date).isoformat(),
            "inLanguage": self.content_language,
            "mainEntityOfPage": url,
        }
        if self.lead_image:
            data["image"] = self.lead_image.get_rendition("fill-1200x630|format-jpeg").full_url
        escaped = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
        return mark_safe(escaped)  # noqa: S308 - json.dumps output with <, > and & escaped

    def share_links(self, url):
        from urllib.parse import quote

        text = quote(self.title)
        target = quote(url, safe="")
        return [
            {"name": "Facebook", "url": f"https://www.facebook.com/sharer/sharer.php?u={target}"},
            {"name": "X", "url": f"https://x.com/intent/post?url={target}&text={text}"},
            {"name": "WhatsApp", "url": f"https://wa.me/?text={text}%20{target}"},
            {"name": "Telegram", "url": f"https://t.me/share/url?url={target}&text={text}"},
            {"name": _("E-mail"), "url": f"mailto:?subject={text}&body={target}"},
        ]

    def get_context(self, request, *args, **kwargs):
        """What the item shows besides its own fields, each computed when the template first asks:
        the template keeps the rendered article per revision ({% contentcache %}), so a cached
        render runs none of these queries."""
        context = super().get_context(request, *args, **kwargs)
        url = once(lambda: self.get_full_url(request))
        context["related_news"] = once(self.related_news)
        context["previous_item"] = once(self.previous_item)
        context["next_item"] = once(self.next_item)
        context["share_links"] = once(lambda: self.share_links(url()) if url() else [])
        context["updated"] = once(self.updated_date)
        context["structured_data"] = once(lambda: self.structured_data(request, url()))
        return context
