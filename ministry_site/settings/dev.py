from .base import *  # noqa: F401,F403
from .env import env_bool, env_str

DEBUG = env_bool("DJANGO_DEBUG", True)
# A throwaway key for a laptop; production.py has no default for it.
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = ["*"]
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Anonymous page cache on (one process: a publish purges it at once); PERF_PAGE_CACHE=false to debug.
PERF_PAGE_CACHE = env_bool("PERF_PAGE_CACHE", True)
