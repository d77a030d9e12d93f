"""Settings shared by every environment.

Each value that differs between a laptop and production comes from an environment
variable (see env.py); the defaults here are the embedded ones a fresh clone runs with:
SQLite, media on the local disk, a local-memory cache.
"""

from pathlib import Path

from wagtail.embeds import oembed_providers

import dj_database_url

from .env import env_bool, env_choice, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = env_str("DJANGO_SECRET_KEY")  # dev.py and test.py supply a throwaway one
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# A failed CSRF check on a form page gives the form back with what the visitor typed.
CSRF_FAILURE_VIEW = "contact.views.csrf_failure"
# Public forms are limited per visitor address. Behind a proxy or CDN, name the header that
# carries the visitor's real address (e.g. HTTP_X_REAL_IP), or every visitor shares one limit.
RATELIMIT_IP_META_KEY = env_str("RATELIMIT_IP_META_KEY", "REMOTE_ADDR")
# Accepted messages per visitor address on a contact form (django-ratelimit rate: "5/h", "20/d").
CONTACT_RATE_LIMIT = env_str("CONTACT_RATE_LIMIT", "5/h")

INSTALLED_APPS = [
    # wagtail-modeltranslation must come before every app whose models it translates,
    # and its migrate/makemigrations wrappers before Django's own.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "core",
    "media_library",
    "departments",
    "news",
    "services",
    "events",
    "contact",
    "feedback",
    "screens",
    "perf",
    "ops",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "csp",
    "axes",  # last, as django-axes asks
]

# --- Two-factor sign-in for the admin (django-otp TOTP, accounts/): "optional" (default): any
# member of staff may set up an authenticator app under Account → Two-factor sign-in and is then
# asked for a code at every sign-in, and a group given the "Must sign in with an authenticator
# app" permission must set one up; "required": all staff must; "off": no codes are asked.
ADMIN_2FA = env_choice("ADMIN_2FA", "optional", {"optional", "required", "off"})
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "MOI Public Relations and Media")

MIDDLEWARE = [
    "ops.middleware.RequestIdMiddleware",  # first: every log line of the request carries its id
    "ops.outage.DatabaseUnavailableMiddleware",  # database down: a bilingual 503, not a 500
    "django.middleware.security.SecurityMiddleware",
    "ops.middleware.SecurityHeadersMiddleware",
    "ops.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.RememberLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "perf.middleware.AnonymousPageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.TwoFactorMiddleware",  # admin only: the second sign-in step
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into the lockout page
]

ROOT_URLCONF = "ministry_site.urls"
WSGI_APPLICATION = "ministry_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: SQLite by default, anything dj-database-url understands via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,  # a connection the server dropped is replaced on its next use
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails the request (503) within seconds instead of hanging.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int("DATABASE_CONNECT_TIMEOUT", 5)
# Retry-After (seconds) on the 503 page a database outage gives (ops.outage).
DATABASE_UNAVAILABLE_RETRY_AFTER = env_int("DATABASE_UNAVAILABLE_RETRY_AFTER", 30)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: local memory by default, Redis when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ministry",
            "OPTIONS": {
                # A cache outage degrades to a cache miss; the database still answers.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                # ... and after one failure Redis is left alone for CACHE_BREAKER_SECONDS, so a
                # page does not wait on dozens of refused connections (ops/cache.py).
                "REDIS_CLIENT_CLASS": "ops.cache.CircuitBreakerRedis",
            },
        }
    }
    CACHE_BREAKER_SECONDS = env_int("CACHE_BREAKER_SECONDS", 5)
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False  # ops.cache logs each outage once, not every miss
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: Arabic first (and the fallback), English second.
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Hebron"
USE_TZ = True
LANGUAGE_COOKIE_NAME = "site_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_LANGUAGES = ("ar", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("ar",)}  # English falls back to Arabic
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

# --- Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

