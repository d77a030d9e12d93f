"""Admin report: published pages whose title or text is missing in Arabic or English.

Site-wide and independent of the content apps: it reads the page models and their
translated fields from modeltranslation's registry. A text field counts as "left to
translate" in one language when it is empty there but filled in the other; the title
counts whenever it is empty. One query per page type, whatever the number of pages.
"""

from django.conf import settings
from django.db import models
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

import django_filters

# Page fields that are metadata, not the text a visitor reads.
IGNORED_FIELDS = {"slug", "url_path", "seo_title", "search_description"}
LANGUAGE_NAMES = {"ar": _("Arabic"), "en": _("English")}


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def is_text_field(field) -> bool:
    return isinstance(field, StreamField | RichTextField | models.TextField)


def text_fields(model) -> list[str]:
    """The translated fields of a page model that hold its title or text."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = ["title"]
    for name in options.all_fields:
        if name in IGNORED_FIELDS or name == "title":
            continue
        if is_text_field(model._meta.get_field(name)):
            names.append(name)
    return names


def is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, StreamValue):
        return len(value) == 0
    return not str(value).strip()


def translation_gaps(language: str | None = None) -> dict[int, list[tuple[str, str]]]:
    """{page id: [(field label, language code), …]} for every live page with a gap."""
    codes = languages()
    wanted = [language] if language in codes else codes
    gaps: dict[int, list[tuple[str, str]]] = {}
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        fields = text_fields(model)
        if fields == ["title"] and model._meta.proxy:
            continue
        columns = [f"{name}_{code}" for name in fields for code in codes]
        rows = model.objects.live().exact_type(model).values_list("pk", *columns)
        for row in rows:
            values = dict(zip(columns, row[1:], strict=True))
            for name in fields:
                for code in wanted:
                    mine = values[f"{name}_{code}"]
                    others = [values[f"{name}_{other}"] for other in codes if other != code]
                    if is_empty(mine) and (name == "title" or any(not is_empty(v) for v in others)):
                        label = model._meta.get_field(name).verbose_name
                        gaps.setdefault(row[0], []).append((str(label), code))
    return gaps


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Missing language"),
        choices=[("en", _("English missing")), ("ar", _("Arabic missing"))],
        empty_label=_("Any"),
        method="filter_language",
    )

    class Meta:
        model = Page
        fields = []

    def filter_language(self, queryset, name, value):
        return queryset.filter(pk__in=list(translation_gaps(value)))


class TranslationStatusView(PageReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    results_template_name = "wagtailadmin/reports/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "missing_text", "last_published_at"]
    export_headings = {
        "title": _("Page"),
        "missing_text": _("Missing"),
        "last_published_at": _("Last published"),
    }

    @cached_property
    def permission_policy(self):
        return PagePermissionPolicy()

    @cached_property
    def gaps(self):
        return translation_gaps(self.request.GET.get("language") or None)

    def get_queryset(self):
        return (
            Page.objects.filter(pk__in=list(translation_gaps()))
            .select_related("content_type")
            .order_by("-last_published_at", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.translation_gaps = [
                {"field": field, "language": LANGUAGE_NAMES.get(code, code), "code": code}
                for field, code in self.gaps.get(page.pk, [])
            ]
            page.missing_text = "; ".join(f"{g['field']} ({g['language']})" for g in page.translation_gaps)
        return object_list

    def to_row_dict(self, item):
        if not hasattr(item, "missing_text"):
            self.decorate_paginated_queryset([item])
        return super().to_row_dict(item)


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"])


def admin_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


def menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="globe",
        order=1150,
    )
