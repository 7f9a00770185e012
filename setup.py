"""Package layout: the prescribed top-level folders installed under one import name.

pyproject.toml holds the metadata; this file only maps folders to packages, which
pyproject's static configuration cannot do for a whole tree: ``frontend/`` is the
``copydesk`` package, and ``checks/``, ``desktop/`` and ``resources/`` become
``copydesk.checks``, ``copydesk.desktop`` and ``copydesk.resources`` with every
sub-package below them, so the wheel installs nothing but ``copydesk``.
"""

from setuptools import find_packages, setup

FOLDERS = {"checks": "checks", "desktop": "desktop", "resources": "resources"}

package_dir = {"copydesk": "frontend"}
packages = ["copydesk"]
for name, folder in FOLDERS.items():
    package_dir[f"copydesk.{name}"] = folder
    packages.append(f"copydesk.{name}")
    packages += [f"copydesk.{name}.{sub}" for sub in find_packages(folder)]

setup(packages=packages, package_dir=package_dir)
