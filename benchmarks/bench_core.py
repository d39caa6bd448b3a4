"""Benchmark of the core training and prediction code, with PyTorch CPU beside it when installed.

Run from the project folder:

    python benchmarks/bench_core.py [--repeats 3]

It prints, for the real bundled MNIST:

1. training throughput of ``core.training.Trainer`` for one epoch at batch sizes 1, 32, 128, 512,
   and the exact block method ``core.networks.one_layer.sgd_block`` against a textbook per-example loop;
2. the latency of one 784-pixel prediction (the drawing-canvas case);
3. the same model trained with PyTorch (a 784 x 10 linear layer, softmax cross-entropy, plain SGD),
   when ``torch`` can be imported, with numpy / PyTorch speed ratios;
4. the project's performance goals beside the measured figures;
5. the network with one hidden layer (H = 128, ReLU) beside PyTorch CPU with the same architecture:
   per-example examples/s (ours, a plain numpy per-example loop that skips zero pixels, PyTorch) and
   epoch seconds at batch 32, 128 and 512, each figure with its goal;
6. the convolution (one block of 8 filters of 5 x 5, ReLU, 2x2 max-pooling, softmax) beside PyTorch
   CPU with the same network, initial weights and example order: epoch seconds at batch 1 (timed
   on part of an epoch), 32 and 128, and the per-example epoch's goal.

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

# One BLAS thread, as mnist-train uses (core/cli.py): on these shared 2-core machines two threads are
# no faster when idle and 2-4x slower when the other core is busy, which made the figures swing.
# PyTorch is given the same number of threads. Set OPENBLAS_NUM_THREADS to measure otherwise.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

try:
    import mnist_visualizer.core  # noqa: F401  (installed, or run from the project folder)
except ImportError:  # run as a plain script from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mnist_visualizer.core.data import load_dataset, to_float
from mnist_visualizer.core.model import build_network
from mnist_visualizer.core.networks import Convolution, HiddenLayer
from mnist_visualizer.core.networks.hidden_layer import HiddenLayerNetwork
from mnist_visualizer.core.networks.one_layer import SoftmaxRegression, sgd_block
from mnist_visualizer.core.training import SGD_BLOCK, TrainConfig, Trainer, evaluate, suggested_learning_rate

BATCH_SIZES = (1, 32, 128, 512)
LARGE_BATCH_LR = 0.5        # learning rate for batch sizes > 1
SEED = 0

GOAL_SGD_EXAMPLES_PER_S = 80_000
GOAL_BATCH128_EPOCH_S = 0.15
GOAL_PREDICT_MEDIAN_US = 50.0

HIDDEN = HiddenLayer(128, "relu")
GOAL_HIDDEN_SGD_VS_PLAIN = 2.0          # per-example: at least twice a plain sparse numpy loop
GOAL_HIDDEN_BATCH128_EPOCH_S = 0.5

CONV = Convolution((8,), 5)
CONV_BATCH_SIZES = (1, 32, 128)
GOAL_CONV_PER_EXAMPLE_EPOCH_S = 15.0


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

def time_trainer_epochs(dataset, batch_size: int, repeats: int, model=None, lr: float | None = None,
                        examples: int | None = None) -> EpochResult:
    """Time one epoch of Trainer at ``batch_size`` (or its first ``examples`` examples, seconds per
    epoch then extrapolated), ``repeats`` times from the same weights: the one-layer network's (or
    ``model``'s), at the learning rate the benchmark uses (or ``lr``)."""
    lr = learning_rate_for(batch_size) if lr is None else lr
    model = SoftmaxRegression(seed=SEED) if model is None else model
    start_params = {k: v.copy() for k, v in model.parameters().items()}
    trainer = Trainer(model, dataset, TrainConfig(learning_rate=lr, batch_size=batch_size, seed=SEED))
    n = len(trainer.x_train)
    count = n if examples is None else min(examples, n)
    seconds = []
    for _ in range(repeats):
        for k, v in model.parameters().items():
            v[...] = start_params[k]
        trainer.reset_progress()
        start = time.perf_counter()
        while trainer.examples_seen < count:   # (chunks of updates, as Trainer.train_epoch runs them)
            trainer.train(min(10_000, (count - trainer.examples_seen) // batch_size or 1))
        seconds.append(time.perf_counter() - start)
    accuracy = trainer.evaluate().test_accuracy
    note = f"{count:,} examples timed, s/epoch extrapolated, test acc after {count:,}" if count < n else ""
    return EpochResult(batch_size, lr, count, n, seconds, accuracy, note)


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
    """The same updates through core.networks.one_layer.sgd_block, SGD_BLOCK examples at a time."""
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
    torch.set_num_threads(int(os.environ["OPENBLAS_NUM_THREADS"]))  # the same as numpy's BLAS
    return torch, None


def torch_epoch_results(torch, x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray,
                        y_test: np.ndarray, repeats: int, batch1_examples: int) -> list[EpochResult]:
    """The same model in PyTorch: nn.Linear(784, 10), F.cross_entropy (mean over the batch),
    optim.SGD without momentum, float32, with the Trainer's initial weights and example order (so
    the test accuracies should agree with numpy's, as a check that both train the same model).
    The loop keeps no loss or accuracy bookkeeping (the numpy Trainer does), which favours torch."""
    W0 = SoftmaxRegression(seed=SEED).W
    n = len(x_train)

    layer = torch.nn.Linear(784, 10)
    order = np.random.default_rng(SEED).permutation(n)  # the Trainer's first-epoch order

    def reset():
        with torch.no_grad():
            layer.weight.copy_(torch.from_numpy(W0.T.copy()))
            layer.bias.zero_()

    def trained():
        with torch.no_grad():
            W = layer.weight.detach().numpy().T.copy()
            b = layer.bias.detach().numpy().copy()
        return SoftmaxRegression.from_arrays(W, b)

    return time_torch_epochs(torch, layer, x_train, y_train, reset, trained, learning_rate_for, order,
                             batch1_examples, repeats, x_test, y_test)


def torch_sgd_loop(torch, module, X, Y):
    """The PyTorch training loop every section times, whatever the network: ``run(perm, batch_size,
    optimizer)`` trains ``module`` on the examples X[perm], Y[perm] (tensors) in batches of
    ``batch_size``, each a zero_grad, F.cross_entropy (the batch mean), backward and optimizer step.
    It keeps no loss or accuracy bookkeeping (the numpy Trainer does), which favours torch."""
    cross_entropy = torch.nn.functional.cross_entropy

    def run(perm, batch_size, optimizer):
        for s in range(0, len(perm), batch_size):
            idx = perm[s: s + batch_size]
            optimizer.zero_grad(set_to_none=True)
            cross_entropy(module(X[idx]), Y[idx]).backward()
            optimizer.step()

    return run


def time_torch_epochs(torch, module, x_train, y_train, reset, trained, learning_rate, order,
                      batch1_examples, repeats, x_test, y_test, batch_sizes=BATCH_SIZES) -> list:
    """One epoch of :func:`torch_sgd_loop` of ``module`` over x_train (shaped as ``module`` takes
    it), y_train at each batch size, ``repeats`` times from the same start (``reset``), after a
    warm-up (allocator, kernels); batch 1 times its first ``batch1_examples`` only. The test
    accuracy is of ``trained()``, the network as torch left it."""
    run = torch_sgd_loop(torch, module, torch.from_numpy(x_train), torch.from_numpy(y_train.astype(np.int64)))
    n = len(order)
    results = []
    for batch_size in batch_sizes:
        lr = learning_rate(batch_size)
        optimizer = torch.optim.SGD(module.parameters(), lr=lr)
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
        accuracy = evaluate(trained(), x_test, y_test).test_accuracy
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


# --- 5. the hidden layer --------------------------------------------------------------------------

def time_hidden_epochs(dataset, batch_size: int, repeats: int) -> EpochResult:
    """One full epoch of Trainer with the hidden-layer network at ``batch_size``, ``repeats`` times
    from the same initial weights, at the suggested learning rate."""
    return time_trainer_epochs(dataset, batch_size, repeats,
                               HiddenLayerNetwork(HIDDEN.hidden, HIDDEN.activation, seed=SEED),
                               suggested_learning_rate(batch_size, HIDDEN))


def plain_sparse_hidden_sgd(x, y, W1, b1, W2, b2, lr) -> None:
    """A plain numpy per-example loop of the hidden-layer network (ReLU) that skips zero pixels: the
    text's dL/dw_ij = x_i delta_j is zero wherever x_i is, so only the rows of W1 of the example's
    ink are read and updated."""
    lr = np.float32(lr)
    for t in range(len(x)):
        nz = np.flatnonzero(x[t])
        xs = x[t, nz]
        z = xs @ W1[nz] + b1
        h = np.maximum(z, 0)
        l = h @ W2 + b2
        e = np.exp(l - l.max())
        d2 = e / e.sum()
        d2[y[t]] -= 1
        d1 = (d2 @ W2.T) * (z > 0)
        W2 -= lr * np.outer(h, d2)
        b2 -= lr * d2
        W1[nz] -= lr * np.outer(xs, d1)
        b1 -= lr * d1


def time_plain_hidden(x_train, y_train, n_examples: int, repeats: int) -> tuple[float, float]:
    """(median seconds, examples) of the plain sparse loop over the first ``n_examples`` examples of
    the Trainer's first-epoch order."""
    order = np.random.default_rng(SEED).permutation(len(x_train))[:n_examples]
    x, y = np.ascontiguousarray(x_train[order]), y_train[order]
    start_net = HiddenLayerNetwork(HIDDEN.hidden, HIDDEN.activation, seed=SEED)
    times = []
    for _ in range(repeats):
        p = {k: v.copy() for k, v in start_net.parameters().items()}
        start = time.perf_counter()
        plain_sparse_hidden_sgd(x, y, p["W1"], p["b1"], p["W2"], p["b2"], suggested_learning_rate(1, HIDDEN))
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(x)


def torch_hidden_results(torch, x_train, y_train, x_test, y_test, repeats: int,
                         batch1_examples: int) -> list[EpochResult]:
    """The same hidden-layer network in PyTorch: Linear(784, 128), ReLU, Linear(128, 10),
    F.cross_entropy, optim.SGD without momentum, float32, our initial weights and example order,
    the same learning rates. No loss/accuracy bookkeeping in the loop (ours keeps it)."""
    start_net = HiddenLayerNetwork(HIDDEN.hidden, HIDDEN.activation, seed=SEED)
    n = len(x_train)
    net = torch.nn.Sequential(torch.nn.Linear(784, HIDDEN.hidden), torch.nn.ReLU(),
                              torch.nn.Linear(HIDDEN.hidden, 10))
    order = np.random.default_rng(SEED).permutation(n)

    def reset():
        with torch.no_grad():
            net[0].weight.copy_(torch.from_numpy(start_net.W1.T.copy()))
            net[0].bias.zero_()
            net[2].weight.copy_(torch.from_numpy(start_net.W2.T.copy()))
            net[2].bias.zero_()

    def trained():
        with torch.no_grad():
            return HiddenLayerNetwork.from_arrays(
                net[0].weight.numpy().T, net[0].bias.numpy(), net[2].weight.numpy().T,
                net[2].bias.numpy(), HIDDEN.activation)

    return time_torch_epochs(torch, net, x_train, y_train, reset, trained,
                             lambda batch_size: suggested_learning_rate(batch_size, HIDDEN), order,
                             batch1_examples, repeats, x_test, y_test)


def hidden_section(dataset, x_train, y_train, x_test, y_test, torch, args, repeats: int) -> None:
    print_header(f"5. One hidden layer ({HIDDEN.formula()}), numpy beside PyTorch CPU, same run")
    ours = [time_hidden_epochs(dataset, bs, repeats) for bs in BATCH_SIZES]
    print("numpy (core.training.Trainer, one epoch, suggested learning rates):")
    print_epoch_table(ours)
    print_noise_note(ours)
    n_plain = min(args.plain_hidden_examples, len(x_train))
    t_plain, n_plain = time_plain_hidden(x_train, y_train, n_plain, repeats)
    plain_rate = n_plain / t_plain
    ours_rate = ours[0].median_rate
    print()
    print(f"Per-example, H = {HIDDEN.hidden}:")
    print(f"  ours (Trainer, batch 1)                          {fmt_rate(ours_rate)} examples/s")
    print(f"  plain numpy loop skipping zero pixels ({n_plain:,} ex.) {fmt_rate(plain_rate)} examples/s")
    torch_results = None
    if torch is not None:
        torch_results = torch_hidden_results(torch, x_train, y_train, x_test, y_test, repeats,
                                             args.torch_batch1_examples)
        print(f"  PyTorch (Python loop of per-example steps)       {fmt_rate(torch_results[0].median_rate)} "
              f"examples/s")
        print()
        print("PyTorch CPU, the same network (Linear, ReLU, Linear + cross_entropy, optim.SGD):")
        print_epoch_table(torch_results)
        print_noise_note(torch_results)

    print()
    print("Goals (hidden layer):")
    by_batch = {r.batch_size: r for r in ours}
    ratio = ours_rate / plain_rate
    print(f"{verdict(ratio >= GOAL_HIDDEN_SGD_VS_PLAIN)}  per-example >= {GOAL_HIDDEN_SGD_VS_PLAIN:g}x the plain "
          f"sparse loop        measured {ratio:.2f}x ({ours_rate:,.0f} vs {plain_rate:,.0f} examples/s)")
    e128 = by_batch[128].median_s
    print(f"{verdict(e128 <= GOAL_HIDDEN_BATCH128_EPOCH_S)}  batch-128 epoch <= "
          f"{GOAL_HIDDEN_BATCH128_EPOCH_S} s                  measured {e128:.3f} s")
    if torch_results is None:
        print("n/a     ahead of PyTorch CPU at batch 1, 32, 128, 512 (PyTorch not run)")
    else:
        for r_np, r_t in zip(ours, torch_results):
            q = r_np.median_rate / r_t.median_rate
            print(f"{verdict(q > 1)}  ahead of PyTorch at batch {r_np.batch_size:>3}               "
                  f"measured {q:.2f}x ({r_np.median_rate:,.0f} vs {r_t.median_rate:,.0f} examples/s)")


def one_layer_sections(dataset, x_train, y_train, x_test, y_test, torch, args, repeats: int) -> None:
    """Sections 1-4: the one-layer network."""
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
    print(f"  one_layer.sgd_block (blocks of {SGD_BLOCK:>3})              {fmt_rate(n_ref / t_blk)} "
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
    if torch is None:
        print(f"PyTorch skipped ({args.torch_missing}).")
    if torch is not None:
        print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s) (as numpy's BLAS), float32 "
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


# --- 6. the convolution ---------------------------------------------------------------------------

def time_conv_epochs(dataset, batch_size: int, repeats: int, examples: int) -> EpochResult:
    """``examples`` examples (a whole epoch, or its first part at batch 1) of Trainer with the
    convolution at ``batch_size``, ``repeats`` times from the same weights; seconds per epoch are
    extrapolated from them."""
    return time_trainer_epochs(dataset, batch_size, repeats, build_network(CONV, seed=SEED),
                               suggested_learning_rate(batch_size, CONV), examples)


def torch_conv_results(torch, x_train, y_train, x_test, y_test, repeats: int,
                       batch1_examples: int) -> list[EpochResult]:
    """The same convolution in PyTorch: Conv2d(1, 8, 5), ReLU, MaxPool2d(2), Flatten, Linear(1152,
    10), F.cross_entropy, optim.SGD without momentum, float32, our initial weights (W's rows are
    in PyTorch's flattening order, filter by filter) and example order, the same learning rates."""
    start = build_network(CONV, seed=SEED).parameters()
    net = torch.nn.Sequential(torch.nn.Conv2d(1, 8, 5), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
                              torch.nn.Flatten(), torch.nn.Linear(CONV.features, 10))
    order = np.random.default_rng(SEED).permutation(len(x_train))

    def reset():
        with torch.no_grad():
            net[0].weight.copy_(torch.from_numpy(start["K1"]))
            net[0].bias.copy_(torch.from_numpy(start["c1"]))
            net[4].weight.copy_(torch.from_numpy(start["W"].T.copy()))
            net[4].bias.copy_(torch.from_numpy(start["b"]))

    def trained():
        with torch.no_grad():
            return CONV.network({"K1": net[0].weight.numpy(), "c1": net[0].bias.numpy(),
                                 "W": net[4].weight.numpy().T, "b": net[4].bias.numpy()})

    return time_torch_epochs(torch, net, x_train.reshape(-1, 1, 28, 28), y_train, reset, trained,
                             lambda batch_size: suggested_learning_rate(batch_size, CONV), order,
                             batch1_examples, repeats, x_test, y_test, batch_sizes=CONV_BATCH_SIZES)


def conv_section(dataset, x_train, y_train, x_test, y_test, torch, args, repeats: int) -> None:
    print_header(f"6. The convolution ({CONV.formula()}), numpy beside PyTorch CPU, same run")
    ours = [time_conv_epochs(dataset, bs, repeats, args.conv_batch1_examples if bs == 1 else len(x_train))
            for bs in CONV_BATCH_SIZES]
    print("numpy (core.training.Trainer, suggested learning rates):")
    print_epoch_table(ours)
    print_noise_note(ours)
    torch_results = None
    if torch is not None:
        torch_results = torch_conv_results(torch, x_train, y_train, x_test, y_test, repeats,
                                           args.conv_batch1_examples)
        print()
        print("PyTorch CPU, the same network (Conv2d, ReLU, MaxPool2d, Linear + cross_entropy, optim.SGD):")
        print_epoch_table(torch_results)
        print_noise_note(torch_results)
    print()
    print("Goals (convolution):")
    e1 = ours[0].epoch_s
    print(f"{verdict(e1 <= GOAL_CONV_PER_EXAMPLE_EPOCH_S)}  per-example (batch 1) epoch <= "
          f"{GOAL_CONV_PER_EXAMPLE_EPOCH_S:g} s          measured {e1:.1f} s")
    if torch_results is None:
        print(f"n/a     ahead of PyTorch CPU at batch 1, 32, 128 (PyTorch not run: {args.torch_missing})")
    else:
        for r_np, r_t in zip(ours, torch_results):
            q = r_np.median_rate / r_t.median_rate
            print(f"{verdict(q > 1)}  ahead of PyTorch at batch {r_np.batch_size:>3}               "
                  f"measured {q:.2f}x ({r_np.epoch_s:.1f} vs {r_t.epoch_s:.1f} s an epoch)")


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
    parser.add_argument("--plain-hidden-examples", type=int, default=10_000,
                        help="examples for the plain sparse per-example loop of the hidden layer "
                             "(default 10000)")
    parser.add_argument("--conv-batch1-examples", type=int, default=10_000,
                        help="examples timed for the convolution at batch size 1, ours and PyTorch's "
                             "(default 10000)")
    parser.add_argument("--only", choices=("one-layer", "hidden", "conv"), default=None,
                        help="run only the one-layer sections (1-4), the hidden layer (5) or the "
                             "convolution (6)")
    args = parser.parse_args(argv)
    repeats = max(1, args.repeats)

    print_machine()

    dataset = load_dataset()
    x_train, y_train = to_float(dataset.train_images), dataset.train_labels.astype(np.int64)
    x_test, y_test = to_float(dataset.test_images), dataset.test_labels.astype(np.int64)
    print(f"data          {dataset.name}: {len(x_train):,} training, {len(x_test):,} test images "
          f"({dataset.source})")
    print(f"repeats       {repeats} (median reported, best beside it)")

    torch = None
    if args.no_torch:
        args.torch_missing = "--no-torch"
    else:
        torch, error = import_torch()
        args.torch_missing = f"it cannot be imported: {error}"
    if args.only in (None, "one-layer"):
        one_layer_sections(dataset, x_train, y_train, x_test, y_test, torch, args, repeats)
    if args.only in (None, "hidden"):
        hidden_section(dataset, x_train, y_train, x_test, y_test, torch, args, repeats)
    if args.only in (None, "conv"):
        conv_section(dataset, x_train, y_train, x_test, y_test, torch, args, repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
