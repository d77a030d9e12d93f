"""Images and documents with bilingual metadata, and the media centre's page types.

The media centre (المركز الإعلامي) holds photo galleries, videos and the publications
index. Every page here refuses to be published while an image it shows lacks alternative
text in a language the page is published in (see ``media_library.forms``).
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.embeds import clean_player_html, is_trusted_url, trusted_hosts, untrusted_message
from core.listing import in_active_language
from core.models import BasePage
from core.sanitize import SafeRichTextField, clean_file_name
from core.text import human_file_size
from media_library.forms import AltTextRequiredPageForm

DEFAULT_MAX_DOCUMENT_SIZE = 20 * 1024 * 1024


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

    def alt_text_in(self, language: str) -> str:
        return (getattr(self, f"alt_text_{language}", "") or "").strip()

    def get_upload_to(self, filename):
        # Wagtail's own version transliterates to ASCII; ours keeps Arabic letters and drops
        # folders and control, invisible and bidirectional characters (core.sanitize).
        return f"original_images/{clean_file_name(filename)}"


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """A document with its title in Arabic and English.

    A new file is checked: an allowed extension (``WAGTAILDOCS_EXTENSIONS``), a size limit
    (``WAGTAILDOCS_MAX_UPLOAD_SIZE``, else 20 MB) and content that really is of the type its
    name says (``media_library.uploads.check_document_content``). Its name is normalised.
    """

    admin_form_fields = (*Document.admin_form_fields, "title_ar", "title_en")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        super().clean()
        upload = self.file
        if not upload or getattr(upload, "_committed", True):
            return  # no file, or the one already stored
        try:
            size = upload.size
        except (OSError, ValueError):
            return
        # Wagtail's form checks WAGTAILDOCS_MAX_UPLOAD_SIZE when it is set; without it, ours applies.
        limit = DEFAULT_MAX_DOCUMENT_SIZE
        if getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None) is None and size > limit:
            raise ValidationError(
                {
                    "file": _("This file is too big (%(size)s). The largest document allowed is %(limit)s.")
                    % {"size": human_file_size(size), "limit": human_file_size(limit)}
                }
            )
        from media_library.uploads import check_document_content  # imports Wagtail's admin forms

        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        try:
            check_document_content(upload, extension)
        except ValidationError as error:
            raise ValidationError({"file": error}) from error

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            self.file.name = clean_file_name(self.file.name)
        super().save(*args, **kwargs)

    @property
    def file_type(self) -> str:
        return self.file_extension.upper()

    @property
    def human_size(self) -> str:
        size = self.file_size
        if size is None:
            try:
                size = self.get_file_size()
            except (OSError, ValueError):
                return ""
        return human_file_size(size or 0)


# --- The media centre -------------------------------------------------------------------


class MediaCentrePage(BasePage):
    """المركز الإعلامي: the latest galleries and videos, and a link to the publications."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = [
        "media_library.GalleryPage",
        "media_library.VideoPage",
        "media_library.PublicationIndexPage",
    ]
    max_count = 1
    template = "media_library/media_centre_page.html"

    LATEST = 6

    class Meta:
        verbose_name = _("media centre")

    def galleries(self):
        queryset = GalleryPage.objects.child_of(self).live().public().select_related("cover_image")
        return list(in_active_language(queryset).order_by("-date", "-pk")[: self.LATEST])

    def videos(self):
        queryset = VideoPage.objects.child_of(self).live().public().select_related("poster_image")
        return list(in_active_language(queryset).order_by("-date", "-pk")[: self.LATEST])

    def publication_indexes(self):
        return list(in_active_language(PublicationIndexPage.objects.child_of(self).live().public()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["galleries"] = self.galleries()
        context["videos"] = self.videos()
        context["publication_indexes"] = self.publication_indexes()
        return context


class GalleryPage(BasePage):
    """معرض الصور: an album of photographs with captions."""

    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)  # listings: newest first
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings; the first photograph is used if empty."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("cover_image"),
        InlinePanel("gallery_images", label=_("Photographs"), min_num=1),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["media_library.MediaCentrePage"]
    subpage_types = []
    base_form_class = AltTextRequiredPageForm
    template = "media_library/gallery_page.html"

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")

    kind = _("Photo gallery")

    @property
    def card_image(self):
        return self.cover_image or self.listing_image

    def photographs(self):
        return list(self.gallery_images.select_related("image").order_by("sort_order"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photographs"] = self.photographs()
        return context


class GalleryImage(Orderable):
    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(
        _("caption"), max_length=255, blank=True, help_text=_("Leave empty to use the image's own caption.")
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]

    @property
    def caption_text(self) -> str:
        return self.caption or self.image.caption

    @property
    def credit_text(self) -> str:
        return self.image.credit


class VideoPage(BasePage):
    """الفيديو: a video embedded through Wagtail embeds, with a description and a transcript."""

    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)  # listings: newest first
    video_url = models.URLField(_("video address"), help_text=_("A YouTube or Vimeo address."))
    poster_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings, and instead of the player if the video cannot be embedded."),
    )
    description = models.TextField(_("description"), blank=True, max_length=1000)
    transcript = SafeRichTextField(
        _("transcript"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("What is said and shown in the video, for people who cannot watch or hear it."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("video_url"),
        FieldPanel("poster_image"),
        FieldPanel("description"),
        FieldPanel("transcript"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("transcript"),
    ]

    parent_page_types = ["media_library.MediaCentrePage"]
    subpage_types = []
    base_form_class = AltTextRequiredPageForm
    template = "media_library/video_page.html"

    EMBED_FAILURE_SECONDS = 60 * 60
    kind = _("Video")

    @property
    def card_image(self):
        return self.poster_image or self.listing_image

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def clean(self):
        super().clean()
        if self.video_url and not is_trusted_url(self.video_url):
            raise ValidationError({"video_url": untrusted_message()})

    def embed(self):
        """The provider's player, or None when it cannot be embedded (remembered for an hour).

        Only a trusted provider's address is looked up (``core.embeds``); what is shown is the
        provider's player alone, however the embed was stored.
        """
        failure_key = f"video-embed-failed:{self.video_url}"
        if not self.video_url or not is_trusted_url(self.video_url) or cache.get(failure_key):
            return None
        try:
            embed = get_embed(self.video_url, max_width=960)
        except (EmbedException, OSError, ValueError):
            cache.set(failure_key, True, self.EMBED_FAILURE_SECONDS)
            return None
        embed.html = clean_player_html(embed.html, trusted_hosts())
        return embed if embed.html else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["embed"] = self.embed()
        return context


class PublicationType(models.TextChoices):
    REPORT = "report", _("Report")
    BROCHURE = "brochure", _("Brochure")
    PRESS_KIT = "press_kit", _("Press kit")


class PublicationIndexPage(BasePage):
    """الإصدارات: reports, brochures and press kits, newest first, with file type and size."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["media_library.MediaCentrePage", "core.HomePage"]
    subpage_types = ["media_library.PublicationPage"]
    max_count = 1
    template = "media_library/publication_index_page.html"

    PAGE_SIZE = 20

    class Meta:
        verbose_name = _("publications index")

    def publications(self):
        queryset = (
            PublicationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("document", "cover_image")
            .order_by("-date", "-pk")
        )
        return in_active_language(queryset)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.publications(), self.PAGE_SIZE)
        context["publications"] = paginator.get_page(request.GET.get("page"))
        return context


class PublicationPage(BasePage):
    """One publication: a PDF report, brochure or press kit, with a summary."""

    date = models.DateField(_("publication date"), default=timezone.localdate, db_index=True)
    publication_type = models.CharField(
        _("type"), max_length=20, choices=PublicationType.choices, default=PublicationType.REPORT
    )
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), blank=True, max_length=1000)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("publication_type"), FieldPanel("date"), FieldPanel("document")],
            heading=_("Publication"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("summary"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("summary")]

    parent_page_types = ["media_library.PublicationIndexPage"]
    subpage_types = []
    base_form_class = AltTextRequiredPageForm
    template = "media_library/publication_page.html"

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
