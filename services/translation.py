from modeltranslation.translator import TranslationOptions, register

from services.models import ServiceCategory, ServiceIndexPage, ServicePage


@register(ServiceCategory)
class ServiceCategoryTR(TranslationOptions):
    fields = ("name", "description")


@register(ServiceIndexPage)
class ServiceIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ServicePage)
class ServicePageTR(TranslationOptions):
    fields = ("summary", "eligibility", "documents", "steps", "fee_note", "processing_time", "places", "faq")
