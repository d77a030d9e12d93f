#!/usr/bin/env python3
"""`make load`: a bounded load run on loopback, public pages in both languages with contact-form posts.

1. A throwaway PostgreSQL database (`ministry_load_<LOAD_SIZE>`, built with bench.py's code:
   migrate, demo content, `bench_fill`) and gunicorn started with `gunicorn.conf.py` as it is
   (production settings, Redis cache, page cache on) on 127.0.0.1:LOAD_PORT.
2. LOAD_CLIENTS clients (threads, spread over a few processes so the client is not the
   bottleneck) run for LOAD_SECONDS. Each picks its next request from a weighted mix of the
   sitemap's pages (home, news index and items, services, events, other pages), the events
   calendar and searches, in Arabic and English; about LOAD_POST_SHARE of its turns it sends
   the contact form as a browser would: GET the form (CSRF cookie and token), POST a message
   carrying a unique marker, follow the 303 to the thank-you page and read the reference.
3. At the end: requests, status counts per kind, p50/p99, and a query of the submissions
   table: every accepted post's marker stored exactly once, with the reference it was shown.
   Exits non-zero on any 5xx, any transport error, or a post lost or stored twice.

The contact form's per-address limit (CONTACT_RATE_LIMIT, 5/h) would refuse every client after
five posts (they all come from 127.0.0.1); it is raised for the run (LOAD_CONTACT_RATE_LIMIT),
not switched off, and any 429 is counted on its own line.

Environment: LOAD_CLIENTS (64), LOAD_SECONDS (60), LOAD_POST_SHARE (0.05), LOAD_SIZE (1000
news items), LOAD_PORT (8196), LOAD_REDIS_URL (redis://127.0.0.1:6379/12, flushed first),
LOAD_TIMEOUT (30 s per request), LOAD_PROCESSES (4), LOAD_CONTACT_RATE_LIMIT (100000/h),
LOAD_REUSE=1 to keep a filled database between runs, LOAD_KEEP=1 to leave it afterwards;
GUNICORN_* as in gunicorn.conf.py (e.g. GUNICORN_WORKER_CLASS=gthread to compare).
"""

import collections
import http.client
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

