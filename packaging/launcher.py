"""Entry point of the frozen bundle: no arguments opens the window, otherwise the CLI.

A double-click on the bundled program starts the desktop app; from a terminal
``copydesk check …`` works exactly as the pip-installed command does.
"""

from __future__ import annotations

import sys


def run() -> int:
    if len(sys.argv) == 1:
        from copydesk.desktop.app import main as gui_main

        return gui_main([])
    from copydesk.cli import run as cli_run

    cli_run(sys.argv[1:])  # exits: a late Ctrl-C is ignored while shutting down


if __name__ == "__main__":
    sys.exit(run())
