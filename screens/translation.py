from modeltranslation.translator import TranslationOptions, register

from screens.models import DisplayScreenPage


@register(DisplayScreenPage)
class DisplayScreenPageTR(TranslationOptions):
    fields = ("location",)
