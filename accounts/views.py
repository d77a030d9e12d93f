import base64

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

import segno
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import policy
from .forms import DisableForm, EnrolForm, VerifyForm


def _next_url(request) -> str:
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


@sensitive_post_parameters("otp_token")
@never_cache
def verify(request):
    """Sign-in, second step. Reached after the password, by staff who have an authenticator."""
    if not policy.enabled() or not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = _confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_next_url(request))
    form = VerifyForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return TemplateResponse(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.is_bound else 200,
    )


def _qr_svg(device) -> str:
    # segno writes plain SVG paths (no script); a light background keeps it readable in dark mode.
    return mark_safe(segno.make(device.config_url, error="m").svg_inline(scale=4, light="#fff"))  # noqa: S308


def _key_in_groups(device) -> str:
    key = base64.b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@sensitive_post_parameters("otp_token", "password")
@never_cache
def manage(request):
    """Account → Two-factor sign-in: set up an authenticator app, or remove it."""
    if not policy.enabled():
        return redirect("wagtailadmin_home")
    user = request.user
    device = _confirmed_device(user)
    required = policy.must_use_two_factor(user)
    context = {"device": device, "required": required, "page_title": _("Two-factor sign-in")}

    if device is not None:
        form = DisableForm(request.POST or None, request=request)
        if request.method == "POST" and not required and form.is_valid():
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Two-factor sign-in is off. Only your password is asked for now."))
            return redirect("accounts_two_factor")
        context["disable_form"] = form
        return TemplateResponse(request, "accounts/two_factor_manage.html", context)

    # No authenticator yet: one unconfirmed key is kept until a code from the app confirms it.
    pending = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if pending is None:
        pending = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = EnrolForm(request.POST or None, device=pending, request=request)
    if request.method == "POST" and form.is_valid():
        pending.confirmed = True
        pending.save(update_fields=["confirmed"])
        otp_login(request, pending)
        messages.success(request, _("Two-factor sign-in is on. Each sign-in will now ask for a code."))
        return redirect(_next_url(request) if request.GET.get(REDIRECT_FIELD_NAME) else "accounts_two_factor")
    context.update(
        enrol_form=form,
        qr_svg=_qr_svg(pending),
        key=_key_in_groups(pending),
        issuer=settings.OTP_TOTP_ISSUER,
        next=request.GET.get(REDIRECT_FIELD_NAME, ""),
    )
    return TemplateResponse(
        request, "accounts/two_factor_manage.html", context, status=400 if form.is_bound else 200
    )
