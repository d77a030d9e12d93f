#!/usr/bin/env python3
"""`make bench`: the site at a chosen size, under load, page by page, with the page cache off and on.

1. A throwaway PostgreSQL database (127.0.0.1:5432, user postgres) is created, migrated,
   given the demo content and filled with BENCH_SIZE generated news items plus proportional
   services, events and images (`manage.py bench_fill`, progress shown).
2. gunicorn serves it with the production settings on 127.0.0.1:BENCH_PORT (BENCH_WORKERS
   sync workers), first with the page cache off, then on.
3. For each page, wrk (a second process) drives it for BENCH_DURATION seconds; the script
   reads the workers' CPU time from /proc/<pid>/stat before and after, and asks one warm
   request for its SQL query count (the bench-only X-SQL-Queries header) and HTML size.
4. It prints a table with each target beside its value and writes bench/results-<size>.json.

Environment: BENCH_SIZE (10000), BENCH_DURATION (5), BENCH_CONNECTIONS (8), BENCH_WORKERS (2),
BENCH_PORT (8190), BENCH_REUSE=1 to keep an already filled database of the same size,
BENCH_KEEP=1 to leave the database in place afterwards.
"""

import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
SIZE = int(os.environ.get("BENCH_SIZE", "10000"))
DURATION = int(os.environ.get("BENCH_DURATION", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
PORT = int(os.environ.get("BENCH_PORT", "8190"))
DB = f"ministry_bench_{SIZE}"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DB}"
MEDIA = Path(os.environ.get("BENCH_MEDIA_ROOT", f"/tmp/ministry-bench-media-{SIZE}"))
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
FETCH_TIMEOUT = int(os.environ.get("BENCH_FETCH_TIMEOUT", "60"))
LOG = Path(os.environ.get("BENCH_LOG", f"/tmp/ministry-bench-{SIZE}-gunicorn.log"))  # errors of the server

# Targets from issue 6 (CPU ms per request with the page cache off, at 10,000 items).
CPU_TARGETS = {"home": 19, "news index": 14, "news page": 11, "search (Arabic)": 18}
QUERY_TARGETS = {"home": 10}
QUERY_TARGET = 8
CACHED_RPS_TARGET = 2000
MEMORY_TARGET_MB = 200


def env(**extra):
    values = dict(os.environ)
    values.update(
        DATABASE_URL=DATABASE_URL,
        MEDIA_ROOT=str(MEDIA),
        DJANGO_SETTINGS_MODULE="ministry_site.settings.production",
        DJANGO_SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="false",
        PERF_QUERY_COUNT_HEADER="true",
        LOG_LEVEL="WARNING",
    )
    values.pop("REDIS_URL", None)
    if os.environ.get("BENCH_REDIS_URL"):
        values["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    values.update(extra)
    return values


def say(message):
    print(f"==> {message}", flush=True)


def psql(sql, database="postgres"):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-Atqc", sql],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def manage(*args, quiet=False):
    subprocess.run(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env(),
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def ensure_wrk():
    if shutil.which("wrk"):
        return
    say("installing wrk (Debian package)")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def build_database():
    filled = False
    if os.environ.get("BENCH_REUSE") == "1":
        try:
            filled = int(psql("select count(*) from news_newspage", DB)) >= SIZE
        except subprocess.CalledProcessError:
            filled = False
    if filled:
        say(f"reusing {DB}")
        return
    say(f"creating the throwaway database {DB}")
    psql(f"DROP DATABASE IF EXISTS {DB}")
    psql(f"CREATE DATABASE {DB}")
    shutil.rmtree(MEDIA, ignore_errors=True)
    say("migrating")
    manage("migrate", "--noinput", quiet=True)
    manage("set_translation_url_paths", quiet=True)
    say("loading the demo content")
    manage("load_demo_content", quiet=True)
    say(f"generating {SIZE} news items and proportional services, events and images")
    manage("bench_fill", "--news", str(SIZE))
    psql("VACUUM ANALYZE", DB)


def pages():
    year = dt.date.today().year
    category = psql("select slug from news_newscategory order by sort_order, id limit 1", DB)
    services = int(psql("select count(*) from services_servicepage", DB))
    query = urllib.parse.quote("الاعلام")
    return {
        "home": "/ar/",
        "news index": "/ar/news/",
        "news page": f"/ar/news/news-{max(1, SIZE // 2)}/",
        "news index, filtered": f"/ar/news/?type=news&category={category}&year={year}",
        "service page": f"/ar/services/service-{max(1, min(services, 10))}/",
        "events calendar": "/ar/events/calendar/",
        "search (Arabic)": f"/ar/search/?q={query}",
        "sitemap index": "/sitemap.xml",
        "sitemap section": "/sitemap-pages.xml",  # 1,000 pages, 2,000 addresses, at any size
    }


# bench.py's own gunicorn flags (gunicorn.conf.py, read from the working directory, gives the rest):
# sync workers, none replaced during a measurement, a slow page given a minute.
BENCH_OPTIONS = {"worker_class": "sync", "max_requests": 0, "timeout": 60, "log_level": "warning"}


class Server:
    """gunicorn serving the site with the production settings (env()) on 127.0.0.1: started and
    waited for on entering a ``with`` block (or start()), stopped on leaving it (or stop()); it
    reads its workers' CPU time and memory from /proc.

    port: PORT unless given. workers: --workers, and how many workers to wait for at start;
    None leaves the number to the config and waits for the first answer only.
    environment: variables over env() (PERF_PAGE_CACHE, REDIS_URL, ...).
    options: gunicorn's other long options as name=value ("max_requests" for --max-requests,
    "config" for a gunicorn.conf.py), BENCH_OPTIONS unless given.
    stderr_path: gunicorn's and Django's log lines, appended (None: dropped); stdout_path: the
    access log (None: dropped); fresh_logs: empty both first.
    own_session: gunicorn in a session of its own, so a Ctrl-C reaches only this script (which
    stops gunicorn itself). start_timeout, stop_timeout: seconds to start, and to stop after
    SIGTERM before it is killed.
    """

    def __init__(
        self,
        port=None,
        workers=WORKERS,
        environment=None,
        options=None,
        *,
        stderr_path=LOG,
        stdout_path=None,
        fresh_logs=False,
        own_session=False,
        start_timeout=60,
        stop_timeout=30,
    ):
        self.port = PORT if port is None else port
        self.worker_count = workers
        self.environment = dict(environment or {})
        self.options = BENCH_OPTIONS if options is None else options
        self.stderr_path = stderr_path
        self.stdout_path = stdout_path
        self.fresh_logs = fresh_logs
        self.own_session = own_session
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self.process = None

    def command(self):
        command = [GUNICORN, "ministry_site.wsgi", "--bind", f"127.0.0.1:{self.port}"]
        if self.worker_count is not None:
            command += ["--workers", str(self.worker_count)]
        for name, value in self.options.items():
            command += [f"--{name.replace('_', '-')}", str(value)]
        return command

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        if self.fresh_logs:
            for path in (self.stdout_path, self.stderr_path):
                if path:
                    path.write_bytes(b"")
        stdout = self.stdout_path.open("ab") if self.stdout_path else subprocess.DEVNULL
        stderr = self.stderr_path.open("ab") if self.stderr_path else subprocess.DEVNULL
        try:
            self.process = subprocess.Popen(
                self.command(),
                cwd=ROOT,
                env=env(**self.environment),
                stdout=stdout,
                stderr=stderr,
                start_new_session=self.own_session,
            )
        finally:
            for stream in (stdout, stderr):
                if stream is not subprocess.DEVNULL:
                    stream.close()  # gunicorn has its own copy
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    "gunicorn exited at start" + (f"; see {self.stderr_path}" if self.stderr_path else "")
                )
            try:
                fetch("/robots.txt", port=self.port, timeout=10)
                if self.worker_count is None or len(self.workers()) == self.worker_count:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def workers(self):
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return sorted(int(pid) for pid in path.read_text().split()) if path.exists() else []

    def cpu_seconds(self):
        total = 0
        for pid in self.workers():
            stat = Path(f"/proc/{pid}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        return total / CLOCK_TICKS

    def memory_mb(self):
        sizes = []
        for pid in self.workers():
            match = re.search(r"VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
            sizes.append(int(match.group(1)) / 1024)
        return sizes

    def log_text(self):
        return self.stderr_path.read_text(errors="replace") if self.stderr_path else ""


def fetch(path, port=None, timeout=FETCH_TIMEOUT):
    url = f"http://127.0.0.1:{PORT if port is None else port}{path}"
    request = urllib.request.Request(url, headers={"Host": "127.0.0.1"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read()
        return response.status, response.headers, body


def to_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def drive(path):
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{DURATION}s",
            "--timeout",
            "60s",
            "--latency",
            "-H",
            "Host: 127.0.0.1",
            f"http://127.0.0.1:{PORT}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return requests, rps, p50, p99, int(errors.group(1)) if errors else 0


def warm_queries(path) -> int:
    _status, headers, _body = fetch(path)
    return int(headers.get("X-SQL-Queries", "-1"))


def measure(cache_on):
    rows = []
    with Server(environment={"PERF_PAGE_CACHE": "true" if cache_on else "false"}) as server:
        for name, path in pages().items():
            try:
                for _ in range(3):  # warm-up: menus, renditions, the page cache itself
                    fetch(path)
                status, _headers, body = fetch(path)
            except OSError as error:  # a page too slow to answer is reported, not fatal
                row = {"page": name, "path": path, "page_cache": cache_on, "error": str(error)}
                rows.append(row)
                print(f"{name:24} {'on' if cache_on else 'off':5} failed: {error}", flush=True)
                continue
            before = server.cpu_seconds()
            requests, rps, p50, p99, errors = drive(path)
            cpu_ms = (server.cpu_seconds() - before) * 1000 / max(requests, 1)
            # Queries of a warm request, counted after the load, when every worker has served
            # the page (sequential warm-up requests tend to reach one worker only, and each
            # worker keeps its own local-memory cache): the least of a few requests.
            queries = min(warm_queries(path) for _ in range(2 * WORKERS))
            row = {
                "page": name,
                "path": path,
                "page_cache": cache_on,
                "status": status,
                "requests_per_second": round(rps, 1),
                "p50_ms": round(p50, 2),
                "p99_ms": round(p99, 2),
                "cpu_ms_per_request": round(cpu_ms, 2),
                "sql_queries": queries,
                "html_bytes": len(body),
                "requests": requests,
                "non_2xx": errors,
            }
            rows.append(row)
            print_row(row)
        memory = server.memory_mb()
    return rows, memory


def target_text(row):
    notes = []
    cpu = CPU_TARGETS.get(row["page"])
    if cpu and not row["page_cache"]:
        notes.append(f"cpu≤{cpu} {'ok' if row['cpu_ms_per_request'] <= cpu else 'MISSED'}")
    if not row["page_cache"]:
        budget = QUERY_TARGETS.get(row["page"], QUERY_TARGET)
        notes.append(f"sql≤{budget} {'ok' if row['sql_queries'] <= budget else 'MISSED'}")
    else:
        ok = row["requests_per_second"] >= CACHED_RPS_TARGET
        notes.append(f"rps≥{CACHED_RPS_TARGET} {'ok' if ok else 'MISSED'}")
    return ", ".join(notes)


HEADER = f"{'page':24} {'cache':5} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'cpu ms':>7} {'sql':>4} {'bytes':>8}  targets"


def print_row(row):
    print(
        f"{row['page']:24} {'on' if row['page_cache'] else 'off':5} {row['requests_per_second']:8.0f} "
        f"{row['p50_ms']:8.2f} {row['p99_ms']:8.2f} {row['cpu_ms_per_request']:7.2f} "
        f"{row['sql_queries']:4d} {row['html_bytes']:8d}  {target_text(row)}",
        flush=True,
    )


def main():
    ensure_wrk()
    build_database()
    say("collecting static files")
    manage("collectstatic", "--noinput", "--verbosity", "0")
    results = {
        "size": SIZE,
        "duration_s": DURATION,
        "connections": CONNECTIONS,
        "workers": WORKERS,
        "cpus": os.cpu_count(),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "runs": {},
    }
    for cache_on in (False, True):
        say(
            f"page cache {'on' if cache_on else 'off'}: {WORKERS} gunicorn workers, wrk -c{CONNECTIONS} for {DURATION} s a page"
        )
        print(HEADER)
        rows, memory = measure(cache_on)
        results["runs"]["on" if cache_on else "off"] = {
            "pages": rows,
            "worker_rss_mb": [round(m, 1) for m in memory],
        }
        verdict = "ok" if max(memory) < MEMORY_TARGET_MB else "MISSED"
        print(
            f"worker memory after the run: {', '.join(f'{m:.0f} MB' for m in memory)} (target <{MEMORY_TARGET_MB} MB: {verdict})"
        )
    out = ROOT / "bench" / f"results-{SIZE}.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    say(f"written to {out.relative_to(ROOT)}")
    if os.environ.get("BENCH_KEEP") != "1" and os.environ.get("BENCH_REUSE") != "1":
        psql(f"DROP DATABASE IF EXISTS {DB}")
        shutil.rmtree(MEDIA, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
