"""The client's address for sign-in lockouts, behind a known number of reverse proxies, and
the admin permission policy for records that may be viewed and removed but never added or edited."""

from django.conf import settings

from wagtail.permission_policies import ModelPermissionPolicy


def client_ip(request) -> str:
    """REMOTE_ADDR, or the address the outermost trusted proxy saw.

    Each proxy appends the address it received the request from to X-Forwarded-For, so with
    N trusted proxies the client is the N-th entry from the right; anything further left was
    written by the client itself and cannot be trusted.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets: what happened, how long, and whom to ask (HTTP 429)."""
    from django.shortcuts import render

    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    minutes = max(int(cool_off.total_seconds() // 60), 1) if cool_off else None
    return render(
        request,
        "ops/lockout.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )


class RemoveOnlyPolicy(ModelPermissionPolicy):
    """Records written by something else (their owner, django-axes): in the admin they may be
    viewed and removed, never added or edited.

    ``permission`` (e.g. ``"auth.change_user"``), if given, is what viewing and removing take,
    and nothing else is allowed; without it each action takes the model's own permission.
    """

    def __init__(self, model, permission=None, **kwargs):
        super().__init__(model, **kwargs)
        self.permission = permission

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        if self.permission is None:
            return super().user_has_permission(user, action)
        if action in ("view", "delete"):
            return user.is_active and (user.is_superuser or user.has_perm(self.permission))
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if self.permission is None:
            return super().users_with_any_permission(actions)
        from django.contrib.auth import get_user_model
        from django.db.models import Q

        users = get_user_model().objects.filter(is_active=True)
        if not {"view", "delete"} & set(actions):
            return users.none()
        app_label, codename = self.permission.split(".", 1)
        holds = {"codename": codename, "content_type__app_label": app_label}
        return users.filter(
            Q(is_superuser=True)
            | Q(**{f"user_permissions__{key}": value for key, value in holds.items()})
            | Q(**{f"groups__permissions__{key}": value for key, value in holds.items()})
        ).distinct()
