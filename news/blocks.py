"""The news body: the site's base stream plus an image gallery."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from core.blocks import BaseStreamBlock, DocumentBlock, ImageBlock


class ImageGalleryValue(blocks.StructValue):
    @property
    def photographs(self):
        return [item for item in self.get("images") or [] if item.get("image")]

    @property
    def count(self):
        return len(self.photographs)


class ImageGalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    images = blocks.ListBlock(ImageBlock(), label=_("Images"), min_num=2, max_num=24)

    class Meta:
        icon = "image"
        label = _("Image gallery")
        template = "components/blocks/image_gallery_block.html"
        value_class = ImageGalleryValue
        description = _("Two or more photographs shown together, each with its caption")


class NewsStreamBlock(BaseStreamBlock):
    gallery = ImageGalleryBlock()

    class Meta:
        label = _("Body")


class AttachmentStreamBlock(blocks.StreamBlock):
    document = DocumentBlock()

    class Meta:
        label = _("Attachments")
