import json
import subprocess
import sys

import numpy as np
import pytest

from mnist_visualizer.core.cli import main
from mnist_visualizer.core.model import load_weights


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "mnist_visualizer.core.cli", *args], capture_output=True, text=True,
                          timeout=120)


def test_json_epoch_lines_and_save_load(tmp_path, capsys):
    weights = tmp_path / "w.npz"
    assert main(["--epochs", "1", "--json", "--save", str(weights)]) == 0
    record = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for key in ("epoch", "train_loss", "test_loss", "test_accuracy", "seconds", "examples_per_second"):
        assert key in record
    assert record["test_accuracy"] >= 0.915
    W, b = load_weights(weights)
    assert main(["--epochs", "0", "--json", "--load", str(weights)]) == 0
    again = json.loads(capsys.readouterr().out.strip())
    assert again["test_accuracy"] == pytest.approx(record["test_accuracy"])


@pytest.mark.parametrize("args, message", [
    (["--batch-size", "0"], "batch-size"),
    (["--lr", "-1"], "--lr"),
    (["--lr", "nan"], "--lr"),
    (["--epochs", "many"], "--epochs"),
    (["--bogus"], "unrecognized"),
    (["--data-dir", "/nonexistent"], "not a folder"),
    (["--load", "/nonexistent.npz"], "not found"),
])
def test_bad_arguments_give_one_error_line(args, message):
    result = run_cli(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_bad_weights_file_is_one_error_line(tmp_path):
    bad = tmp_path / "w.npz"
    np.savez(bad, W=np.zeros((10, 784)), b=np.zeros(10))
    result = run_cli("--load", str(bad))
    assert result.returncode != 0 and result.stderr.count("\n") == 1 and "shape" in result.stderr


def test_divergence_is_an_error_line_and_keeps_good_weights(tmp_path):
    weights = tmp_path / "w.npz"
    result = run_cli("--lr", "1e6", "--save", str(weights))
    assert result.returncode == 1
    assert result.stderr.startswith("error: training diverged") and result.stderr.count("\n") == 1
    W, b = load_weights(weights)
    assert np.isfinite(W).all()


def test_unwritable_save_path_is_one_error_line(tmp_path):
    result = run_cli("--epochs", "0", "--save", str(tmp_path / "no" / "such" / "dir" / "w.npz"))
    assert result.returncode != 0 and result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1
