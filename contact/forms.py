"""The visitor-facing form built from the editor's fields: bounded sizes, bilingual choices,
a honeypot, error attributes that assistive technology announces, and text without invisible
control characters (core.sanitize.clean_submitted_text) before it is validated and stored."""

import django.forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.compat import URLField
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, _split_by_newline_or_comma

from core.sanitize import clean_submitted_text

# A field no person sees or fills; automated senders usually do.
HONEYPOT_FIELD = "website_address"
SINGLE_LINE_MAX = 255
MULTI_LINE_MAX = 5000

AUTOCOMPLETE = {"email": "email"}


class CleanTextMixin:
    """Control, bidirectional-override and zero-width characters are dropped before the usual
    cleaning, so a required field of only such characters is empty and the limits count what
    is kept. (NUL is left for Django's own check, which refuses it with a message.)"""

    multiline = False

    def to_python(self, value):
        if isinstance(value, str):
            value = clean_submitted_text(value, multiline=self.multiline)
        return super().to_python(value)


class CleanCharField(CleanTextMixin, django.forms.CharField):
    pass


class CleanMultiLineField(CleanTextMixin, django.forms.CharField):
    multiline = True


class CleanEmailField(CleanTextMixin, django.forms.EmailField):
    pass


class CleanURLField(CleanTextMixin, URLField):
    pass


class AccessibleForm(BaseForm):
    """Links each input to its help text and error message, and marks invalid inputs."""

    honeypot_name = HONEYPOT_FIELD

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name == HONEYPOT_FIELD:
                continue
            if field.help_text:
                field.widget.attrs["aria-describedby"] = self.help_id(name)

    def help_id(self, name):
        return f"{self.auto_id % name}-help"

    def error_id(self, name):
        return f"{self.auto_id % name}-error"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            field = self.fields.get(name)
            if field is None:
                continue
            ids = [self.error_id(name)]
            if field.help_text:
                ids.append(self.help_id(name))
            field.widget.attrs["aria-describedby"] = " ".join(ids)
            field.widget.attrs["aria-invalid"] = "true"

    @property
    def honeypot_filled(self) -> bool:
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    @property
    def visible_form_fields(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def submitted_data(self):
        """What the visitor sent, without the honeypot: stored and mailed."""
        return {key: value for key, value in self.cleaned_data.items() if key != HONEYPOT_FIELD}


class SiteFormBuilder(FormBuilder):
    """Wagtail's builder with length limits everywhere and choices stored in Arabic.

    Choices are written in both languages, one per line, in the same order: the stored value
    is always the Arabic (default-language) text, so submissions read the same whatever
    language the sender used; the visitor sees the labels of their own language.
    """

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX
        return CleanCharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTI_LINE_MAX
        options["widget"] = django.forms.Textarea(attrs={"rows": 8})
        return CleanMultiLineField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        options["widget"] = django.forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"})
        return CleanEmailField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX
        field_obj = CleanURLField(**options)
        field_obj.widget.attrs["dir"] = "ltr"
        return field_obj

    def create_number_field(self, field, options):
        options["max_digits"] = 15
        options["decimal_places"] = 2
        return django.forms.DecimalField(**options)

    def create_date_field(self, field, options):
        options["widget"] = django.forms.DateInput(attrs={"type": "date"})
        return django.forms.DateField(**options)

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX
        options["widget"] = django.forms.HiddenInput
        return CleanCharField(**options)

    def create_dropdown_field(self, field, options):
        # An explicit empty first option: nothing is chosen for the visitor by default.
        options["choices"] = [("", _("Choose…")), *self.get_formatted_field_choices(field)]
        return django.forms.ChoiceField(**options)

    def get_formatted_field_choices(self, field):
        values = _split_by_newline_or_comma(getattr(field, "choices_ar", None) or field.choices)
        language = (translation.get_language() or "ar")[:2]
        own = getattr(field, f"choices_{language}", None) or ""
        labels = _split_by_newline_or_comma(own) if own else []
        if len(labels) != len(values):
            labels = values
        return list(zip(values, labels, strict=True))

    def get_form_class(self):
        fields = dict(self.formfields)
        fields[HONEYPOT_FIELD] = django.forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            max_length=200,
            widget=django.forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return type("SiteForm", (AccessibleForm,), fields)
