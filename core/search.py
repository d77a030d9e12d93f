"""Site search: indexing pages into SearchDocument and querying it, Arabic-aware on both sides.

PostgreSQL matches with full-text search (the stored ``vector``: the ``simple`` configuration
over the normalised text, GIN-indexed, with prefix matching); SQLite finds the same pages by
substring. Either way only the newest ``CANDIDATES`` matches are considered: PostgreSQL ranks
those, SQLite orders them by date, and the counts by type are taken over them, so a results page
costs about the same at a thousand pages as at a hundred thousand, however common the word.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection, transaction
from django.db.models import Count, Exists, F, Q
from django.db.models.expressions import RawSQL
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import RichTextField, StreamField

from core.arabic import index_text, query_terms, terms
from core.models import SearchDocument

MAX_QUERY_LENGTH = 200
# Matches ranked, counted and shown at most: the newest ones. Past this the results page says
# there are more and suggests another word rather than giving an exact total.
CANDIDATES = 500
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


def fill_vectors(documents) -> None:
    """Write the stored tsvector of these documents from their text: one UPDATE on PostgreSQL
    (nothing on SQLite, whose search reads ``text``)."""
    if connection.vendor == "postgresql":
        documents.update(vector=SearchVector("text", config="simple"))


def index_page(page) -> None:
    """(Re)write the page's search documents, or remove them if it should not be found."""
    with transaction.atomic():
        if _write_documents(page):
            fill_vectors(SearchDocument.objects.filter(page_id=page.pk))


def _write_documents(page) -> bool:
    """The page's documents without their vector; False if the page has none now."""
    page = page.specific
    if not is_indexed(page):
        SearchDocument.objects.filter(page=page).delete()
        return False
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
    return True


def remove_page(page) -> None:
    SearchDocument.objects.filter(page_id=page.pk).delete()


def rebuild(stdout=None) -> int:
    from wagtail.models import Page

    SearchDocument.objects.all().delete()
    pages = Page.objects.live().filter(depth__gt=2).specific().iterator()
    count, batch = 0, []
    for count, page in enumerate(pages, start=1):
        _write_documents(page)
        batch.append(page.pk)
        if count % 100 == 0:
            fill_vectors(SearchDocument.objects.filter(page_id__in=batch))  # one UPDATE a hundred pages
            batch = []
            if stdout is not None:
                stdout.write(f"  {count} pages indexed")
    if batch:
        fill_vectors(SearchDocument.objects.filter(page_id__in=batch))
    return count


def _kinds_of(app_labels) -> Q:
    condition = Q(pk__in=[])
    for app_label in app_labels:
        condition |= Q(kind__startswith=f"{app_label}.")
    return condition


# PostgreSQL: the newest ``bound`` matches, found in bounded time however common the words are
# and whatever the planner thinks of them (it takes words as independent, so two that always go
# together, "وزارة الداخلية", look rare to it and it would fetch every match to sort them by
# date). ``recent`` reads the newest WINDOW × CANDIDATES documents of the language in date order
# (the (language, -date) index), stopping at ``bound`` matches: common words, where the cost
# was, are served from there. Only when fewer are found does the GIN index on ``vector`` look
# through everything, for words that are rare or old. The caller appends a SELECT on ``matches``
# (id, kind, date). Parameters: _matches_params().
WINDOW = 4
TABLE = SearchDocument._meta.db_table
MATCHES_SQL = f"""
WITH recent AS MATERIALIZED (
    SELECT id, kind, date FROM (
        SELECT id, kind, date, vector FROM {TABLE}
        WHERE language = %s ORDER BY date DESC, id LIMIT %s
    ) newest
    WHERE vector @@ to_tsquery('simple', %s)
    ORDER BY date DESC, id LIMIT %s
), matches AS MATERIALIZED (
    SELECT id, kind, date FROM recent WHERE (SELECT count(*) FROM recent) >= %s
    UNION ALL (
        SELECT id, kind, date FROM {TABLE}
        WHERE language = %s AND vector @@ to_tsquery('simple', %s)
            AND (SELECT count(*) FROM recent) < %s
        ORDER BY date DESC, id LIMIT %s
    )
)
"""


def _matches_params(language: str, ts_query: str, bound: int) -> list:
    window = WINDOW * CANDIDATES
    return [language, window, ts_query, bound, bound, language, ts_query, bound, bound]


@dataclass
class SearchResults:
    query: str
    terms: list[str]
    documents: object  # a queryset of SearchDocument
    groups: list[dict]  # key, label and count among the candidates, per type
    group: str
    count: int = 0  # how many documents ``documents`` holds (its group's among the candidates)
    more: bool = False  # more than ``limit`` documents match: only the newest ``limit`` are used
    limit: int = CANDIDATES


def search(query: str, language: str, group: str = "") -> SearchResults:
    """The documents matching every word of the query, at most the newest ``CANDIDATES``.

    Costs one query for the counts by type (which also tells whether more match than that),
    then one for a page of ``documents``: ranked on PostgreSQL, newest first on SQLite.
    """
    query = (query or "")[:MAX_QUERY_LENGTH]
    matched = query_terms(query)
    highlighted = list(dict.fromkeys(terms(query) + matched))
    documents = SearchDocument.objects.filter(language=language)
    if not matched:
        return SearchResults(query, [], documents.none(), [], "")
    limit = CANDIDATES
    if connection.vendor == "postgresql":
        raw_query = " & ".join(f"{term}:*" for term in matched)
        # One match past the limit tells whether there are more.
        params = _matches_params(language, raw_query, limit + 1)
        with connection.cursor() as cursor:
            cursor.execute(
                MATCHES_SQL + "SELECT kind, count(*), (SELECT count(*) FROM matches) > %s"
                " FROM (SELECT kind FROM matches ORDER BY date DESC, id LIMIT %s) candidates"
                " GROUP BY kind",
                [*params, limit, limit],
            )
            rows = cursor.fetchall()
        newest = RawSQL(
            MATCHES_SQL + "SELECT id FROM matches ORDER BY date DESC, id LIMIT %s", [*params, limit]
        )
        candidates = SearchDocument.objects.filter(pk__in=newest).annotate(
            rank=SearchRank(F("vector"), SearchQuery(raw_query, config="simple", search_type="raw"))
        )
        order = ("-rank", "-date", "pk")
    else:
        matches = documents
        for term in matched:
            matches = matches.filter(text__contains=term)
        newest = matches.order_by("-date", "pk")
        candidates = SearchDocument.objects.filter(pk__in=newest.values("pk")[:limit])
        rows = candidates.values_list("kind").annotate(n=Count("pk"), more=Exists(newest[limit:])).order_by()
        order = ("-date", "pk")
    counts, more = {}, False
    for kind, n, past_limit in rows:
        key = group_of(kind)
        counts[key] = counts.get(key, 0) + n
        more = more or past_limit
    groups = [
        {"key": key, "label": label, "count": counts[key]}
        for key, (label, _apps) in GROUPS.items()
        if key in counts
    ]
    if group in GROUPS:
        if group == "pages":
            others = [app for key, (_l, apps) in GROUPS.items() if key != "pages" for app in apps]
            candidates = candidates.exclude(_kinds_of(others))
        else:
            candidates = candidates.filter(_kinds_of(GROUPS[group][1]))
        count = counts.get(group, 0)
    else:
        group = ""
        count = sum(counts.values())
    documents = candidates.defer("text", "vector").order_by(*order)
    return SearchResults(query, highlighted, documents, groups, group, count=count, more=more, limit=limit)
