import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def test_nothing_in_core_imports_qt():
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                parts = name.split(".")
                assert parts[0] not in {"PySide6", "PyQt5", "PyQt6", "pyqtgraph"}, f"{path.name} imports {name}"
                assert "visualizer" not in parts, f"{path.name} imports {name}"


def test_core_runs_with_qt_blocked():
    code = ("import sys; sys.modules['PySide6'] = None; sys.modules['pyqtgraph'] = None\n"
            "import mnist_visualizer.core.data, mnist_visualizer.core.model, mnist_visualizer.core.training, mnist_visualizer.core.cli\n"
            "import mnist_visualizer.core.live.training_loop, mnist_visualizer.core.live.messages\n"
            "import mnist_visualizer.core.live.trainer_process, mnist_visualizer.core.live.memory\n"
            "import mnist_visualizer.core.collect.server, mnist_visualizer.core.collect.class_digits\n"
            "assert 'PySide6' not in [m for m in sys.modules if sys.modules[m] is not None]")
    subprocess.run([sys.executable, "-c", code], check=True)
