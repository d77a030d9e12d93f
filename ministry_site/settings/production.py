"""Production: every secret and host name comes from the environment, with no default."""

from .base import *  # noqa: F401,F403
from .env import env_bool, env_int, env_list, env_required, env_str

DEBUG = False
SECRET_KEY = env_required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    env_required("DJANGO_ALLOWED_HOSTS")

# HTTPS everywhere; behind a proxy or load balancer that terminates TLS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_COOKIE_AGE", 60 * 60 * 12)  # a working day
# Production logs: one JSON object a line, with the request id (LOG_FORMAT=plain to read by eye).
LOGGING["handlers"]["console"]["formatter"] = env_str("LOG_FORMAT", "json")  # noqa: F405

# Anonymous page cache: on. Its entries and version live in the configured cache, so with
# more than one process REDIS_URL must be set (each process's local memory would otherwise
# keep its own copy until PERF_PAGE_CACHE_TIMEOUT). PERF_QUERY_COUNT_HEADER is for the bench only.
PERF_PAGE_CACHE = env_bool("PERF_PAGE_CACHE", True)
if env_bool("PERF_QUERY_COUNT_HEADER", False):
    MIDDLEWARE = ["perf.middleware.QueryCountMiddleware", *MIDDLEWARE]  # noqa: F405

# Media: on the local disk (MEDIA_ROOT, a volume every app server mounts), or on S3-compatible
# object storage through django-storages when AWS_STORAGE_BUCKET_NAME is set. Credentials come
# from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the machine's role), as boto3 reads them.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES = {**STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage"}}  # noqa: F405
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL")  # MinIO, Ceph, another provider…
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME")
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")  # a CDN in front of the bucket
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)  # public media, plain URLs
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000"}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
