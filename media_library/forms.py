"""Page forms that refuse to publish an image without alternative text.

An editor may save a draft with any image. Publishing, or submitting for approval, checks
every image the page shows — image fields, images inside StreamField blocks, and inline
photographs (a gallery's) — and asks for the alternative text in each language the page
is published in: Arabic always, English when the page has an English title.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage

PUBLISHING_ACTIONS = ("action-publish", "action-submit")
LANGUAGE_NAMES = {"ar": _("Arabic"), "en": _("English")}


def images_in(value):
    """Every image inside a field value: an image, a stream, a struct or a list of them."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from images_in(child.value)
    elif isinstance(value, StructValue | dict):
        for child in value.values():
            yield from images_in(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from images_in(child)


def field_language(name: str) -> str | None:
    for code, _name in settings.LANGUAGES:
        if name.endswith(f"_{code}"):
            return code
    return None


class AltTextRequiredPageForm(WagtailAdminPageForm):
    def is_publishing(self) -> bool:
        return any(action in self.data for action in PUBLISHING_ACTIONS)

    def page_languages(self) -> list[str]:
        languages = [settings.LANGUAGE_CODE]
        for code, _name in settings.LANGUAGES:
            if code != settings.LANGUAGE_CODE and (self.cleaned_data.get(f"title_{code}") or "").strip():
                languages.append(code)
        return languages

    def missing_alt_text(self):
        """(field name or None, image, language) for each image lacking alt text."""
        languages = self.page_languages()
        seen = set()
        sources = [(name, value) for name, value in self.cleaned_data.items()]
        for formset in self.formsets.values():
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data and not data.get("DELETE"):
                    sources.extend((None, value) for value in data.values())
        for name, value in sources:
            own_language = field_language(name) if name else None
            needed = [own_language] if own_language in languages else ([] if own_language else languages)
            for image in images_in(value):
                for language in needed:
                    if (image.pk, language) in seen or image.alt_text_in(language):
                        continue
                    seen.add((image.pk, language))
                    yield (name if isinstance(value, AbstractImage) else None), image, language

    def is_valid(self):
        valid = super().is_valid()
        if not (valid and self.is_publishing()):
            return valid
        problems = list(self.missing_alt_text())
        for field, image, language in problems:
            message = _(
                "The image “%(image)s” has no alternative text in %(language)s. "
                "Add it in the image library, then publish again."
            ) % {"image": image.title, "language": LANGUAGE_NAMES.get(language, language)}
            self.add_error(field if field in self.fields else None, message)
        return not problems
