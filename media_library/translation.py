from modeltranslation.translator import TranslationOptions, register

from .models import (
    CustomDocument,
    CustomImage,
    GalleryImage,
    GalleryPage,
    MediaCentrePage,
    PublicationIndexPage,
    PublicationPage,
    VideoPage,
)


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("alt_text", "caption", "credit")


@register(CustomDocument)
class CustomDocumentTR(TranslationOptions):
    fields = ("title",)


@register(MediaCentrePage)
class MediaCentrePageTR(TranslationOptions):
    fields = ("intro",)


@register(GalleryPage)
class GalleryPageTR(TranslationOptions):
    fields = ("intro",)


@register(GalleryImage)
class GalleryImageTR(TranslationOptions):
    fields = ("caption",)


@register(VideoPage)
class VideoPageTR(TranslationOptions):
    fields = ("description", "transcript")


@register(PublicationIndexPage)
class PublicationIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PublicationPage)
class PublicationPageTR(TranslationOptions):
    fields = ("summary",)
