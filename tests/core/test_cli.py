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
    (["--lr", "abc"], "argument --lr: must be a positive number, got abc"),
    (["--epochs", "1.5"], "argument --epochs: must be a whole number >= 0, got 1.5"),
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


@pytest.mark.parametrize("where", ["no/such/dir/w.npz", "."])
def test_an_unwritable_save_path_is_said_before_any_training(tmp_path, where):
    """Not after an epoch (or an hour) of training, and in words naming the path, not a temporary
    file of its own."""
    result = run_cli("--epochs", "1", "--save", str(tmp_path / where))
    assert result.returncode != 0 and result.stdout == ""   # no epoch trained
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {tmp_path / where}"), result.stderr
    assert ("no such folder" in lines[0]) if where != "." else ("is a folder" in lines[0])
    assert ".tmp" not in lines[0] and list(tmp_path.iterdir()) == []


def test_help_describes_every_option_with_its_default():
    out = run_cli("--help").stdout.split("options:", 1)[1]
    for option, default in (("--epochs", "default 1"), ("--seed", "default 0"), ("--batch-size", "default")):
        block = " ".join(out.split(option, 1)[1].split("\n  --", 1)[0].split())  # unwrapped
        assert default in block, (option, block)


def test_hidden_network_trains_saves_and_loads_back_identical(tmp_path, capsys):
    from mnist_visualizer.core.model import load_network
    from mnist_visualizer.core.networks.hidden_layer import HiddenLayerNetwork

    weights = tmp_path / "h.npz"
    # A short run: batch 512 for one epoch is ~120 updates, enough for a sane accuracy.
    assert main(["--hidden", "32", "--activation", "sigmoid", "--batch-size", "512", "--json",
                 "--save", str(weights)]) == 0
    record = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert record["hidden"] == 32 and record["activation"] == "sigmoid"
    assert record["network"] == "hidden 32 sigmoid" and record["learning_rate"] == 1.0
    assert record["test_accuracy"] >= 0.85
    net = load_network(weights)
    assert isinstance(net, HiddenLayerNetwork) and net.hidden == 32 and net.activation == "sigmoid"
    assert main(["--epochs", "0", "--json", "--load", str(weights)]) == 0
    again = json.loads(capsys.readouterr().out.strip())
    assert again["test_accuracy"] == pytest.approx(record["test_accuracy"]) and again["hidden"] == 32
    copy = tmp_path / "copy.npz"
    assert main(["--epochs", "0", "--load", str(weights), "--save", str(copy)]) == 0
    reloaded = load_network(copy)
    for k, v in net.parameters().items():
        assert reloaded.parameters()[k].tobytes() == v.tobytes()


@pytest.mark.parametrize("args, lr, network", [
    ([], 0.01, "one layer"),
    (["--batch-size", "64"], 0.5, "one layer"),
    (["--hidden", "8"], 0.01, "hidden 8 ReLU"),
    (["--hidden", "8", "--activation", "sigmoid"], 0.05, "hidden 8 sigmoid"),
    (["--hidden", "8", "--activation", "sigmoid", "--batch-size", "64"], 1.0, "hidden 8 sigmoid"),
    (["--hidden", "8", "--lr", "0.003"], 0.003, "hidden 8 ReLU"),
])
def test_default_learning_rate_follows_batch_size_and_network(capsys, args, lr, network):
    assert main(["--epochs", "0", "--json", *args]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["network"] == network and record["learning_rate"] == lr


@pytest.mark.parametrize("args, message", [
    (["--hidden", "-1"], "--hidden"),
    (["--hidden", "5000"], "--hidden"),
    (["--activation", "tanh", "--hidden", "8"], "--activation"),
    (["--activation", "sigmoid"], "--activation needs a hidden layer"),
])
def test_bad_network_arguments_give_one_error_line(args, message):
    result = run_cli(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr


def test_hidden_flag_disagreeing_with_the_loaded_file_is_one_error_line(tmp_path):
    from mnist_visualizer.core.model import save_network
    from mnist_visualizer.core.networks.hidden_layer import HiddenLayerNetwork

    weights = tmp_path / "h.npz"
    save_network(weights, HiddenLayerNetwork(16))
    result = run_cli("--load", str(weights), "--hidden", "64", "--epochs", "0")
    assert result.returncode != 0 and result.stderr.count("\n") == 1
    assert "--hidden 64 disagrees" in result.stderr and "hidden 16 ReLU" in result.stderr
    result = run_cli("--load", str(weights), "--hidden", "16", "--epochs", "0", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["hidden"] == 16
