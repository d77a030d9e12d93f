from django import forms
from django.utils.translation import gettext_lazy as _

from core.sanitize import clean_submitted_text
from feedback.models import COMMENT_MAX

HONEYPOT_FIELD = "website_address"


class CommentField(forms.CharField):
    """Free text without control, bidirectional-override or zero-width characters (line breaks kept)."""

    def to_python(self, value):
        if isinstance(value, str):
            value = clean_submitted_text(value, multiline=True)
        return super().to_python(value)


class FeedbackForm(forms.Form):
    useful = forms.TypedChoiceField(
        label=_("Was this page useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={
            "required": _("Choose Yes or No."),
            "invalid_choice": _("Choose Yes or No."),
        },
    )
    comment = CommentField(
        label=_("Comment (optional)"),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    website_address = forms.CharField(required=False, max_length=200)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"feedback-{name}-error"}
                )

    @property
    def honeypot_filled(self) -> bool:
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())
