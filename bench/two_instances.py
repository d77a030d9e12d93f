#!/usr/bin/env python3
"""Two gunicorn instances on different ports, one PostgreSQL, one Redis: same pages, shared publishes.

    BENCH_SIZE=1000 .venv/bin/python bench/two_instances.py

Uses the bench database `ministry_bench_<size>` (run `BENCH_KEEP=1 make bench` first) and
Redis at BENCH_REDIS_URL (redis://127.0.0.1:6379/13). Both instances run the production
settings with the page cache on. A news item is read through both (and is then cached in
Redis), its title is changed and published by a third process (as an editor's publish on
any server would be), and both instances must serve the new title on the next request.
"""

import contextlib
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
PORTS = (8192, 8193)
PATH = "/ar/news/news-1/"


ENVIRONMENT = {"REDIS_URL": REDIS, "PERF_PAGE_CACHE": "true"}


def env():
    return bench.env(**ENVIRONMENT)


def get(port):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{PATH}", headers={"Host": "127.0.0.1"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers.get("X-Page-Cache"), response.read().decode()


def main():
    with contextlib.ExitStack() as stack:
        for port in PORTS:
            stack.enter_context(
                bench.Server(
                    port,
                    workers=2,
                    environment=ENVIRONMENT,
                    options={"access_logfile": "/dev/null", "max_requests": 0},
                    stderr_path=None,
                )
            )
        for port in PORTS:
            get(port)  # the news item read through each instance (and so cached) first
        before = [get(port) for port in PORTS for _ in range(2)]
        assert before[0][1] == before[2][1], "the two instances serve different pages"
        print("both instances serve the same page; cache:", [state for state, _body in before])
        title = f"عنوان منشور الآن {int(time.time())}"
        code = (
            "import django; django.setup()\n"
            "from django.utils import translation\n"
            "from news.models import NewsPage\n"
            "page = NewsPage.objects.get(url_path_ar__endswith='/news-1/')\n"
            "with translation.override('ar'):\n"
            f"    page.title = page.title_ar = {title!r}\n"
            "    page.save_revision().publish()\n"
        )
        subprocess.run([bench.PY, "-c", code], cwd=bench.ROOT, env=env(), check=True)
        after = [get(port) for port in PORTS]
        for port, (state, body) in zip(PORTS, after, strict=True):
            assert title in body, f"the instance on port {port} still serves the old title ({state})"
            print(f"port {port}: the new title is served (page cache: {state})")
        print("OK: a publish through one process is seen by both instances on the next request")


if __name__ == "__main__":
    main()
