"""Admin reports: counts of "Was this page useful?" answers per page, and the comments."""

import datetime

from django.db.models import Count, Max, Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import ModelPermissionPolicy

from feedback.models import PageFeedback


def _yes(language=None):
    condition = Q(feedback_entries__useful=True)
    if language:
        condition &= Q(feedback_entries__language=language)
    return Count("feedback_entries", filter=condition)


def _no(language=None):
    condition = Q(feedback_entries__useful=False)
    if language:
        condition &= Q(feedback_entries__language=language)
    return Count("feedback_entries", filter=condition)


class FeedbackPermissionMixin:
    any_permission_required = ["view"]

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(PageFeedback)


class FeedbackCountsReport(FeedbackPermissionMixin, ReportView):
    """One row per page that has answers: yes and no, in each language and in total."""

    page_title = _("Page feedback")
    header_icon = "help"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    paginate_by = 50
    list_export = ["title", "yes", "no", "yes_ar", "no_ar", "yes_en", "no_en", "comments", "latest"]
    export_headings = {
        "title": _("Page"),
        "yes": _("Yes"),
        "no": _("No"),
        "yes_ar": _("Yes (Arabic)"),
        "no_ar": _("No (Arabic)"),
        "yes_en": _("Yes (English)"),
        "no_en": _("No (English)"),
        "comments": _("Comments"),
        "latest": _("Latest answer"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
            ),
            Column("yes", label=_("Yes")),
            Column("no", label=_("No")),
            Column("useful_share", label=_("Useful (%)")),
            Column("yes_ar", label=_("Yes (Arabic)")),
            Column("no_ar", label=_("No (Arabic)")),
            Column("yes_en", label=_("Yes (English)")),
            Column("no_en", label=_("No (English)")),
            Column("comments", label=_("Comments")),
            DateColumn("latest", label=_("Latest answer")),
        ]

    def get_queryset(self):
        return (
            Page.objects.filter(feedback_entries__isnull=False)
            .annotate(
                yes=_yes(),
                no=_no(),
                yes_ar=_yes("ar"),
                no_ar=_no("ar"),
                yes_en=_yes("en"),
                no_en=_no("en"),
                comments=Count("feedback_entries", filter=~Q(feedback_entries__comment="")),
                latest=Max("feedback_entries__created_at"),
            )
            .order_by("-latest", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            total = page.yes + page.no
            page.useful_share = round(100 * page.yes / total) if total else 0
        return object_list

    def get_filename(self):
        return f"page-feedback-{datetime.date.today():%Y-%m-%d}"


class FeedbackCommentsReport(FeedbackPermissionMixin, ReportView):
    """The answers that came with a comment, newest first."""

    page_title = _("Page feedback comments")
    header_icon = "comment"
    index_url_name = "feedback_comments_report"
    index_results_url_name = "feedback_comments_report_results"
    paginate_by = 50
    list_export = ["page", "language", "useful", "comment", "created_at"]
    export_headings = {
        "page": _("Page"),
        "language": _("Language"),
        "useful": _("Useful"),
        "comment": _("Comment"),
        "created_at": _("Sent at"),
    }

    @cached_property
    def columns(self):
        return [
            Column("page", label=_("Page")),
            Column("language", label=_("Language")),
            Column("useful_text", label=_("Useful")),
            Column("comment", label=_("Comment")),
            DateColumn("created_at", label=_("Sent at")),
        ]

    def get_queryset(self):
        return PageFeedback.objects.exclude(comment="").select_related("page").order_by("-created_at")

    def decorate_paginated_queryset(self, object_list):
        for entry in object_list:
            entry.useful_text = _("Yes") if entry.useful else _("No")
        return object_list

    def get_filename(self):
        return f"page-feedback-comments-{datetime.date.today():%Y-%m-%d}"


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return [
        path("reports/page-feedback/", FeedbackCountsReport.as_view(), name="feedback_report"),
        path(
            "reports/page-feedback/results/",
            FeedbackCountsReport.as_view(results_only=True),
            name="feedback_report_results",
        ),
        path(
            "reports/page-feedback/comments/",
            FeedbackCommentsReport.as_view(),
            name="feedback_comments_report",
        ),
        path(
            "reports/page-feedback/comments/results/",
            FeedbackCommentsReport.as_view(results_only=True),
            name="feedback_comments_report_results",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return ModelPermissionPolicy(PageFeedback).user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackMenuItem(_("Page feedback"), reverse("feedback_report"), icon_name="help", order=900)


@hooks.register("register_reports_menu_item")
def register_feedback_comments_menu_item():
    return FeedbackMenuItem(
        _("Page feedback comments"), reverse("feedback_comments_report"), icon_name="comment", order=901
    )
