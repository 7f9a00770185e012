"""Against a real LanguageTool, where one is installed (Java 17+, LanguageTool-6.8 under LTP_PATH).

Skipped, with the reason, everywhere else: the download is not reachable from CI.
"""

from __future__ import annotations

import pytest

from checks.engine import Engine
from checks.grammar.lt_backend import BACKEND, java_info, server_jar
from checks.service import ServiceState
from checks.settings import Settings

_SETTINGS = Settings()
_MISSING = (
    "no real LanguageTool here (needs Java 17+ and LanguageTool-6.8/languagetool-server.jar "
    "under LTP_PATH); this integration test was NOT run"
)


@pytest.mark.languagetool
@pytest.mark.skipif(
    server_jar(_SETTINGS.languagetool) is None or not java_info().ok, reason=_MISSING
)
def test_real_server_finds_agreement_error():
    status = BACKEND.ensure(_SETTINGS)
    assert status.state is ServiceState.READY, status.message
    issues = Engine(_SETTINGS).check_text("He go to the summit every year. This is a apple.")
    assert any(i.rule.startswith("lt.") for i in issues)
    BACKEND.close()
