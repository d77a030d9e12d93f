from django import forms
from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _


class CodeField(forms.CharField):
    """Six digits from the authenticator app; spaces and dashes people type are ignored."""

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Code from your authenticator app"),
            max_length=16,
            widget=forms.TextInput(
                attrs={
                    "inputmode": "numeric",
                    "autocomplete": "one-time-code",
                    "autofocus": True,
                    "dir": "ltr",
                }
            ),
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        digits = value.replace(" ", "").replace("-", "")
        if not (digits.isascii() and digits.isdigit() and len(digits) == 6):
            raise forms.ValidationError(
                _("Enter the six digits your authenticator app shows."), code="format"
            )
        return digits


class VerifyForm(forms.Form):
    """Sign-in, second step: a code from the user's confirmed device."""

    otp_token = CodeField()

    def __init__(self, *args, device, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.errors:  # a code is only spent once everything else is right
            return cleaned
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            self.add_error(
                "otp_token",
                forms.ValidationError(
                    _("Too many tries. Wait a few seconds, then enter the newest code."), code="throttled"
                ),
            )
        elif not self.device.verify_token(cleaned["otp_token"]):
            self.add_error(
                "otp_token",
                forms.ValidationError(
                    _("That code is not right, or has expired. Enter the newest code."), code="invalid"
                ),
            )
        return cleaned


class PasswordCheckMixin:
    def clean_password(self):
        password = self.cleaned_data.get("password", "")
        user = authenticate(self.request, username=self.request.user.get_username(), password=password)
        if user is None or user.pk != self.request.user.pk:
            raise forms.ValidationError(_("Your password is not right."), code="password")
        return password


class EnrolForm(PasswordCheckMixin, VerifyForm):
    """Setting up: the first code proves the app holds the key; the password proves it is you."""

    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    field_order = ["password", "otp_token"]

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)


class DisableForm(PasswordCheckMixin, forms.Form):
    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)
