from modeltranslation.translator import TranslationOptions, register

from events.models import EventIndexPage, EventPage


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("place_name", "place_address", "body")
