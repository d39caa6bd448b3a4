"""Training's core of its own: which core, who leaves it, and how to turn it off."""

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
                                reason="a core of its own needs a system that places processes, and two cores")

SHOW = ("import os; from mnist_visualizer.core.live import cores; cores.{call}(); "
        "print(cores.training_core(), sorted(os.sched_getaffinity(0)))")


def run(call: str, **environ) -> tuple[str, list[int]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MNIST_VISUALIZER_")} | environ
    out = subprocess.run([sys.executable, "-c", SHOW.format(call=call)], capture_output=True, text=True,
                         check=True, env=env).stdout.split(maxsplit=1)
    return out[0], eval(out[1])   # noqa: S307  (our own print of a list of ints)


def test_the_window_and_the_server_leave_the_last_core_to_training():
    cores = sorted(os.sched_getaffinity(0))
    assert run("leave_training_core") == (str(cores[-1]), cores[:-1])


def test_training_takes_the_core_it_is_named():
    cores = sorted(os.sched_getaffinity(0))
    assert run("take_training_core", MNIST_VISUALIZER_TRAINING_CORE=str(cores[0])) == (str(cores[0]), [cores[0]])


def test_shared_leaves_every_process_where_it_was():
    cores = sorted(os.sched_getaffinity(0))
    for call in ("leave_training_core", "take_training_core"):
        assert run(call, MNIST_VISUALIZER_CORES="shared") == ("None", cores)
