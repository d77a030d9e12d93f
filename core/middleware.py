from django.conf import settings
from django.utils import translation


class RememberLanguageMiddleware:
    """Remember the language of the last page read, so "/" opens in it next time.

    Set only when it changes, on successful HTML pages under a language prefix.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        response = self.get_response(request)
        prefix = request.path_info.split("/", 2)[1] if request.path_info.count("/") >= 2 else ""
        if (
            prefix in self.codes
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != prefix
            and prefix == translation.get_language()
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                prefix,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
                httponly=False,
            )
        return response
