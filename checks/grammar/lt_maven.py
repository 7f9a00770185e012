"""LanguageTool from Maven Central: the server and English jars in a cache folder.

An alternative to the official zip for people (and CI machines) with Java and
Maven: ``copydesk languagetool install --maven`` writes a small pom naming
``org.languagetool:languagetool-server`` and ``org.languagetool:language-en``
and runs ``mvn dependency:copy-dependencies`` into a folder of jars, which the
backend starts with ``java -cp 'FOLDER/*' org.languagetool.server.HTTPServer``.
``packaging/fetch-languagetool.sh`` does the same without Python (CI).

The folder is ``<user cache>/copydesk/languagetool-6.8/lib`` unless
``COPYDESK_LT_CLASSPATH`` names another; ``COPYDESK_CACHE_DIR`` moves the whole
cache.  A stamp file written after a complete copy makes a second fetch a no-op,
and an interrupted one is completed by the next (Maven skips the jars it has).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TextIO

import platformdirs

from copydesk.checks.grammar.lt_backend import LT_VERSION

GROUP = "org.languagetool"
ARTIFACTS = ("languagetool-server", "language-en")
# Pinned so that every Maven (3.8's default is 2.8, 3.9's another) copies the same way.
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
STAMP = ".copydesk-complete"
CLASSPATH_ENV = "COPYDESK_LT_CLASSPATH"
CACHE_ENV = "COPYDESK_CACHE_DIR"
MAIN_CLASS = "org.languagetool.server.HTTPServer"
FETCH_SECONDS = 1800  # generous: ~250 MB from Maven Central


class FetchError(Exception):
    """The Maven fetch could not be done; the message says why, in one line."""


def cache_dir() -> Path:
    """copydesk's cache folder (``COPYDESK_CACHE_DIR`` or the platform's user cache)."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("copydesk"))


def lib_dir() -> Path:
    """The folder of LanguageTool jars: ``COPYDESK_LT_CLASSPATH`` or the default in the cache."""
    override = os.environ.get(CLASSPATH_ENV)
    if override:
        return Path(override).expanduser()
    return cache_dir() / f"languagetool-{LT_VERSION}" / "lib"


def main_jars(folder: Path) -> list[Path]:
    return [folder / f"{a}-{LT_VERSION}.jar" for a in ARTIFACTS]


def usable(folder: Path) -> bool:
    """The folder holds LanguageTool's server and English jars (their dependencies are trusted)."""
    return all(p.is_file() for p in main_jars(folder))


def is_complete(folder: Path) -> bool:
    """A fetch finished here (the stamp) and the main jars are still in place."""
    return (folder / STAMP).is_file() and usable(folder)


def classpath(folder: Path) -> str:
    """The ``-cp`` argument: Java expands ``DIR/*`` to every jar in DIR itself."""
    return str(folder / "*")


def pom() -> str:
    deps = "\n".join(
        f"    <dependency><groupId>{GROUP}</groupId><artifactId>{a}</artifactId>"
        f"<version>{LT_VERSION}</version></dependency>"
        for a in ARTIFACTS
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <groupId>local.copydesk</groupId><artifactId>languagetool-fetch</artifactId>"
        "<version>1</version>\n"
        f"  <dependencies>\n{deps}\n  </dependencies>\n"
        "</project>\n"
    )


def mvn_command(pom_path: Path, dest: Path, mvn: str = "mvn") -> list[str]:
    return [
        mvn,
        "-q",
        "-B",
        "-f",
        str(pom_path),
        f"{DEPENDENCY_PLUGIN}:copy-dependencies",
        f"-DoutputDirectory={dest}",
        "-DincludeScope=runtime",
    ]


def fetch(dest: Path | None = None, out: TextIO | None = None) -> Path:
    """Make ``dest`` (default :func:`lib_dir`) a complete LanguageTool classpath folder.

    Does nothing when it already is one.  Raises :class:`FetchError` when Maven is
    missing or fails (no network, no disk space), with Maven's last lines.
    """
    out = out or sys.stderr
    dest = (dest or lib_dir()).expanduser().absolute()
    if is_complete(dest):
        print(f"LanguageTool {LT_VERSION} (Maven) is already complete in {dest}", file=out)
        return dest
    mvn = shutil.which("mvn")
    if mvn is None:
        raise FetchError(
            "Maven ('mvn') is not on PATH: install Maven, or use 'copydesk languagetool "
            "install' (the official zip)"
        )
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError(f"cannot create {dest}: {exc}") from exc
    print(f"Fetching LanguageTool {LT_VERSION} from Maven Central (~250 MB) into {dest}", file=out)
    with tempfile.TemporaryDirectory(prefix="copydesk-ltpom-") as work:
        pom_path = Path(work) / "pom.xml"
        pom_path.write_text(pom(), "utf-8")
        try:
            done = subprocess.run(
                mvn_command(pom_path, dest, mvn),
                capture_output=True,
                text=True,
                timeout=FETCH_SECONDS,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise FetchError(f"Maven could not run: {exc}") from exc
    if done.returncode != 0 or not usable(dest):
        tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-6:])
        raise FetchError(
            f"Maven failed (exit {done.returncode}); nothing usable in {dest}"
            + (f": {tail[:600]}" if tail else "")
        )
    (dest / STAMP).write_text(f"{GROUP}:{','.join(ARTIFACTS)}:{LT_VERSION}\n", "utf-8")
    jars = list(dest.glob("*.jar"))
    size = sum(p.stat().st_size for p in jars) / 1e6
    print(f"LanguageTool {LT_VERSION}: {len(jars)} jars, {size:.0f} MB in {dest}", file=out)
    return dest


def main(argv: list[str] | None = None) -> int:
    """``python -m checks.grammar.lt_maven [DEST]``: fetch, exit 0, or 2 with one line."""
    args = sys.argv[1:] if argv is None else argv
    try:
        fetch(Path(args[0]) if args else None)
    except FetchError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
