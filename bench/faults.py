#!/usr/bin/env python3
"""`make faults`: stop PostgreSQL and Redis under traffic, and break the mail server, and watch.

Not part of `make test`: it stops the machine's own PostgreSQL (127.0.0.1:5432, the Debian
cluster, `pg_ctlcluster`) and Redis (127.0.0.1:6379) for a few seconds each, so anything
else using them on this machine sees the outage too. Both are always started again, as they
were, on success, on failure and on Ctrl-C (SIGINT/SIGTERM).

1. A throwaway database (`ministry_faults`, bench.py's code via load.py) and gunicorn with
   gunicorn.conf.py, the production settings, Redis as the cache (page cache on) and the mail
   server set to a closed port on 127.0.0.1.
2. FAULTS_CLIENTS threads send steady traffic: pages the page cache keeps (home, news index,
   both languages) and pages it does not (the contact form; searches for a new word each time).
3. (a) PostgreSQL stopped for FAULTS_DOWN_SECONDS: pages that need the database must answer the
   friendly 503 (with Retry-After) promptly, never a 500 and never hang; then PostgreSQL is
   started and the seconds until they are 200 again are measured (gunicorn is not restarted).
   (b) Redis stopped (its configuration read first): pages must stay 200 from the database,
   promptly; the cache errors must be logged (once per worker and CACHE_BREAKER_SECONDS, see
   ops/cache.py), not raised; a contact form must still be accepted and stored;
   then Redis is started with the same configuration and must serve the page cache again.
   (c) Contact forms sent with the mail server refusing connections, then answering
   "554 no service": each must be stored, shown its reference, and marked mail failed.
4. A report per phase (status counts for cached pages, the form and searches, the slowest
   answer, recovery seconds); exit status 1 if any expectation failed.

Environment: FAULTS_DOWN_SECONDS (8), FAULTS_CLIENTS (4), FAULTS_RECOVERY_LIMIT (15 s),
FAULTS_MAX_SECONDS (5 s: no answer during an outage may take longer), FAULTS_PORT (8197),
FAULTS_REDIS_URL (redis://127.0.0.1:6379/11), FAULTS_SIZE (200 news items), FAULTS_KEEP=1 to
leave the database in place.
"""

import collections
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load  # noqa: E402

DOWN_SECONDS = float(os.environ.get("FAULTS_DOWN_SECONDS", "8"))
CLIENTS = int(os.environ.get("FAULTS_CLIENTS", "4"))
RECOVERY_LIMIT = float(os.environ.get("FAULTS_RECOVERY_LIMIT", "15"))
MAX_SECONDS = float(os.environ.get("FAULTS_MAX_SECONDS", "5"))
PORT = int(os.environ.get("FAULTS_PORT", "8197"))
REDIS_URL = os.environ.get("FAULTS_REDIS_URL", "redis://127.0.0.1:6379/11")
SIZE = int(os.environ.get("FAULTS_SIZE", "200"))
DATABASE = "ministry_faults"
CLIENT_TIMEOUT = 15.0
FRIENDLY = ("الموقع غير متاح مؤقتاً", "The site is temporarily unavailable")
CACHED = ["/ar/", "/en/", "/ar/news/", "/en/news/"]

say = load.say
failures = []


def expect(condition, message):
    print(f"    {'ok  ' if condition else 'FAIL'} {message}", flush=True)
    if not condition:
        failures.append(message)
    return condition


def run(*command, check=True):
    """A control command, in its own session so a Ctrl-C here does not interrupt it half-way."""
    return subprocess.run(command, check=check, capture_output=True, text=True, start_new_session=True)


# --- PostgreSQL --------------------------------------------------------------------------------


