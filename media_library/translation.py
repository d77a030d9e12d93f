from modeltranslation.translator import TranslationOptions, register

from .models import CustomDocument, CustomImage


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("alt_text", "caption", "credit")


@register(CustomDocument)
class CustomDocumentTR(TranslationOptions):
    fields = ("title",)