# --- Wagtail.
WAGTAIL_SITE_NAME = "وزارة الداخلية — الإدارة العامة للعلاقات العامة والإعلام"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False  # one page tree; modeltranslation translates fields
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILIMAGES_IMAGE_MODEL = "media_library.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "media_library.CustomDocument"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {
    "bmp": "webp",
    "gif": "gif",
    "png": "webp",
    "jpeg": "webp",
    "webp": "webp",
}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "csv", "txt"]
# Uploads are checked by content, not by name, and their file names normalised (media_library.uploads).
WAGTAILIMAGES_IMAGE_FORM_BASE = "media_library.uploads.SafeImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "media_library.uploads.SafeDocumentForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Embeds from YouTube and Vimeo only (core.embeds); keep in step with the CSP's frame-src below.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "core.embeds.TrustedOEmbedFinder",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
        "hosts": [
            "youtube.com",
            "www.youtube.com",
            "m.youtube.com",
            "youtu.be",
            "www.youtube-nocookie.com",
            "vimeo.com",
            "www.vimeo.com",
            "player.vimeo.com",
        ],
        "names": ["YouTube", "Vimeo"],
    }
]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin (privacy, CSP)
WAGTAILSEARCH_HITS_MAX_AGE = 30

# --- Anonymous page cache (perf/middleware.py) and CDN purges (perf/frontend.py).
PERF_PAGE_CACHE = env_bool("PERF_PAGE_CACHE", False)  # on in dev.py and production.py
PERF_PAGE_CACHE_TIMEOUT = env_int("PERF_PAGE_CACHE_TIMEOUT", 600)
PERF_PAGE_CACHE_SEARCH_TIMEOUT = env_int("PERF_PAGE_CACHE_SEARCH_TIMEOUT", 120)
PERF_PAGE_CACHE_SEARCH_LIMIT = env_int("PERF_PAGE_CACHE_SEARCH_LIMIT", 1000)
PERF_PAGE_CACHE_MAX_QUERY = env_int("PERF_PAGE_CACHE_MAX_QUERY", 200)
PERF_BROWSER_MAX_AGE = env_int("PERF_BROWSER_MAX_AGE", 60)
PERF_CDN_MAX_AGE = env_int("PERF_CDN_MAX_AGE", 300)
# A CDN or reverse proxy purged on publish: "http" (Varnish/nginx PURGE at
# FRONTEND_CACHE_LOCATION) or "cloudflare" (CLOUDFLARE_BEARER_TOKEN, CLOUDFLARE_ZONE_ID).
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_BACKEND") == "http":
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_LOCATION"),
    }
elif env_str("FRONTEND_CACHE_BACKEND") == "cloudflare":
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
    }
WAGTAILFRONTENDCACHE_LANGUAGES = []  # slugs differ per language: perf/frontend.py lists each URL

# --- Site behaviour.
ADMIN_URL_PATH = env_str("ADMIN_URL_PATH", "admin").strip("/")

# --- E-mail.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@moi.example")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_TIMEOUT = 10

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "ops.logging.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "ops.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": env_str("LOG_FORMAT", "plain"),
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
    },
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=()"
)

# --- Content-Security-Policy (django-csp). Scripts only from this site, no inline code
# (a page that needs some adds nonce="{{ request.csp_nonce }}"); no framing except by the
# site itself where a view allows it (Wagtail's live preview, see ops.middleware).
_csp_report_uri = env_str("CSP_REPORT_URI", "")
_csp_directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    # Wagtail's admin and its editors set style attributes in markup; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", "https:"],
    "frame-src": [
        "'self'",
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    ],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    **({"report-uri": [_csp_report_uri]} if _csp_report_uri else {}),
}
# (Names of local helpers start with "_": django-csp rejects its old CSP_* setting names.)
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _csp_directives}

# --- Admin sign-in: django-axes locks an account, and separately an address, after
# repeated failures; a webmaster unlocks early under Settings → Locked sign-ins, or
# `manage.py axes_reset_username NAME` / `axes_reset_ip ADDRESS`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",  # checks lockouts; a ModelBackend too, so force_login works
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one reaching the limit locks
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ops.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "ops.security.client_ip"
AXES_VERBOSE = False
# How many reverse proxies in front of the app append to X-Forwarded-For (0: none, use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

DEMO_CONTENT = env_bool("DEMO_CONTENT", True)