CLIENTS = int(os.environ.get("LOAD_CLIENTS", "64"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
POST_SHARE = float(os.environ.get("LOAD_POST_SHARE", "0.05"))
SIZE = int(os.environ.get("LOAD_SIZE", "1000"))
PORT = int(os.environ.get("LOAD_PORT", "8196"))
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/12")
TIMEOUT = float(os.environ.get("LOAD_TIMEOUT", "30"))
PROCESSES = max(1, min(int(os.environ.get("LOAD_PROCESSES", "4")), CLIENTS))
RATE_LIMIT = os.environ.get("LOAD_CONTACT_RATE_LIMIT", "100000/h")
HOST = "127.0.0.1"
GUNICORN_CONFIG = bench.ROOT / "gunicorn.conf.py"

SEARCHES = [
    "الإعلام",
    "جواز سفر",
    "الشرطة",
    "وزارة الداخلية",
    "media",
    "passport",
    "road safety",
    "الدفاع المدني",
]
CONTACT_FORM = {"full_name": "زائر الاختبار", "email": "load@example.org", "subject": "اختبار الحمل"}
REFERENCE_IN_PAGE = re.compile(r'confirmation__reference">\s*<bdi dir="ltr">([A-Z0-9-]+)</bdi>')
CSRF_IN_PAGE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

say = bench.say


# --- The throwaway site -----------------------------------------------------------------------


def use_database(name: str, size: int, port: int) -> None:
    """Point bench.py's helpers (env, psql, manage, build_database) at our own database."""
    bench.SIZE = size
    bench.DB = name
    bench.DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{name}"
    bench.MEDIA = Path(f"/tmp/{name}-media")
    bench.PORT = port


def prepare_site(name: str, size: int, port: int, reuse: bool) -> None:
    use_database(name, size, port)
    if reuse:
        os.environ["BENCH_REUSE"] = "1"
    else:
        os.environ.pop("BENCH_REUSE", None)
    bench.build_database()
    say("collecting static files")
    bench.manage("collectstatic", "--noinput", "--verbosity", "0")


def drop_site(name: str) -> None:
    bench.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    shutil.rmtree(f"/tmp/{name}-media", ignore_errors=True)


def flush_redis(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    database = (parts.path or "/0").strip("/") or "0"
    subprocess.run(
        [
            "redis-cli",
            "-h",
            parts.hostname or "127.0.0.1",
            "-p",
            str(parts.port or 6379),
            "-n",
            database,
            "FLUSHDB",
        ],
        check=True,
        capture_output=True,
    )


def deployed_server(port: int, log_dir: Path, **environment) -> bench.Server:
    """gunicorn with gunicorn.conf.py as deployed (only the address is changed), production settings."""
    return bench.Server(
        port,
        workers=None,  # gunicorn.conf.py's (GUNICORN_WORKERS)
        environment=environment,
        options={"config": GUNICORN_CONFIG},  # and no other flag
        stdout_path=log_dir / f"gunicorn-{port}.access.log",
        stderr_path=log_dir / f"gunicorn-{port}.log",  # gunicorn's and Django's log lines
        fresh_logs=True,
        own_session=True,  # Ctrl-C reaches this script, which stops gunicorn itself
        start_timeout=90,
        stop_timeout=40,
    )


def server_environment(**extra) -> dict:
    values = {
        "REDIS_URL": REDIS_URL,
        "PERF_PAGE_CACHE": "true",
        "PERF_QUERY_COUNT_HEADER": "false",  # bench.env() switches the bench-only header on
        "LOG_FORMAT": "plain",
        "LOG_LEVEL": "WARNING",
    }
    values.update(extra)
    return values


# --- HTTP ---------------------------------------------------------------------------------------


def request(method, path, port=PORT, timeout=TIMEOUT, body=None, headers=None, connection=None):
    """One request; returns (status, headers as a dict of lists, body bytes). Raises OSError on
    transport failures (refused, reset, timed out)."""
    own = connection is None
    conn = connection or http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
        response = conn.getresponse()
        data = response.read()
        found = collections.defaultdict(list)
        for name, value in response.getheaders():
            found[name.lower()].append(value)
        return response.status, found, data
    except (http.client.HTTPException, OSError) as error:
        conn.close()
        raise OSError(f"{error.__class__.__name__}: {error}") from error
    finally:
        if own:
            conn.close()


class Browser:
    """A visitor: one keep-alive connection (reopened when the server closes it) and cookies."""

    def __init__(self, port=PORT, timeout=TIMEOUT):
        self.port = port
        self.timeout = timeout
        self.cookies = {}
        self.connection = http.client.HTTPConnection(HOST, port, timeout=timeout)

    def fetch(self, method, path, form=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            status, found, data = request(
                method, path, self.port, self.timeout, body, headers, self.connection
            )
        except OSError:
            self.connection = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            raise
        for cookie in found.get("set-cookie", []):
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return status, found, data

    def close(self):
        self.connection.close()


def send_contact_form(browser, language, marker, record):
    """GET the form, POST a message, follow the 303. Returns (outcome, reference or None).

    ``record(kind, status, seconds)`` is called for each request made."""
    path = f"/{language}/contact/"
    started = time.monotonic()
    status, _found, body = browser.fetch("GET", path)
    record("contact form", status, time.monotonic() - started)
    token = CSRF_IN_PAGE.search(body.decode(errors="replace"))
    if status != 200 or token is None:
        return f"form GET {status}", None
    form = {**CONTACT_FORM, "message": f"رسالة اختبار {marker}", "csrfmiddlewaretoken": token.group(1)}
    started = time.monotonic()
    status, found, _body = browser.fetch("POST", path, form)
    record("contact post", status, time.monotonic() - started)
    if status == 429:
        return "rate limited", None
    location = (found.get("location") or [""])[0]
    if status != 303 or "?sent=" not in location:
        return f"post {status}", None
    started = time.monotonic()
    status, _found, body = browser.fetch("GET", location)
    record("thank-you page", status, time.monotonic() - started)
    reference = REFERENCE_IN_PAGE.search(body.decode(errors="replace"))
    if status != 200 or reference is None:
        return f"thank-you {status}", None
    return "accepted", reference.group(1)


# --- What to ask for ---------------------------------------------------------------------------


def targets(port=PORT) -> dict[str, list[str]]:
    """Public pages by kind, from the sitemap (both languages), plus the calendar and searches."""
    status, _headers, index = request("GET", "/sitemap.xml", port=port, timeout=120)
    if status != 200:
        raise RuntimeError(f"/sitemap.xml answered {status}")
    body = b""
    for section in re.findall(r"<loc>([^<]+)</loc>", index.decode()):  # the index's sections
        address = urllib.parse.urlsplit(section)
        path = address.path + (f"?{address.query}" if address.query else "")
        status, _headers, part = request("GET", path, port=port, timeout=120)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        body += part
    kinds = collections.defaultdict(list)
    for location in re.findall(r"<loc>([^<]+)</loc>", body.decode()):
        path = urllib.parse.urlsplit(location).path
        parts = [part for part in path.split("/") if part]
        if len(parts) == 1:
            kinds["home"].append(path)
        elif parts[1] in ("news", "services", "events"):
            kinds[f"{parts[1]} {'index' if len(parts) == 2 else 'page'}"].append(path)
        elif parts[1] not in ("contact", "complaints-and-suggestions"):
            kinds["other page"].append(path)
    for language in ("ar", "en"):
        kinds["events index"].append(f"/{language}/events/calendar/")
        kinds["news index"].append(f"/{language}/news/?page=2")
        for query in SEARCHES:
            kinds["search"].append(f"/{language}/search/?{urllib.parse.urlencode({'q': query})}")
    return dict(kinds)


WEIGHTS = {
    "home": 15,
    "news index": 10,
    "news page": 25,
    "services index": 5,
    "services page": 10,
    "events index": 5,
    "events page": 8,
    "other page": 10,
    "search": 12,
}


# --- The run ------------------------------------------------------------------------------------


def client_process(index, threads, deadline, pages, run_id, progress, results):
    """One process of ``threads`` visitors; puts (records, posts) on ``results``."""
    records = []  # (kind, status or error text, seconds)
    posts = []  # (marker, outcome, reference)
    lock = threading.Lock()
    kinds = [kind for kind in WEIGHTS if pages.get(kind)]
    weights = [WEIGHTS[kind] for kind in kinds]

    def visitor(number):
        rng = random.Random(f"{run_id}-{index}-{number}")
        browser = Browser()
        sequence = 0

        def record(kind, status, seconds):
            with lock:
                records.append((kind, status, seconds))
                progress[index] += 1

        while time.monotonic() < deadline:
            try:
                if rng.random() < POST_SHARE:
                    sequence += 1
                    marker = f"LOAD-{run_id}-{index}-{number}-{sequence}"
                    language = rng.choice(("ar", "en"))
                    try:
                        outcome, reference = send_contact_form(browser, language, marker, record)
                    except OSError as error:
                        record("contact post", f"error {error}", 0.0)
                        outcome, reference = f"error {error}", None
                    with lock:
                        posts.append((marker, outcome, reference))
                    continue
                kind = rng.choices(kinds, weights)[0]
                # Some pages are read far more than others: about half the picks fall in the
                # first tenth of each list (the sitemap's order), the rest anywhere.
                choices = pages[kind]
                path = choices[int(len(choices) * rng.random() ** 3)]
                started = time.monotonic()
                status, _found, _body = browser.fetch("GET", path)
                record(kind, status, time.monotonic() - started)
            except OSError as error:
                record(kind, f"error {error}", 0.0)
        browser.close()

    pool = [threading.Thread(target=visitor, args=(n,), daemon=True) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    results.put((records, posts))


def percentile(values, share):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def stored_markers(run_id) -> dict[str, list[str]]:
    rows = bench.psql(
        "select reference || ' ' || (form_data->>'message') from contact_submission "
        f"where form_data->>'message' like '%LOAD-{run_id}-%'",
        bench.DB,
    )
    stored = collections.defaultdict(list)
    for line in filter(None, rows.splitlines()):
        reference, _, message = line.partition(" ")
        marker = re.search(rf"LOAD-{run_id}-[\d-]+", message).group(0)
        stored[marker].append(reference)
    return stored


def run_load(pages, run_id):
    context = multiprocessing.get_context("fork")
    progress = context.Array("l", PROCESSES, lock=False)
    results = context.Queue()
    deadline = time.monotonic() + SECONDS
    shares = [CLIENTS // PROCESSES + (1 if i < CLIENTS % PROCESSES else 0) for i in range(PROCESSES)]
    processes = [
        context.Process(target=client_process, args=(i, n, deadline, pages, run_id, progress, results))
        for i, n in enumerate(shares)
    ]
    started = time.monotonic()
    for process in processes:
        process.start()
    while time.monotonic() < deadline:
        time.sleep(min(10, max(0.1, deadline - time.monotonic())))
        elapsed = time.monotonic() - started
        done = sum(progress)
        print(f"    {elapsed:5.0f} s  {done:7d} requests  {done / elapsed:6.0f}/s", flush=True)
    records, posts = [], []
    for _ in processes:
        part_records, part_posts = results.get(timeout=TIMEOUT + 60)
        records += part_records
        posts += part_posts
    for process in processes:
        process.join(timeout=30)
    return records, posts, time.monotonic() - started


def report(records, posts, elapsed, stored):
    """Print the figures; return the list of failed expectations."""
    failures = []
    statuses = collections.Counter(status for _kind, status, _s in records)
    latencies = [seconds for _kind, status, seconds in records if isinstance(status, int)]
    print()
    print(f"requests: {len(records)} in {elapsed:.0f} s ({len(records) / elapsed:.0f}/s), clients: {CLIENTS}")
    print("statuses:", ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items(), key=str)))
    print(
        f"latency: p50 {percentile(latencies, 0.50) * 1000:.0f} ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms"
    )
    print(f"{'kind':16} {'requests':>8} {'p50 ms':>7} {'p99 ms':>7}  statuses")
    by_kind = collections.defaultdict(list)
    for kind, status, seconds in records:
        by_kind[kind].append((status, seconds))
    for kind, rows in sorted(by_kind.items()):
        times = [s for status, s in rows if isinstance(status, int)]
        counts = collections.Counter(status for status, _s in rows)
        print(
            f"{kind:16} {len(rows):8d} {percentile(times, 0.5) * 1000:7.0f} {percentile(times, 0.99) * 1000:7.0f}  "
            + ", ".join(f"{status}: {count}" for status, count in sorted(counts.items(), key=str))
        )
    server_errors = sum(
        count for status, count in statuses.items() if isinstance(status, int) and status >= 500
    )
    transport = sum(count for status, count in statuses.items() if not isinstance(status, int))
    if server_errors:
        failures.append(f"{server_errors} responses were 5xx")
    if transport:
        failures.append(f"{transport} requests failed without an answer (refused, reset or timed out)")

    outcomes = collections.Counter(outcome for _m, outcome, _r in posts)
    accepted = {marker: reference for marker, outcome, reference in posts if outcome == "accepted"}
    print()
    print(f"contact posts: {len(posts)}; " + ", ".join(f"{o}: {n}" for o, n in sorted(outcomes.items())))
    if outcomes.get("rate limited"):
        print(
            f"  (rate limited: {outcomes['rate limited']} answered 429 under CONTACT_RATE_LIMIT={RATE_LIMIT})"
        )
    lost = [m for m in accepted if len(stored.get(m, [])) == 0]
    doubled = [m for m, refs in stored.items() if len(refs) > 1]
    mismatched = [m for m, ref in accepted.items() if stored.get(m) and stored[m][0] != ref]
    unanswered = [m for m in stored if m not in accepted]
    print(
        f"stored: {sum(len(r) for r in stored.values())} rows for {len(stored)} markers; "
        f"accepted and stored exactly once: {sum(1 for m in accepted if len(stored.get(m, [])) == 1)} of {len(accepted)}"
    )
    if lost:
        failures.append(f"{len(lost)} accepted posts are not in the database, e.g. {lost[:3]}")
    if doubled:
        failures.append(f"{len(doubled)} posts were stored more than once, e.g. {doubled[:3]}")
    if mismatched:
        failures.append(f"{len(mismatched)} thank-you pages showed another reference than the one stored")
    if unanswered:
        failures.append(f"{len(unanswered)} posts were stored but their sender got no thank-you page")
    other = {o: n for o, n in outcomes.items() if o not in ("accepted", "rate limited")}
    if other:
        failures.append(f"posts that went wrong: {other}")
    if not accepted:
        failures.append("no contact post was accepted")
    return failures


def main():
    run_id = uuid.uuid4().hex[:8]
    name = f"ministry_load_{SIZE}"
    log_dir = Path(os.environ.get("LOAD_LOG_DIR", "/tmp"))
    prepare_site(name, SIZE, PORT, reuse=os.environ.get("LOAD_REUSE") == "1")
    flush_redis(REDIS_URL)
    environment = server_environment(
        CONTACT_RATE_LIMIT=RATE_LIMIT,
        # Mail is not what is measured here (`make faults` shows a failing mail server).
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
    )
    failures = []
    try:
        with deployed_server(PORT, log_dir, **environment) as server:
            say(
                f"gunicorn on {HOST}:{PORT} (gunicorn.conf.py: {describe_config(server)}); log: {server.stderr_path}"
            )
            pages = targets()
            say("pages: " + ", ".join(f"{kind} {len(paths)}" for kind, paths in sorted(pages.items())))
            say("warming up: every kind once in each language")
            for paths in pages.values():
                for path in paths[:2] + paths[-2:]:
                    request("GET", path)
            say(
                f"{CLIENTS} clients for {SECONDS:.0f} s, about {POST_SHARE:.0%} of turns a contact-form post (run {run_id})"
            )
            records, posts, elapsed = run_load(pages, run_id)
            workers = server.workers()
        stored = stored_markers(run_id)
        failures = report(records, posts, elapsed, stored)
        print(
            f"gunicorn workers at the end: {len(workers)}; server log lines: {log_summary(server.log_text())}"
        )
    finally:
        if os.environ.get("LOAD_KEEP") != "1" and os.environ.get("LOAD_REUSE") != "1":
            drop_site(name)
    print()
    if failures:
        print("FAILED:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print("OK: no 5xx, no lost requests, every accepted post stored exactly once")
    return 0


def describe_config(server) -> str:
    code = (
        "import runpy, sys; c = runpy.run_path(sys.argv[1]); "
        "print(' '.join(f'{k}={c.get(k)}' for k in "
        "('worker_class','workers','threads','timeout','graceful_timeout','keepalive','max_requests','max_requests_jitter')))"
    )
    env = bench.env(**server.environment)
    return subprocess.run(
        [bench.PY, "-c", code, str(GUNICORN_CONFIG)], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def log_summary(text: str) -> str:
    counts = collections.Counter()
    for line in text.splitlines():
        for level in ("CRITICAL", "ERROR", "WARNING"):
            if f" {level} " in line or f"[{level}]" in line:
                counts[level] += 1
    return ", ".join(f"{level} {n}" for level, n in counts.items()) or "no warnings or errors"


if __name__ == "__main__":
    sys.exit(main())
