"""gunicorn settings for production (read by `gunicorn --config gunicorn.conf.py`).

Why these values (README "Load (`make load`)" has the measurements behind them):

- Synchronous workers, (2 × CPUs) + 1 of them. A page is rendered from the cache or the
  database in a few milliseconds of CPU, with no long-polling or websockets; Python threads
  would share one interpreter lock for that CPU work, so they add no throughput, while a sync
  worker has one request, one database connection and one clear timeout. Slow clients and
  keep-alive connections are the reverse proxy's job (nginx buffers the request and the
  response, so a worker is never held by a slow phone line); without such a proxy in front,
  use GUNICORN_WORKER_CLASS=gthread (a thread waits on the slow client, not the process).
- ``timeout``: a worker silent for 30 s (a request stuck in a loop or on a dead socket) is
  killed and replaced, so one bad request cannot take a worker for good. Database waits are
  bounded well inside it (connect_timeout 5 s), and a database outage is a prompt 503.
- ``graceful_timeout``: on a deploy or restart (SIGTERM/SIGHUP) a worker gets 20 s to finish
  the request it has before it is killed; longer than any normal page, shorter than the 30 s
  most orchestrators wait before SIGKILL.
- ``keepalive``: how long an idle keep-alive connection is held (gthread only; a sync worker
  closes the connection after each response, which is right behind a proxy).
- ``max_requests`` with ``max_requests_jitter``: each worker is replaced after 2,000–2,200
  requests, so a slow leak (a library's cache, fragmentation) cannot grow for ever, and the
  jitter keeps the workers from all restarting at once.
- ``worker_tmp_dir``: the workers' heartbeat files on /dev/shm (memory), not on a container's
  overlay disk, where a stalled write can make healthy workers look hung and get them killed.
"""

import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))  # used by gthread only
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
