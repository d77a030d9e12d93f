from modeltranslation.translator import TranslationOptions, register

from contact.models import FormField, FormPage


@register(FormPage)
class FormPageTR(TranslationOptions):
    fields = ("intro", "thank_you_text")


@register(FormField)
class FormFieldTR(TranslationOptions):
    fields = ("label", "help_text", "choices")
