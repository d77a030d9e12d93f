from modeltranslation.translator import TranslationOptions, register

from departments.models import AdministrationPage, DivisionPage


@register(AdministrationPage)
class AdministrationPageTR(TranslationOptions):
    fields = ("intro", "about", "main_goal", "tasks", "body")


@register(DivisionPage)
class DivisionPageTR(TranslationOptions):
    fields = ("mission", "tasks", "head_name", "head_title", "address", "office_hours", "body")