class PostgreSQL:
    def __init__(self):
        versions = sorted(os.listdir("/etc/postgresql"))
        if len(versions) != 1:
            raise RuntimeError(
                f"expected one PostgreSQL cluster version in /etc/postgresql, found {versions}"
            )
        self.version = versions[0]

    def ready(self) -> bool:
        return run("pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q", check=False).returncode == 0

    def ctl(self, action):
        run("pg_ctlcluster", "--skip-systemctl-redirect", self.version, "main", action)

    def stop(self):
        self.ctl("stop")  # fast shutdown: sessions are ended, as in a crash or a failover

    def start(self) -> float:
        """Start the cluster; return the moment it first accepted connections (pg_isready,
        polled every 0.05 s while pg_ctlcluster is still at work)."""
        control = subprocess.Popen(
            ["pg_ctlcluster", "--skip-systemctl-redirect", self.version, "main", "start"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while not self.ready():
            if time.monotonic() > deadline:
                raise RuntimeError("PostgreSQL did not come back within 60 s")
            time.sleep(0.05)
        ready = time.monotonic()
        control.wait(timeout=60)
        return ready

    def ensure_running(self):
        if self.ready():
            return
        say(f"starting PostgreSQL {self.version}/main again")
        try:
            self.start()
        except Exception as error:  # noqa: BLE001 - reported, and the next check decides
            print(f"    {error}", flush=True)
        print(f"    PostgreSQL: {'running' if self.ready() else 'NOT RUNNING'}", flush=True)


# --- Redis ---------------------------------------------------------------------------------------


SECRET = re.compile(r"pass|auth|user|acl|tls-key|tls-key-file-pass", re.IGNORECASE)


def redis_cli(*args, port=6379, socket_path=None):
    where = ["-s", socket_path] if socket_path else ["-h", "127.0.0.1", "-p", str(port)]
    return run("redis-cli", *where, *args, check=False)


def redis_config(port=6379, socket_path=None) -> dict[str, str]:
    out = redis_cli("CONFIG", "GET", "*", port=port, socket_path=socket_path)  # raw: a line each
    if out.returncode != 0 or out.stdout.startswith("ERR") or out.stdout.startswith("NOAUTH"):
        raise RuntimeError(f"redis-cli CONFIG GET failed: {(out.stdout or out.stderr).strip()[:200]}")
    lines = out.stdout.split("\n")[:-1]
    pairs = dict(zip(lines[0::2], lines[1::2], strict=True))
    return {key: value for key, value in pairs.items() if not SECRET.search(key)}  # no credentials


class Redis:
    """The machine's Redis: its running configuration is read, and it is started again with
    every parameter that differs from a fresh redis-server's defaults (plus the ones that say
    where it lives), then checked to have the same configuration as before."""

    ALWAYS = ("port", "bind", "daemonize", "dir", "logfile", "pidfile", "save", "appendonly", "unixsocket")

    def __init__(self, port=6379):
        self.port = port
        self.before = redis_config(port)
        self.pid_before = self.pid()
        self.arguments = self._arguments(self.before, self._defaults())

    def ping(self) -> bool:
        return redis_cli("PING", port=self.port).stdout.strip() == "PONG"

    def pid(self) -> str:
        match = re.search(r"process_id:(\d+)", redis_cli("INFO", "server", port=self.port).stdout)
        return match.group(1) if match else "?"

    def _defaults(self) -> dict[str, str]:
        with tempfile.TemporaryDirectory() as directory:
            sock = f"{directory}/defaults.sock"
            process = subprocess.Popen(
                [
                    "redis-server",
                    "--port",
                    "0",
                    "--unixsocket",
                    sock,
                    "--daemonize",
                    "no",
                    "--dir",
                    directory,
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            try:
                for _ in range(100):
                    if os.path.exists(sock):
                        break
                    time.sleep(0.05)
                return redis_config(socket_path=sock)
            finally:
                process.terminate()
                process.wait(timeout=10)

    def _arguments(self, running, defaults) -> list[str]:
        arguments = []
        for key, value in running.items():
            if key in self.ALWAYS or defaults.get(key) != value:
                if key == "unixsocket" and not value:
                    continue
                arguments.append(f"--{key}")
                arguments.extend(value.split() if value.strip() else [""])
        return arguments

    def command(self) -> list[str]:
        return ["redis-server", *self.arguments]

    def stop(self):
        redis_cli("SHUTDOWN", "NOSAVE", port=self.port)  # it keeps nothing on disk anyway
        deadline = time.monotonic() + 10
        while self.ping():
            if time.monotonic() > deadline:
                raise RuntimeError("Redis did not stop")
            time.sleep(0.1)

    def start(self):
        process = subprocess.Popen(
            self.command(),
            cwd=self.before.get("dir") or "/",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if self.before.get("daemonize") == "yes":
            process.wait(timeout=30)  # the server forks into the background and this one exits
        deadline = time.monotonic() + 15
        while not self.ping():
            if time.monotonic() > deadline:
                raise RuntimeError("Redis did not come back within 15 s: " + shlex.join(self.command()))
            time.sleep(0.1)

    def differences(self) -> dict[str, tuple[str, str]]:
        after = redis_config(self.port)
        keys = set(self.before) | set(after)
        return {
            k: (self.before.get(k), after.get(k)) for k in sorted(keys) if self.before.get(k) != after.get(k)
        }

    def ensure_running(self):
        if self.ping():
            return
        say("starting Redis again: " + shlex.join(self.command()))
        try:
            self.start()
        except Exception as error:  # noqa: BLE001 - reported, and the next check decides
            print(f"    {error}", flush=True)
        print(f"    Redis: {'running' if self.ping() else 'NOT RUNNING'}", flush=True)


# --- Traffic -------------------------------------------------------------------------------------


Answer = collections.namedtuple("Answer", "phase kind path status started ended friendly retry_after")


class Traffic:
    """Steady requests from a few threads; each answer is kept with the phase it was asked in."""

    def __init__(self, clients):
        self.phase = "before"
        self.answers = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.counter = 0
        self.threads = [threading.Thread(target=self._loop, daemon=True) for _ in range(clients)]

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=CLIENT_TIMEOUT + 5)

    def _next(self):
        with self.lock:
            self.counter += 1
            turn = self.counter
        if turn % 2:
            return "cached", CACHED[turn // 2 % len(CACHED)]
        if turn % 4 == 0:
            return "form", f"/{'ar' if turn % 8 else 'en'}/contact/"
        query = urllib.parse.urlencode({"q": f"probe {turn}"})  # a new search each time: not cached
        return "search", f"/{'ar' if turn % 3 else 'en'}/search/?{query}"

    def _loop(self):
        while not self.stopping.is_set():
            kind, path = self._next()
            phase = self.phase
            started = time.monotonic()
            try:
                status, headers, body = load.request("GET", path, port=PORT, timeout=CLIENT_TIMEOUT)
            except OSError as error:
                status, headers, body = f"no answer ({str(error).split(':')[0]})", {}, b""
            text = body.decode(errors="replace")
            answer = Answer(
                phase,
                kind,
                path,
                status,
                started,
                time.monotonic(),
                all(words in text for words in FRIENDLY),
                (headers.get("retry-after") or [None])[0],
            )
            with self.lock:
                self.answers.append(answer)
            time.sleep(0.02)

    def during(self, phase):
        with self.lock:
            return [a for a in self.answers if a.phase == phase]

    def since(self, moment):
        with self.lock:
            return [a for a in self.answers if a.started >= moment]


def rate(answers):
    if not answers:
        return 0.0
    return len(answers) / max(0.001, max(a.ended for a in answers) - min(a.started for a in answers))


def show(answers, title):
    print(f"    {title}: {len(answers)} requests", flush=True)
    for kind in ("cached", "form", "search"):
        rows = [a for a in answers if a.kind == kind]
        if rows:
            counts = collections.Counter(a.status for a in rows)
            slowest = max(a.ended - a.started for a in rows)
            print(
                f"      {kind:8} "
                + ", ".join(f"{s}: {n}" for s, n in sorted(counts.items(), key=str))
                + f"   (slowest {slowest:.2f} s)",
                flush=True,
            )


# --- Contact forms ---------------------------------------------------------------------------------


def send_form(language, note):
    browser = load.Browser(port=PORT, timeout=CLIENT_TIMEOUT)
    try:
        outcome, reference = load.send_contact_form(browser, language, f"FAULTS-{note}", lambda *a: None)
    except OSError as error:
        outcome, reference = f"no answer ({error})", None
    finally:
        browser.close()
    return outcome, reference


def mail_status(reference):
    return load.bench.psql(
        f"select mail_status from contact_submission where reference = '{reference}'", DATABASE
    )


class RefusingSMTP:
    """A mail server that answers every connection "554 no service" and hangs up."""

    def __init__(self, port):
        self.server = socket.create_server(("127.0.0.1", port))
        self.server.settimeout(0.2)
        self.connections = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stopping.is_set():
            try:
                connection, _address = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with connection:
                connection.sendall(b"554 5.3.2 No service here\r\n")

    def close(self):
        self.stopping.set()
        self.thread.join(timeout=5)
        self.server.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- Phases ------------------------------------------------------------------------------------------


def log_since(server, offset):
    return server.stderr_path.read_bytes()[offset:].decode(errors="replace")


def phase_postgres(traffic, server, postgres):
    say(f"(a) PostgreSQL stopped for {DOWN_SECONDS:.0f} s under traffic")
    master, workers = server.process.pid, server.workers()
    traffic.phase = "postgres stopping"
    started = stopping = time.monotonic()
    postgres.stop()
    stopped = time.monotonic()
    print(f"    pg_ctlcluster stop took {stopped - started:.1f} s", flush=True)
    traffic.phase = "postgres down"
    time.sleep(DOWN_SECONDS)
    started = time.monotonic()
    ready = postgres.start()
    traffic.phase = "postgres back"
    print(
        f"    pg_ctlcluster start: accepting connections after {ready - started:.1f} s, "
        f"done after {time.monotonic() - started:.1f} s",
        flush=True,
    )
    recovered = None
    while time.monotonic() < ready + RECOVERY_LIMIT:
        good = [
            a for a in traffic.since(stopped) if a.kind != "cached" and a.status == 200 and a.ended >= ready
        ]
        if good:
            recovered = max(0.0, min(a.ended for a in good) - ready)
            break
        time.sleep(0.05)
    time.sleep(3)  # and it stays up
    traffic.phase = "after postgres"

    outage = [a for a in traffic.since(stopped) if a.ended < ready]
    back = [a for a in traffic.since(stopped) if a.ended >= ready and a.phase != "after postgres"]
    # (an answer asked for just before the stop may have met it: only those done before count)
    before = [a for a in traffic.during("before") if a.ended < stopping]
    show(before, "before")
    show(traffic.during("postgres stopping"), "while PostgreSQL stops")
    show(outage, f"while PostgreSQL is down ({ready - stopped:.1f} s)")
    show(back, "once PostgreSQL accepts connections again (the next 3 s and more)")
    uncached = [a for a in outage if a.kind != "cached"]
    expect(before and all(a.status == 200 for a in before), "before: every page 200")
    expect(any(a.status == 503 for a in uncached), "while down: pages that need the database answer 503")
    during_all = outage + traffic.during("postgres stopping")
    bad = collections.Counter(a.status for a in during_all if a.status not in (200, 503))
    expect(not bad, f"while stopping and down: nothing but 200 (page cache) and 503 {dict(bad) or ''}")
    unfriendly = [a for a in during_all if a.status == 503 and not (a.friendly and a.retry_after)]
    expect(not unfriendly, "every 503 is the bilingual page with Retry-After")
    slowest = max((a.ended - a.started for a in during_all), default=0)
    expect(
        slowest <= MAX_SECONDS, f"no answer took longer than {MAX_SECONDS:.0f} s (slowest {slowest:.2f} s)"
    )
    expect(
        recovered is not None and recovered <= RECOVERY_LIMIT,
        f"pages are 200 again {recovered:.2f} s after PostgreSQL accepts connections, no restart needed"
        if recovered is not None
        else f"pages are NOT 200 again within {RECOVERY_LIMIT:.0f} s of PostgreSQL's return",
    )
    if recovered is not None:
        late = [a for a in traffic.since(ready + recovered) if a.status != 200]
        expect(not late, f"and stay 200 afterwards ({len(late)} other answers)")
    expect(
        server.process.poll() is None and server.process.pid == master,
        f"no restart: the same gunicorn master (pid {master}); workers before {workers}, after {server.workers()}",
    )
    return {"recovery_seconds": recovered, "outage": outage}


def phase_redis(traffic, server, redis):
    say(f"(b) Redis stopped for {DOWN_SECONDS:.0f} s under traffic (pid {redis.pid_before})")
    print("    it will be started again with: " + shlex.join(redis.command()), flush=True)
    offset = server.stderr_path.stat().st_size
    traffic.phase = "redis down"
    redis.stop()
    down_from = time.monotonic()
    time.sleep(DOWN_SECONDS / 2)
    outcome, reference = send_form("en", "redis-down")
    time.sleep(DOWN_SECONDS / 2)
    log = log_since(server, offset)
    traffic.phase = "redis starting"
    redis.start()
    traffic.phase = "redis back"
    time.sleep(2)
    show([a for a in traffic.during("redis down") if a.started >= down_from], "while Redis is down")
    down = traffic.during("redis down")
    bad = collections.Counter(a.status for a in down if a.status != 200)
    expect(not bad, f"while down: every page 200 from the database {dict(bad) or ''}")
    slowest = max((a.ended - a.started for a in down), default=0)
    expect(
        slowest <= MAX_SECONDS, f"no answer took longer than {MAX_SECONDS:.0f} s (slowest {slowest:.2f} s)"
    )
    print(
        f"    answers per second: {rate(traffic.during('before')):.0f} with Redis, "
        f"{rate(down):.0f} without (every page rendered from the database)",
        flush=True,
    )
    lines = [line for line in log.splitlines() if "Cache unreachable" in line]
    workers = len(server.workers())
    expect(
        0 < len(lines) <= workers * (DOWN_SECONDS / 5 + 2),
        f"the cache errors are logged, not raised: {len(lines)} lines from {workers} workers "
        "(once per worker per CACHE_BREAKER_SECONDS, not once per cache call)",
    )
    print("    e.g. " + (lines[0][:200] if lines else "-"), flush=True)
    stored = reference and load.bench.psql(
        f"select count(*) from contact_submission where reference = '{reference}'", DATABASE
    )
    expect(
        outcome == "accepted" and stored == "1",
        f"a contact form sent meanwhile is accepted ({outcome}) and stored",
    )
    differences = redis.differences()
    expect(
        not differences, f"Redis is back (pid {redis.pid()}) with the same configuration {differences or ''}"
    )
    states = []
    for _ in range(3):
        _status, headers, _body = load.request("GET", "/ar/events/", port=PORT)
        states.append((headers.get("x-page-cache") or ["-"])[0])
    expect("hit" in states, f"and the page cache works again ({', '.join(states)})")


def phase_mail(server, mail_port):
    say(f"(c) contact forms with the mail server on 127.0.0.1:{mail_port} refusing")
    offset = server.stderr_path.stat().st_size
    results = []
    for language in ("ar", "en"):
        results.append(("connection refused", language, *send_form(language, f"mail-refused-{language}")))
    smtp = RefusingSMTP(mail_port)
    try:
        results.append(("554 no service", "ar", *send_form("ar", "mail-554")))
    finally:
        smtp.close()
    log = log_since(server, offset)
    for how, language, outcome, reference in results:
        status = mail_status(reference) if reference else "-"
        print(f"    {how:20} {language}: {outcome}, reference {reference}, mail_status {status}", flush=True)
        expect(
            outcome == "accepted" and status == "failed",
            f"{how} ({language}): stored, reference shown, mail failed",
        )
        expect(
            bool(reference) and reference in log,
            f"{how} ({language}): the failure is logged with the reference",
        )
    expect(smtp.connections >= 1, f"the refusing mail server was asked ({smtp.connections} connections)")


# --- Main -----------------------------------------------------------------------------------------------


def main():
    def terminate(_signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    postgres = PostgreSQL()
    if not postgres.ready():
        raise SystemExit("PostgreSQL at 127.0.0.1:5432 is not running; start it first")
    redis = Redis()  # reads the running configuration before anything is stopped
    mail_port = free_port()
    say("WARNING: PostgreSQL and Redis on this machine will each be down for a few seconds")
    load.prepare_site(DATABASE, SIZE, PORT, reuse=os.environ.get("FAULTS_REUSE") == "1")
    load.flush_redis(REDIS_URL)
    environment = load.server_environment(
        REDIS_URL=REDIS_URL,
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(mail_port),
        CONTACT_RATE_LIMIT="50/h",  # five forms are sent from 127.0.0.1 in the run
    )
    server = load.deployed_server(PORT, Path(tempfile.gettempdir()), **environment)
    traffic = Traffic(CLIENTS)
    result = {}
    try:
        server.start()
        say(
            f"gunicorn on 127.0.0.1:{PORT} (master pid {server.process.pid}, workers {server.workers()}); log: {server.stderr_path}"
        )
        for path in CACHED:
            load.request("GET", path, port=PORT)
        traffic.start()
        time.sleep(4)
        result = phase_postgres(traffic, server, postgres)
        phase_redis(traffic, server, redis)
        phase_mail(server, mail_port)
    except KeyboardInterrupt:
        failures.append("interrupted")
        print("\n    interrupted: restoring PostgreSQL and Redis", flush=True)
    except Exception as error:
        failures.append(f"{error.__class__.__name__}: {error}")
        print(f"    ERROR {error.__class__.__name__}: {error}", flush=True)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not stop the restore
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        traffic.stop()
        postgres.ensure_running()
        redis.ensure_running()
        server.stop()
        if os.environ.get("FAULTS_KEEP") != "1" and postgres.ready():
            load.drop_site(DATABASE)
    answers = traffic.answers
    print()
    say("summary")
    total = collections.Counter(a.status for a in answers)
    print(
        f"    {len(answers)} requests: " + ", ".join(f"{s}: {n}" for s, n in sorted(total.items(), key=str))
    )
    if result.get("recovery_seconds") is not None:
        print(f"    pages 200 again {result['recovery_seconds']:.2f} s after PostgreSQL accepted connections")
    print(
        f"    PostgreSQL: {'running' if postgres.ready() else 'NOT RUNNING'}; Redis: {'running' if redis.ping() else 'NOT RUNNING'}"
    )
    if failures:
        print("FAILED:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print("OK: every expectation held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
