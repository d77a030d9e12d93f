"""gunicorn settings for production (read by `gunicorn --config gunicorn.conf.py`).

Synchronous workers: every page is rendered from the database or the cache in a few
milliseconds, with no long-polling or websockets, so the simple, robust sync worker is the
right fit; slow clients are absorbed by the reverse proxy / CDN in front of gunicorn.
"""

import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))  # a stuck request is killed, not queued forever
graceful_timeout = 20
keepalive = 5
max_requests = 2000  # recycle workers now and then: memory stays flat
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
