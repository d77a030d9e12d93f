"""Images and documents with the bilingual metadata a visitor reads."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image with alt text, caption and credit in Arabic and English.

    ``alt_text``, ``caption`` and ``credit`` are translated by modeltranslation
    (see translation.py): reading them gives the active language's value.
    """

    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required to publish it on a page."),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (
        *Image.admin_form_fields,
        "alt_text_ar",
        "alt_text_en",
        "caption_ar",
        "caption_en",
        "credit_ar",
        "credit_en",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        # Used by Wagtail's {% image %}, {% picture %} and {% srcset_image %} tags.
        return self.alt_text or ""


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """A document with its title in Arabic and English."""

    admin_form_fields = (*Document.admin_form_fields, "title_ar", "title_en")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
