"""Answers to "Was this page useful?": yes or no, an optional comment, the page and language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX = 1000


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="feedback_entries",
    )
    language = models.CharField(_("language"), max_length=5)
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), blank=True, max_length=COMMENT_MAX)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "language"])]

    def __str__(self):
        return f"{self.page_id} {self.language} {'+' if self.useful else '-'}"
