"""The layering written down in pyproject.toml's [tool.importlinter] contracts holds: the core has no
Qt and knows nothing of the window, the app's entry module is imported by nothing else, and within
the visualizer the window stands on its helpers, they on the session, the session on the training
controllers, with no import cycles. CI runs only `python -m pytest`, so this test is what enforces
them. import-linter reads the installed `mnist_visualizer` (editable or not) and the contracts from
the repository's pyproject.toml."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def lint_imports() -> str:
    """The `lint-imports` console script of the interpreter running the tests (its venv's bin)."""
    bin_dir = Path(sys.executable).parent
    for name in ("lint-imports", "lint-imports.exe"):
        if (bin_dir / name).exists():
            return str(bin_dir / name)
    found = shutil.which("lint-imports")
    if found is None:
        pytest.fail("lint-imports not found: install the test extra (pip install '.[test]')")
    return found


def test_the_import_contracts_are_kept():
    result = subprocess.run([lint_imports(), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and "BROKEN" not in result.stdout, result.stdout
