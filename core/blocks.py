"""StreamField blocks shared by every page type, and the one base stream they form.

Display logic lives in the StructValue classes; templates only print. Rich text is cleaned
whenever a block reads or writes it (``SafeRichTextBlock``, core.sanitize) and embeds come
from trusted providers only (``TrustedEmbedBlock``, core.embeds).
"""

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from core.embeds import clean_player_html, is_trusted_url, trusted_hosts, untrusted_message
from core.sanitize import clean_rich_text, is_safe_link
from core.text import human_file_size


class SafeRichTextBlock(blocks.RichTextBlock):
    """A RichTextBlock whose HTML is cleaned when it is read (so also when it is rendered)
    and when it is stored, whatever wrote it: the editor, an import, a script, a revision."""

    def to_python(self, value):
        return RichText(clean_rich_text(value))

    def get_prep_value(self, value):
        source = value.source if isinstance(value, RichText) else value
        return clean_rich_text(source)

    def normalize(self, value):
        if isinstance(value, RichText):
            return RichText(clean_rich_text(value.source))
        return self.to_python(value)


class TrustedEmbedValue(EmbedValue):
    @cached_property
    def html(self):
        """The provider's player, or "" (an address from elsewhere, stored before the check or
        written by a script, shows nothing; nor does an embed without a usable player)."""
        if not is_trusted_url(self.url):
            return ""
        try:
            embed = get_embed(self.url, self.max_width, self.max_height)
        except EmbedException:
            return ""
        embed.html = clean_player_html(embed.html, trusted_hosts())
        if not embed.html:
            return ""
        return render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed})


class TrustedEmbedBlock(EmbedBlock):
    """Wagtail's embed block for trusted providers only, refused with a clear message otherwise."""

    def _value(self, url):
        if not url:
            return None
        return TrustedEmbedValue(
            url, getattr(self.meta, "max_width", None), getattr(self.meta, "max_height", None)
        )

    def to_python(self, value):
        return self._value(value)

    def value_from_form(self, value):
        return self._value(value)

    def normalize(self, value):
        if isinstance(value, EmbedValue):
            return self._value(value.url)
        return self._value(value)

    def deconstruct(self):
        # Stored values are the same URL strings: migrations keep naming Wagtail's block, so
        # this check adds no migration to every app whose stream has a video block.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.embeds.blocks.EmbedBlock", args, kwargs

    def clean(self, value):
        url = value.url if isinstance(value, EmbedValue) else value
        if url and not is_trusted_url(url):
            raise ValidationError(untrusted_message())
        return super().clean(value)


class HeadingValue(blocks.StructValue):
    @property
    def tag(self):
        return self.get("level") or "h2"

    @property
    def anchor(self):
        from django.utils.text import slugify

        return slugify(self.get("text") or "", allow_unicode=True)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"
        value_class = HeadingValue
        preview_value = {"text": "المهام الرئيسية", "level": "h2"}
        description = _("A section heading")


class ImageValue(blocks.StructValue):
    @property
    def caption_text(self):
        image = self.get("image")
        return self.get("caption") or (image.caption if image else "")

    @property
    def credit_text(self):
        image = self.get("image")
        return image.credit if image else ""


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        help_text=_("Leave empty to use the image's own caption."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"
        value_class = ImageValue


class QuoteValue(blocks.StructValue):
    @property
    def has_attribution(self):
        return bool(self.get("attribution"))


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"
        value_class = QuoteValue
        preview_value = {
            "quote": "نشر رسالة الوزارة والتعريف برؤيتها وكسب ثقة المواطنين.",
            "attribution": "الإدارة العامة للعلاقات العامة والإعلام",
        }


class DocumentValue(blocks.StructValue):
    @property
    def link_text(self):
        document = self.get("document")
        return self.get("label") or (document.title if document else "")

    @property
    def file_type(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""

    @property
    def file_size(self):
        document = self.get("document")
        if not document:
            return ""
        try:
            return human_file_size(document.get_file_size() or 0)
        except (OSError, ValueError):
            return ""


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Leave empty to use the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/blocks/document_block.html"
        value_class = DocumentValue


class VideoBlock(blocks.StructBlock):
    video = TrustedEmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), required=False)

    class Meta:
        icon = "media"
        label = _("Embedded video")
        template = "components/blocks/video_block.html"


class ParagraphBlock(SafeRichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "components/blocks/paragraph_block.html"
        preview_value = (
            "<p>تعتبر الإدارة العامة للعلاقات العامة والإعلام نافذة الوزارة التي تطل منها على الجمهور.</p>"
        )


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers; apps extend it rather than start again."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    table = TableBlock(
        label=_("Table"),
        icon="table",
        table_options={"renderer": "text", "startRows": 3, "startCols": 3},
    )

    class Meta:
        label = _("Body")


class LinkValue(blocks.StructValue):
    """A link to a page or an address, labelled in the visitor's language."""

    @property
    def label(self):
        from django.utils.translation import get_language

        language = (get_language() or "ar")[:2]
        own = self.get(f"label_{language}") or self.get("label_ar")
        page = self.get("page")
        return own or (page.title if page else self.get("url", ""))

    @property
    def href(self):
        page = self.get("page")
        if page:
            return page.url
        url = self.get("url", "") or ""
        return url if is_safe_link(url) else ""  # never a javascript: address, however it was stored


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)
    label_ar = blocks.CharBlock(label=_("Label in Arabic"), required=False, max_length=80)
    label_en = blocks.CharBlock(label=_("Label in English"), required=False, max_length=80)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue
        form_classname = "link-block"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter an address, not both."))}
            )
        return value


class LatestPagesValue(blocks.StructValue):
    @property
    def pages(self):  # not "items": a StructValue is a dict
        source = self.get("source")
        if source is None or not source.live:
            return []
        return source.specific.listing_children(self.get("count") or 4)

    @property
    def more_url(self):
        source = self.get("source")
        return source.url if source is not None else ""


class LatestPagesBlock(blocks.StructBlock):
    """The newest pages of a section (news, events, galleries…), chosen by the editor."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=100)
    source = blocks.PageChooserBlock(label=_("Section"), help_text=_("Its newest pages are shown."))
    count = blocks.IntegerBlock(label=_("How many"), min_value=1, max_value=12, default=4)

    class Meta:
        icon = "list-ul"
        label = _("Latest from a section")
        template = "components/blocks/latest_pages_block.html"
        value_class = LatestPagesValue

    def render(self, value, context=None):
        """Cached per language until something is published: the home page stays cheap."""
        from django.core.cache import cache
        from django.utils.translation import get_language

        from core.navigation import content_version

        source = value.get("source")
        key = ":".join(
            [
                "block:latest",
                str(content_version()),
                (get_language() or "ar")[:2],
                str(source.pk if source else 0),
                str(value.get("count")),
                str(abs(hash(value.get("heading") or ""))),
            ]
        )
        html = cache.get(key)
        if html is None:
            html = super().render(value, context)
            cache.set(key, html, 60 * 60)
        return html


class QuickLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=100)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "link"
        label = _("Quick links")
        template = "components/blocks/quick_links_block.html"


class HomeStreamBlock(BaseStreamBlock):
    latest = LatestPagesBlock()
    quick_links = QuickLinksBlock()

    class Meta:
        label = _("Home page sections")
