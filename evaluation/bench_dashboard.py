"""`mentor-coach bench dashboard`: how long the program dashboard takes to be fully drawn in a browser.

The real app (``app.py``) is started on a free loopback port with the store as "your program", and
Debian's chromium (headless, through Playwright) loads the Dashboard page: once right after the server
started (cold: imports, opening the store, the first analytics), then again and again on the warm
server. A load counts as drawn when every trend chart's canvas has something painted on it, the group
table is on the page and Streamlit says the script is no longer running; the time is the browser's own
clock from the start of the navigation.

Target (issue #7, point 9): <= 2 s for a program of 10,000 sessions on the project's 2-core machine.

Example:
    $ mentor-coach bench program --keep-store /tmp/p10k.sqlite
    $ mentor-coach bench dashboard --store /tmp/p10k.sqlite
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from coach.errors import CoachError, InputError
from evaluation.common import describe_host, percentiles_ms, table

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 2.0
WARM_LOADS = 12
QUICK_WARM_LOADS = 3
CHARTS = 1  # the six trends are drawn in one vega view
TABLES = 3  # feedback; goals; questions and action items
CHROMIUM = os.environ.get("MENTOR_COACH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOAD_TIMEOUT_S = 180

# Runs in the page on every animation frame; returns the page's clock once the dashboard is fully drawn.
# A vega canvas exists before anything is painted on it, so one pixel with ink is required per chart.
DRAWN = """([charts, tables]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-testid="stException"]')) return 'error';
  const grids = document.querySelectorAll('[data-testid="stDataFrame"]');
  if (grids.length < tables || [...grids].some(g => !g.querySelector('canvas'))) return false;
  const boxes = document.querySelectorAll('[data-testid="stVegaLiteChart"]');
  if (boxes.length < charts) return false;
  for (const box of boxes) {
    const svg = box.querySelector('svg.marks');
    if (svg) { if (!svg.querySelector('path')) return false; continue; }
    const canvas = box.querySelector('canvas.marks');
    if (!canvas || !canvas.width || !canvas.height) return false;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = false;
    for (let i = 3; i < pixels.length; i += 4 * 7) { if (pixels[i]) { ink = true; break; } }
    if (!ink) return false;
  }
  return performance.now();
}"""


@dataclass
class DashboardTimings:
    sessions: int
    scored: int
    server_start_s: float
    cold_s: float
    warm_s: list[float] = field(default_factory=list)

    @property
    def warm_median_s(self) -> float:
        return percentiles_ms(self.warm_s)[0] / 1000

    @property
    def warm_p95_s(self) -> float:
        return percentiles_ms(self.warm_s)[1] / 1000


def store_url(store: str) -> str:
    """The SQLAlchemy URL of ``store`` (a path or a URL), refused with a message unless it is a program store."""
    if "://" in store and not store.startswith("sqlite:///"):
        return store
    path = Path(store[len("sqlite:///") :] if store.startswith("sqlite:///") else store).expanduser()
    if not path.is_file():
        raise InputError(
            f"no store at {path}: give the SQLite file that `mentor-coach bench program --keep-store` "
            "or the app wrote"
        )
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise InputError(f"{path} is not an SQLite database")
    # Read-only, so a database of something else is refused rather than given the store's tables.
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise InputError(f"{path} cannot be read as a database: {exc}") from None
    if "sessions" not in tables:
        raise InputError(
            f"{path} is an SQLite database but not a mentor-coach program store (no sessions table)"
        )
    return f"sqlite:///{path.resolve()}"


def _counts(url: str) -> tuple[int, int]:
    """(sessions, scored sessions shown); refused when the dashboard would draw no trend chart to wait for."""
    from coach.program.analytics import program_analytics
    from coach.program.store import open_store

    store = open_store(url)
    try:
        sessions, analytics = store.count_sessions(), program_analytics(store)
    finally:
        store.close()
    if analytics.total.sessions < analytics.min_group_sessions or not analytics.trends:
        raise InputError(
            f"the store has {analytics.total.sessions} scored sessions and no month with enough of them "
            "for a trend, so the dashboard draws no charts to time: score it first (mentor-coach score) "
            "or give a larger program"
        )
    return sessions, analytics.total.sessions


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_app(url: str, folder: Path) -> tuple[subprocess.Popen, str, Path]:
    """The app on a free loopback port with ``url`` as the lead's store; returns (process, address, log)."""
    import urllib.request

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["MENTOR_COACH_DATABASE_URL"] = url
    env["MENTOR_COACH_DATA_DIR"] = str(folder)
    # An empty demo store of its own, so the dashboard opens on the store measured.
    env["MENTOR_COACH_DEMO_DATABASE_URL"] = f"sqlite:///{folder / 'demo.sqlite'}"
    port = _free_port()
    log = folder / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    address = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise CoachError("the app exited before it answered:\n" + log.read_text(errors="replace")[-2000:])
        try:
            with urllib.request.urlopen(address + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc, address, log
        except OSError:
            time.sleep(0.2)
    _stop_app(proc)
    raise CoachError("the app did not answer within 90 s:\n" + log.read_text(errors="replace")[-2000:])


def _stop_app(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _load(context, address: str) -> float:
    """One fresh page load of the dashboard; seconds from navigation start until fully drawn."""
    from playwright.sync_api import Error as PlaywrightError

    page = context.new_page()
    try:
        page.goto(address + "/dashboard", wait_until="commit", timeout=LOAD_TIMEOUT_S * 1000)
        try:
            handle = page.wait_for_function(
                DRAWN, arg=[CHARTS, TABLES], polling="raf", timeout=LOAD_TIMEOUT_S * 1000
            )
        except PlaywrightError:
            text = page.inner_text("body")[:600]
            raise CoachError(
                f"the dashboard was not fully drawn within {LOAD_TIMEOUT_S} s; the page showed:\n{text}"
            ) from None
        drawn = handle.json_value()
        if drawn == "error":
            raise CoachError("the dashboard showed an error:\n" + page.inner_text("body")[:1500])
        return float(drawn) / 1000
    finally:
        page.close()


def _chromium():
    if not Path(CHROMIUM).exists():
        raise CoachError(
            f"Debian's chromium is needed at {CHROMIUM} (apt-get install chromium, or set "
            "MENTOR_COACH_CHROMIUM)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise CoachError("Playwright is needed: pip install -e '.[test]'") from None
    return sync_playwright


def measure_dashboard(url: str, warm_loads: int = WARM_LOADS, log=sys.stderr) -> DashboardTimings:
    """Start the app on ``url``'s store, load the dashboard cold once and warm ``warm_loads`` times.

    Example: ``measure_dashboard(store_url("/tmp/p10k.sqlite")).warm_p95_s``
    """
    # Playwright's sync API refuses a thread whose asyncio loop is running (a notebook, or a test
    # session that already holds a sync browser), so then the measurement gets a thread of its own.
    if _loop_running():
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(_measure_dashboard, url, warm_loads, log).result()
    return _measure_dashboard(url, warm_loads, log)


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _measure_dashboard(url: str, warm_loads: int, log) -> DashboardTimings:
    sync_playwright = _chromium()
    sessions, scored = _counts(url)
    with tempfile.TemporaryDirectory(prefix="mentor-coach-bench-dashboard-") as folder:
        started = time.perf_counter()
        proc, address, app_log = _start_app(url, Path(folder))
        try:
            server_start_s = time.perf_counter() - started
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                try:
                    context = browser.new_context(viewport={"width": 1400, "height": 1000})
                    cold = _load(context, address)
                    print(f"  cold load: {cold:.2f} s", file=log, flush=True)
                    warm = []
                    for i in range(warm_loads):
                        warm.append(_load(context, address))
                        print(f"  warm load {i + 1}/{warm_loads}: {warm[-1]:.2f} s", file=log, flush=True)
                finally:
                    browser.close()
        except CoachError as exc:
            raise CoachError(f"{exc}\n(app log: {app_log.read_text(errors='replace')[-1000:]})") from None
        finally:
            _stop_app(proc)
    return DashboardTimings(sessions, scored, server_start_s, cold, warm)


def _demo_store(folder: Path) -> str:
    from ui.program_demo import preload_demo

    url = f"sqlite:///{folder / 'demo-program.sqlite'}"
    print(
        "No --store given: importing and scoring the demo program (618 sessions) into a temporary store "
        "first; that takes a minute or two here and is not part of the figures.",
        flush=True,
    )
    preload_demo(url=url)
    return url


def bench_dashboard(store: str | None = None, quick: bool = False) -> int:
    """Measure the dashboard in the browser and print a Markdown table; returns 0 (numbers, not a pass/fail)."""
    warm_loads = QUICK_WARM_LOADS if quick else WARM_LOADS
    with tempfile.TemporaryDirectory(prefix="mentor-coach-bench-demo-") as folder:
        url = store_url(store) if store else _demo_store(Path(folder))
        print(
            f"Benchmark: the Dashboard page in headless chromium, 1 cold + {warm_loads} warm loads, "
            f"{describe_host()}, load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        t = measure_dashboard(url, warm_loads)
    met = t.warm_p95_s <= TARGET_S
    print(
        table(
            ["measure", "value", "target"],
            [
                ("sessions in the store (scored)", f"{t.sessions:,} ({t.scored:,})", "10,000"),
                ("server start until it answers, s", f"{t.server_start_s:.2f}", ""),
                ("cold: first load after the server started, s", f"{t.cold_s:.2f}", ""),
                (
                    f"warm: {len(t.warm_s)} page loads, median s",
                    f"{t.warm_median_s:.2f}",
                    f"<= {TARGET_S:.0f}",
                ),
                (f"warm: {len(t.warm_s)} page loads, p95 s", f"{t.warm_p95_s:.2f}", f"<= {TARGET_S:.0f}"),
                ("warm: fastest / slowest, s", f"{min(t.warm_s):.2f} / {max(t.warm_s):.2f}", ""),
            ],
        )
    )
    print(
        f"Target {'met' if met else 'not met'}: warm p95 {t.warm_p95_s:.2f} s against {TARGET_S:.0f} s"
        + ("" if t.sessions >= 10_000 else f" (on {t.sessions:,} sessions, not the target's 10,000)")
        + "."
    )
    return 0
