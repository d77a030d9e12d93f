"""Site search: indexing pages into SearchDocument and querying it, Arabic-aware on both sides.

PostgreSQL ranks with full-text search (the ``simple`` configuration over the normalised
text, with prefix matching); SQLite finds the same pages by substring and orders them by date.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Count, Q
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import RichTextField, StreamField

from core.arabic import index_text, query_terms, terms
from core.models import SearchDocument

MAX_QUERY_LENGTH = 200
# Result groups a visitor can filter by: key → (label, app labels of the page types in it).
GROUPS = {
    "news": (_("News"), ("news",)),
    "services": (_("Services"), ("services",)),
    "events": (_("Events"), ("events",)),
    "administration": (_("The administration"), ("departments",)),
    "media": (_("Media Centre"), ("media_library",)),
    "pages": (_("Pages"), ("core", "contact")),
}
NOT_INDEXED = {"core.homepage"}
NOT_INDEXED_APPS = {"screens"}
SKIPPED_FIELDS = {"slug", "url_path", "seo_title"}


def group_of(kind: str) -> str:
    app_label = kind.split(".", 1)[0]
    for key, (_label, apps) in GROUPS.items():
        if app_label in apps:
            return key
    return "pages"


def _field_text(model, name: str, value) -> str:
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        parts = []
        for child in value or []:
            parts.extend(str(text) for text in child.block.get_searchable_content(child.value))
        return " ".join(parts)
    if isinstance(field, RichTextField):
        return strip_tags(value or "")
    return value if isinstance(value, str) else ""


def page_text(page, language: str) -> str:
    """All of a page's translated text in one language, including inherited fields."""
    model = type(page)
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return page.title
    texts = []
    for name in options.all_fields:
        if name in SKIPPED_FIELDS:
            continue
        value = getattr(page, f"{name}_{language}", None)
        if value:
            texts.append(_field_text(model, f"{name}_{language}", value))
    return " ".join(t for t in texts if t)


def is_indexed(page) -> bool:
    label = page._meta.label_lower
    return (
        page.live
        and page.depth > 2
        and label not in NOT_INDEXED
        and page._meta.app_label not in NOT_INDEXED_APPS
        and not getattr(page, "exclude_from_site_search", False)
        and not page.get_view_restrictions().exists()
    )


def index_page(page) -> None:
    """(Re)write the page's search documents, or remove them if it should not be found."""
    page = page.specific
    if not is_indexed(page):
        SearchDocument.objects.filter(page=page).delete()
        return
    for language, _name in settings.LANGUAGES:
        translated = language == settings.LANGUAGE_CODE or bool(getattr(page, f"title_{language}", ""))
        if not translated:
            SearchDocument.objects.filter(page=page, language=language).delete()
            continue
        with translation.override(language):
            title = page.title
            summary = getattr(page, "listing_summary", "") or page.search_description or ""
            url = page.get_url() or ""
        SearchDocument.objects.update_or_create(
            page=page,
            language=language,
            defaults={
                "kind": page._meta.label_lower,
                "title": title[:255],
                "summary": summary,
                "url": url,
                "date": getattr(page, "search_date", None) or page.first_published_at,
                "text": index_text(f"{title} {page_text(page, language)}"),
            },
        )


def remove_page(page) -> None:
    SearchDocument.objects.filter(page_id=page.pk).delete()


def rebuild(stdout=None) -> int:
    from wagtail.models import Page

    SearchDocument.objects.all().delete()
    pages = Page.objects.live().filter(depth__gt=2).specific().iterator()
    count = 0
    for count, page in enumerate(pages, start=1):
        index_page(page)
        if stdout is not None and count % 100 == 0:
            stdout.write(f"  {count} pages indexed")
    return count


def _kinds_of(app_labels) -> Q:
    condition = Q(pk__in=[])
    for app_label in app_labels:
        condition |= Q(kind__startswith=f"{app_label}.")
    return condition


@dataclass
class SearchResults:
    query: str
    terms: list[str]
    documents: object  # a queryset of SearchDocument
    groups: list[dict]
    group: str


def search(query: str, language: str, group: str = "") -> SearchResults:
    query = (query or "")[:MAX_QUERY_LENGTH]
    matched = query_terms(query)
    highlighted = list(dict.fromkeys(terms(query) + matched))
    documents = SearchDocument.objects.filter(language=language)
    if not matched:
        return SearchResults(query, [], documents.none(), [], "")
    if connection.vendor == "postgresql":
        ts_query = SearchQuery(
            " & ".join(f"{term}:*" for term in matched), config="simple", search_type="raw"
        )
        vector = SearchVector("text", config="simple")
        documents = documents.annotate(matched=vector, rank=SearchRank(vector, ts_query)).filter(
            matched=ts_query
        )
        order = ("-rank", "-date", "pk")
    else:
        for term in matched:
            documents = documents.filter(text__contains=term)
        order = ("-date", "pk")
    counts = {}
    for row in documents.values("kind").annotate(n=Count("pk")).order_by():
        key = group_of(row["kind"])
        counts[key] = counts.get(key, 0) + row["n"]
    groups = [
        {"key": key, "label": label, "count": counts[key]}
        for key, (label, _apps) in GROUPS.items()
        if key in counts
    ]
    if group in GROUPS:
        if group == "pages":
            others = [app for key, (_l, apps) in GROUPS.items() if key != "pages" for app in apps]
            documents = documents.exclude(_kinds_of(others))
        else:
            documents = documents.filter(_kinds_of(GROUPS[group][1]))
    else:
        group = ""
    return SearchResults(query, highlighted, documents.order_by(*order), groups, group)
