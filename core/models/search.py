"""The public site's search index: one normalised document per page and language."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What the site search reads: written on publish, removed on unpublish (core/search.py).

    ``text`` holds the page's words in one language after Arabic normalisation (core/arabic.py),
    so queries, normalised the same way, match whatever the spelling. Results are drawn from
    these rows alone: a results page costs the same few queries however many pages exist.

    ``vector`` is ``text`` as a stored tsvector (the ``simple`` configuration), written with the
    row on PostgreSQL (core.search.fill_vectors) and GIN-indexed there (migration 0007); it
    stays empty on SQLite, where search matches ``text`` by substring.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=5)
    kind = models.CharField(_("type"), max_length=100)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    url = models.CharField(_("address"), max_length=1000)
    date = models.DateTimeField(_("date"), null=True, blank=True)
    text = models.TextField(_("indexed text"))
    vector = SearchVectorField(_("search vector"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("search document")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_search_document_per_language")
        ]
        indexes = [
            models.Index(fields=["language", "kind"], name="search_doc_lang_kind"),
            models.Index(fields=["language", "-date"], name="search_doc_lang_date"),
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"
