"""copydesk: the package every part is installed under, and its front ends.

The prescribed folders are mapped beneath this one name (see setup.py):
``copydesk.checks`` is the engine (``checks/``), ``copydesk.desktop`` the window
(``desktop/``), ``copydesk.resources`` the data (``resources/``). This folder
itself holds the command-line front end (:mod:`copydesk.cli`), the LanguageTool
commands and the About information; the engine imports none of them.
"""

from copydesk.checks import __version__

__all__ = ["__version__"]
