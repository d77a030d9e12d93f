import functools

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import signals

        save_pages_in_default_language()
        signals.connect()


def save_pages_in_default_language():
    """Save every page with the default language (Arabic) active.

    modeltranslation writes the active language's value into the untranslated ``title``
    and ``slug`` columns of ``wagtailcore_page``, so a page published from an English
    admin would get an English ``title``. Wrapping the (already patched) ``save`` of each
    page model keeps those columns Arabic whatever language the editor works in.
    wagtail-modeltranslation's own save wrapper runs inside this one and still updates
    every language's URL path.
    """
    from django.conf import settings
    from django.utils import translation

    from wagtail.models import Page, get_page_models

    for model in {Page, *get_page_models()}:
        save = model.__dict__.get("save")
        if save is None or getattr(save, "saves_in_default_language", False):
            continue

        def make(original):
            @functools.wraps(original, assigned=("__doc__",), updated=())
            def save_in_default_language(self, *args, **kwargs):
                with translation.override(settings.LANGUAGE_CODE):
                    return original.__get__(self, type(self))(*args, **kwargs)

            save_in_default_language.saves_in_default_language = True
            return save_in_default_language

        model.save = make(save)
