"""Ask staff for their second factor before the admin opens.

django-otp's middleware marks ``request.user.is_verified()``; this subclass then sends a member
of staff who has not yet given a code (or who must set up an authenticator first) to the right
page, for admin URLs only: public pages are never slowed or redirected.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse

from django_otp.middleware import OTPMiddleware

from . import policy

# Always reachable: signing in and out, and what those pages load.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_two_factor_verify",
}
# Also reachable by someone who must set up an authenticator and has none yet.
SETUP_URL_NAMES = OPEN_URL_NAMES | {"accounts_two_factor"}


class TwoFactorMiddleware(OTPMiddleware):
    def __call__(self, request):
        self._install_lazy_accessors(request)
        redirect = self._second_factor_redirect(request)
        return redirect or self.get_response(request)

    def _second_factor_redirect(self, request):
        if not policy.enabled() or not request.path_info.startswith(f"/{settings.ADMIN_URL_PATH}/"):
            return None
        user = request.user
        if not policy.has_admin_access(user) or user.is_verified():
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if url_name in OPEN_URL_NAMES:
            return None
        if policy.has_authenticator(user):
            return redirect_to_login(request.get_full_path(), reverse("accounts_two_factor_verify"))
        if policy.must_use_two_factor(user) and url_name not in SETUP_URL_NAMES:
            return redirect_to_login(request.get_full_path(), reverse("accounts_two_factor"))
        return None
