"""Benchmark of the core training and prediction code, with PyTorch CPU beside it when installed.

Run from the project folder:

    python benchmarks/bench_core.py [--repeats 3]

It prints, for the real bundled MNIST:

1. training throughput of ``core.training.Trainer`` for one epoch at batch sizes 1, 32, 128, 512,
   and the exact block method ``core.training.sgd_block`` against a textbook per-example loop;
2. the latency of one 784-pixel prediction (the drawing-canvas case);
3. the same model trained with PyTorch (a 784 x 10 linear layer, softmax cross-entropy, plain SGD),
   when ``torch`` can be imported, with numpy / PyTorch speed ratios;
4. the project's performance goals beside the measured figures.

Nothing is asserted: this is a report, not a test. Timings are wall-clock (``time.perf_counter``).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

try:
    import mnist_visualizer.core  # noqa: F401  (installed, or run from the project folder)
except ImportError:  # run as a plain script from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mnist_visualizer.core.data import load_dataset, to_float
from mnist_visualizer.core.model import SoftmaxRegression
from mnist_visualizer.core.training import SGD_BLOCK, TrainConfig, Trainer, evaluate, sgd_block

BATCH_SIZES = (1, 32, 128, 512)
LARGE_BATCH_LR = 0.5        # learning rate for batch sizes > 1
SEED = 0

GOAL_SGD_EXAMPLES_PER_S = 80_000
GOAL_BATCH128_EPOCH_S = 0.15
GOAL_PREDICT_MEDIAN_US = 50.0


@dataclass
class EpochResult:
    batch_size: int
    learning_rate: float
    examples: int               # examples trained per timed run
    epoch_examples: int         # examples in a full epoch (the training set)
    seconds: list[float]        # one per repeat
    test_accuracy: float        # after the last repeat's epoch (a sanity check, not a benchmark)
    note: str = ""

    @property
    def median_s(self) -> float:
        return statistics.median(self.seconds)

    @property
    def best_s(self) -> float:
        return min(self.seconds)

    @property
    def median_rate(self) -> float:
        return self.examples / self.median_s

    @property
    def best_rate(self) -> float:
        return self.examples / self.best_s

    @property
    def epoch_s(self) -> float:
        """Median seconds for a full epoch (extrapolated when fewer examples were timed)."""
        return self.median_s * self.epoch_examples / self.examples

    @property
    def best_epoch_s(self) -> float:
        return self.best_s * self.epoch_examples / self.examples


# --- helpers --------------------------------------------------------------------------------------

def learning_rate_for(batch_size: int) -> float:
    return TrainConfig().learning_rate if batch_size == 1 else LARGE_BATCH_LR


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def numpy_blas() -> str:
    try:
        config = np.show_config(mode="dicts")
        blas = config["Build Dependencies"]["blas"]
        return f"{blas.get('name', '?')} {blas.get('version', '')}".strip()
    except Exception:  # older numpy, or a build without the information
        return "unknown"


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def print_header(title: str) -> None:
    print()
    print(title)
    print("-" * len(title))


def fmt_rate(rate: float) -> str:
    return f"{rate:>12,.0f}"


# --- machine --------------------------------------------------------------------------------------

def print_machine() -> None:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    torch_version = package_version("torch")
    print("Machine")
    print("-------")
    print(f"platform      {platform.platform()}")
    print(f"python        {platform.python_version()} ({platform.python_implementation()})")
    print(f"cpu           {cpu_name()}")
    print(f"cpu count     {os.cpu_count()} (usable by this process: {usable})")
    print(f"numpy         {np.__version__} (BLAS: {numpy_blas()})")
    print(f"torch         {torch_version or 'not installed'}")
    threads = {k: os.environ[k] for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                          "MKL_NUM_THREADS") if k in os.environ}
    print(f"thread env    {', '.join(f'{k}={v}' for k, v in threads.items()) or 'none set'}")


# --- 1. numpy training ----------------------------------------------------------------------------

def time_trainer_epochs(dataset, batch_size: int, repeats: int) -> EpochResult:
    """Time one full epoch of Trainer at ``batch_size``, ``repeats`` times from the same weights."""
    lr = learning_rate_for(batch_size)
    model = SoftmaxRegression(seed=SEED)
    W0, b0 = model.W.copy(), model.b.copy()
    trainer = Trainer(model, dataset, TrainConfig(learning_rate=lr, batch_size=batch_size, seed=SEED))
    n = len(trainer.x_train)
    seconds = []
    for _ in range(repeats):
        model.W[...], model.b[...] = W0, b0
        trainer.reset_progress()
        start = time.perf_counter()
        for _metrics in trainer.train_epoch():
            pass
        seconds.append(time.perf_counter() - start)
    accuracy = trainer.evaluate().test_accuracy
    return EpochResult(batch_size, lr, n, n, seconds, accuracy)


def textbook_sgd(x: np.ndarray, y: np.ndarray, W: np.ndarray, b: np.ndarray, lr: float) -> None:
    """The guide's loop, one example at a time, in place: l = xW + b; p = softmax(l);
    W -= lr outer(x, p - y); b -= lr (p - y)."""
    lr = np.float32(lr)
    for t in range(len(x)):
        xt = x[t]
        l = xt @ W + b
        e = np.exp(l - l.max())
        g = e / e.sum()
        g[y[t]] -= 1
        W -= lr * np.outer(xt, g)
        b -= lr * g


def blocked_sgd(x: np.ndarray, y: np.ndarray, W: np.ndarray, b: np.ndarray, lr: float) -> None:
    """The same updates through core.training.sgd_block, SGD_BLOCK examples at a time."""
    for s in range(0, len(x), SGD_BLOCK):
        sgd_block(x[s: s + SGD_BLOCK], y[s: s + SGD_BLOCK], W, b, lr)


def compare_textbook(x_train: np.ndarray, y_train: np.ndarray, n_examples: int, repeats: int):
    """Seconds (median over repeats) of the textbook loop and of sgd_block on the same examples,
    and the largest difference between the weights the two produce."""
    lr = learning_rate_for(1)
    order = np.random.default_rng(SEED).permutation(len(x_train))[:n_examples]
    x, y = np.ascontiguousarray(x_train[order]), y_train[order]
    W0 = SoftmaxRegression(seed=SEED).W
    b0 = np.zeros(W0.shape[1], np.float32)

    results = {}
    for name, fn in (("textbook", textbook_sgd), ("sgd_block", blocked_sgd)):
        times = []
        for _ in range(repeats):
            W, b = W0.copy(), b0.copy()
            start = time.perf_counter()
            fn(x, y, W, b, lr)
            times.append(time.perf_counter() - start)
        results[name] = (statistics.median(times), W, b)
    (t_ref, W_ref, b_ref), (t_blk, W_blk, b_blk) = results["textbook"], results["sgd_block"]
    max_diff = max(float(np.abs(W_ref - W_blk).max()), float(np.abs(b_ref - b_blk).max()))
    return t_ref, t_blk, max_diff


# --- 2. prediction latency ------------------------------------------------------------------------

def latencies_us(fn, reps: int, warmup: int = 500) -> np.ndarray:
    for _ in range(warmup):
        fn()
    times = np.empty(reps, dtype=np.float64)
    clock = time.perf_counter_ns
    for i in range(reps):
        start = clock()
        fn()
        times[i] = clock() - start
    return times / 1e3


def numpy_predict_latency(x_row: np.ndarray, reps: int) -> np.ndarray:
    model = SoftmaxRegression(seed=SEED)
    batch = x_row[None]
    return latencies_us(lambda: model.probabilities(batch), reps)


# --- 3. PyTorch -----------------------------------------------------------------------------------

def import_torch():
    try:
        import torch
    except Exception as exc:  # ImportError, or a broken install raising something else
        return None, f"{type(exc).__name__}: {exc}"
    return torch, None


def torch_epoch_results(torch, x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray,
                        y_test: np.ndarray, repeats: int, batch1_examples: int) -> list[EpochResult]:
    """The same model in PyTorch: nn.Linear(784, 10), F.cross_entropy (mean over the batch),
    optim.SGD without momentum, float32, with the Trainer's initial weights and example order (so
    the test accuracies should agree with numpy's, as a check that both train the same model).
    The loop keeps no loss or accuracy bookkeeping (the numpy Trainer does), which favours torch."""
    F = torch.nn.functional
    X = torch.from_numpy(x_train)
    Y = torch.from_numpy(y_train.astype(np.int64))
    W0 = SoftmaxRegression(seed=SEED).W
    n = len(X)

    layer = torch.nn.Linear(784, 10)
    order = np.random.default_rng(SEED).permutation(n)  # the Trainer's first-epoch order

    def reset():
        with torch.no_grad():
            layer.weight.copy_(torch.from_numpy(W0.T.copy()))
            layer.bias.zero_()

    def run(perm, batch_size, optimizer):
        for s in range(0, len(perm), batch_size):
            idx = perm[s: s + batch_size]
            xb, yb = X[idx], Y[idx]
            optimizer.zero_grad(set_to_none=True)
            loss = F.cross_entropy(layer(xb), yb)
            loss.backward()
            optimizer.step()

    results = []
    for batch_size in BATCH_SIZES:
        lr = learning_rate_for(batch_size)
        optimizer = torch.optim.SGD(layer.parameters(), lr=lr)
        count = min(batch1_examples, n) if batch_size == 1 else n
        reset()
        run(torch.arange(min(2_000, n)), batch_size, optimizer)  # warm-up: allocator, kernels
        seconds = []
        for _ in range(repeats):
            reset()
            perm = torch.from_numpy(order[:count])
            start = time.perf_counter()
            run(perm, batch_size, optimizer)
            seconds.append(time.perf_counter() - start)
        with torch.no_grad():
            W = layer.weight.detach().numpy().T.copy()
            b = layer.bias.detach().numpy().copy()
        accuracy = evaluate(SoftmaxRegression.from_arrays(W, b), x_test, y_test).test_accuracy
        note = (f"{count:,} examples timed, s/epoch extrapolated, test acc after {count:,}"
                if count < n else "")
        results.append(EpochResult(batch_size, lr, count, n, seconds, accuracy, note))
    return results


def torch_predict_latency(torch, x_row: np.ndarray, reps: int) -> np.ndarray:
    layer = torch.nn.Linear(784, 10)
    with torch.no_grad():
        layer.weight.copy_(torch.from_numpy(SoftmaxRegression(seed=SEED).W.T.copy()))
        layer.bias.zero_()
    xt = torch.from_numpy(x_row.copy())[None]

    def predict():
        with torch.inference_mode():
            return torch.softmax(layer(xt), dim=1)

    return latencies_us(predict, reps)


# --- printing -------------------------------------------------------------------------------------

def print_epoch_table(results: list[EpochResult]) -> None:
    print(f"{'batch':>5}  {'lr':>5}  {'examples/s (median)':>19}  {'(best)':>12}  "
          f"{'s/epoch (median)':>16}  {'(best)':>7}  {'test acc':>8}")
    for r in results:
        line = (f"{r.batch_size:>5}  {r.learning_rate:>5g}  {fmt_rate(r.median_rate):>19}  "
                f"{fmt_rate(r.best_rate)}  {r.epoch_s:>16.3f}  {r.best_epoch_s:>7.3f}  "
                f"{r.test_accuracy:>8.2%}")
        if r.note:
            line += f"  ({r.note})"
        print(line)


def print_noise_note(results: list[EpochResult], tolerance: float = 0.15) -> None:
    noisy = [r.batch_size for r in results if r.median_s > (1 + tolerance) * r.best_s]
    if noisy:
        print(f"Note: median and best differ by more than {tolerance:.0%} at batch size(s) "
              f"{', '.join(map(str, noisy))}: the machine may be busy (BLAS/OpenMP threads slow "
              f"down a lot when a core is shared); rerun, or compare with OPENBLAS_NUM_THREADS=1.")


def print_latency(name: str, us: np.ndarray) -> tuple[float, float]:
    median, p95 = float(np.median(us)), float(np.percentile(us, 95))
    print(f"{name:<40} median {median:7.1f} us   p95 {p95:7.1f} us   "
          f"min {us.min():6.1f} us   ({len(us):,} calls)")
    return median, p95


def verdict(ok: bool) -> str:
    return "MET   " if ok else "MISSED"


# --- main -----------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3,
                        help="timed runs of each epoch / loop; the median is reported (default 3)")
    parser.add_argument("--textbook-examples", type=int, default=20_000,
                        help="examples for the textbook-loop comparison (default 20000)")
    parser.add_argument("--predict-reps", type=int, default=20_000,
                        help="single predictions timed (default 20000)")
    parser.add_argument("--torch-batch1-examples", type=int, default=10_000,
                        help="examples timed for PyTorch at batch size 1 (default 10000)")
    parser.add_argument("--no-torch", action="store_true", help="skip PyTorch even if installed")
    args = parser.parse_args(argv)
    repeats = max(1, args.repeats)

    print_machine()

    dataset = load_dataset()
    x_train, y_train = to_float(dataset.train_images), dataset.train_labels.astype(np.int64)
    x_test, y_test = to_float(dataset.test_images), dataset.test_labels.astype(np.int64)
    print(f"data          {dataset.name}: {len(x_train):,} training, {len(x_test):,} test images "
          f"({dataset.source})")
    print(f"repeats       {repeats} (median reported, best beside it)")

    # 1. numpy training
    print_header(f"1. Training, numpy (core.training.Trainer, one epoch of {len(x_train):,}, shuffled)")
    numpy_results = [time_trainer_epochs(dataset, bs, repeats) for bs in BATCH_SIZES]
    print_epoch_table(numpy_results)
    print_noise_note(numpy_results)

    n_ref = min(args.textbook_examples, len(x_train))
    print()
    print(f"Per-example SGD on the same {n_ref:,} examples, lr {learning_rate_for(1):g}, "
          f"median of {repeats}:")
    t_ref, t_blk, max_diff = compare_textbook(x_train, y_train, n_ref, repeats)
    print(f"  textbook numpy loop (outer product per example) {fmt_rate(n_ref / t_ref)} examples/s"
          f"   {t_ref:.3f} s")
    print(f"  core.training.sgd_block (blocks of {SGD_BLOCK:>3})        {fmt_rate(n_ref / t_blk)} "
          f"examples/s   {t_blk:.3f} s")
    print(f"  speedup of sgd_block: {t_ref / t_blk:.1f}x; "
          f"largest |difference| in W, b after {n_ref:,} updates: {max_diff:.2e}")

    # 2. prediction latency
    print_header("2. One prediction of 784 pixels (the drawing canvas)")
    x_row = np.ascontiguousarray(x_test[0])
    np_pred_median, _ = print_latency("numpy  model.probabilities(x[None])",
                                      numpy_predict_latency(x_row, args.predict_reps))

    # 3. PyTorch
    print_header("3. PyTorch CPU, the same model (Linear(784, 10) + cross_entropy, optim.SGD)")
    torch_results, torch_pred_median = None, None
    torch = None
    if args.no_torch:
        print("PyTorch skipped (--no-torch).")
    else:
        torch, error = import_torch()
        if torch is None:
            print(f"PyTorch skipped: it cannot be imported ({error}).")
    if torch is not None:
        print(f"torch {torch.__version__}, {torch.get_num_threads()} threads (default), float32 "
              f"tensors; batch 1 is a Python loop of per-example steps; the torch loop keeps no "
              f"loss/accuracy bookkeeping.")
        torch_results = torch_epoch_results(torch, x_train, y_train, x_test, y_test, repeats,
                                            args.torch_batch1_examples)
        print_epoch_table(torch_results)
        print_noise_note(torch_results)
        print()
        print("numpy / PyTorch speed (median examples/s; > 1 means numpy is faster):")
        for r_np, r_t in zip(numpy_results, torch_results):
            print(f"  batch {r_np.batch_size:>3}: {r_np.median_rate / r_t.median_rate:6.2f}x")
        print()
        torch_pred_median, _ = print_latency(
            "torch  softmax(layer(x[None])), inference", torch_predict_latency(torch, x_row,
                                                                               args.predict_reps))
        print(f"{'numpy / torch prediction speed':<40} {torch_pred_median / np_pred_median:.2f}x")

    # 4. goals
    print_header("4. Goals")
    by_batch = {r.batch_size: r for r in numpy_results}
    sgd_rate = by_batch[1].median_rate
    epoch128 = by_batch[128].median_s
    print(f"{verdict(sgd_rate >= GOAL_SGD_EXAMPLES_PER_S)}  per-example SGD >= "
          f"{GOAL_SGD_EXAMPLES_PER_S:,} examples/s        measured {sgd_rate:,.0f} examples/s")
    print(f"{verdict(epoch128 < GOAL_BATCH128_EPOCH_S)}  batch-128 epoch < "
          f"{GOAL_BATCH128_EPOCH_S} s                    measured {epoch128:.3f} s")
    print(f"{verdict(np_pred_median < GOAL_PREDICT_MEDIAN_US)}  one prediction < "
          f"{GOAL_PREDICT_MEDIAN_US:g} us median               measured {np_pred_median:.1f} us")
    if torch_results is None:
        print("n/a     faster than PyTorch CPU at every batch size (PyTorch not run)")
    else:
        ratios = [r_np.median_rate / r_t.median_rate
                  for r_np, r_t in zip(numpy_results, torch_results)]
        detail = ", ".join(f"{r.batch_size}: {q:.2f}x" for r, q in zip(numpy_results, ratios))
        print(f"{verdict(min(ratios) > 1)}  faster than PyTorch CPU at every batch size  "
              f"measured {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
