"""LanguageTool start-up: cold start of copydesk's local server vs reuse by a second process.

    .venv/bin/python bench/lt_startup.py [--classpath DIR] [--repeat N]

Prints, for a cold start (no server running; copydesk starts
``java -cp 'DIR/*' org.languagetool.server.HTTPServer``): seconds until the server
answers its health check, and seconds for the first check (LanguageTool loads its
English rules lazily, on the first request); then, for a second copydesk process
that finds the running server through the state file: seconds until ready, and its
first check.  DIR defaults to copydesk's Maven folder (``copydesk languagetool
install --maven``); the official zip is used instead when DIR is not given and the
zip is installed.  A private cache folder is used, so a running copydesk is not
disturbed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from copydesk.checks.grammar import lt_maven  # noqa: E402
from copydesk.checks.grammar.lt_backend import Backend, local_install  # noqa: E402
from copydesk.checks.service import ServiceState  # noqa: E402
from copydesk.checks.settings import Settings  # noqa: E402

TEXT = "He go to the summit every year. This is a apple."

# Run by the second process: time ensure() (finding and reusing the server) and a check.
SECOND = """
import json, sys, time
from copydesk.checks.grammar.lt_backend import Backend
from copydesk.checks.settings import Settings
settings = Settings()
settings.languagetool.startup_timeout_seconds = 0.001  # reuse, or fail: never a 2nd start
backend = Backend()
t0 = time.perf_counter()
status = backend.ensure(settings)
t1 = time.perf_counter()
matches = backend.check(sys.argv[1], settings)
t2 = time.perf_counter()
backend.close()
print(json.dumps({"ready": t1 - t0, "check": t2 - t1, "matches": len(matches),
                  "status": status.message}))
"""


def cold(settings: Settings) -> tuple[Backend, float, float, int]:
    backend = Backend()
    t0 = time.perf_counter()
    status = backend.ensure(settings)
    t1 = time.perf_counter()
    if status.state is not ServiceState.READY:
        sys.exit(f"LanguageTool did not start: {status.message}")
    matches = backend.check(TEXT, settings)
    return backend, t1 - t0, time.perf_counter() - t1, len(matches)


def second_process() -> dict[str, float]:
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", SECOND, TEXT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    data = json.loads(done.stdout.strip().splitlines()[-1])
    data["process"] = time.perf_counter() - t0
    if "reused" not in data["status"]:
        sys.exit(f"the second process did not reuse the server: {data['status']}")
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--classpath", help="folder of LanguageTool jars (Maven route)")
    ap.add_argument("--repeat", type=int, default=3, help="cold starts to time (default 3)")
    args = ap.parse_args()
    if args.classpath:
        os.environ["COPYDESK_LT_CLASSPATH"] = args.classpath
    elif lt_maven.usable(lt_maven.lib_dir()):  # found before the cache moves below
        os.environ["COPYDESK_LT_CLASSPATH"] = str(lt_maven.lib_dir())
    # A private cache (state file): a copydesk running meanwhile is neither reused nor disturbed.
    os.environ["COPYDESK_CACHE_DIR"] = tempfile.mkdtemp(prefix="copydesk-lt-bench-")
    settings = Settings()
    settings.languagetool.startup_timeout_seconds = 300
    install = local_install(settings.languagetool)
    if install is None:
        sys.exit(
            f"no LanguageTool: run 'copydesk languagetool install --maven' (jars go to "
            f"{lt_maven.lib_dir()}) or pass --classpath DIR"
        )
    print(f"LanguageTool from {install.describe()}; {os.cpu_count()} CPUs")
    colds: list[tuple[float, float]] = []
    reuses: list[dict[str, float]] = []
    for n in range(args.repeat):
        backend, ready, first, found = cold(settings)
        colds.append((ready, first))
        print(
            f"cold start {n + 1}: ready {ready:.2f} s, first check {first:.2f} s ({found} matches)"
        )
        reuse = second_process()
        reuses.append(reuse)
        print(
            f"  second process: ready {reuse['ready']:.3f} s, first check {reuse['check']:.2f} s, "
            f"whole process {reuse['process']:.2f} s ({int(reuse['matches'])} matches)"
        )
        backend.close()
    med = statistics.median
    print(
        f"median cold start: ready {med(c[0] for c in colds):.2f} s, "
        f"ready + first check {med(c[0] + c[1] for c in colds):.2f} s"
    )
    print(
        f"median reuse by a second process: ready {med(r['ready'] for r in reuses):.3f} s, "
        f"first check {med(r['check'] for r in reuses):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
