"""The course text's convolutional network: one or two blocks of convolution, ReLU and 2x2
max-pooling, then the softmax layer of the one-layer network over the pooled maps.

Shapes (one block of F filters of k x k, on a 28 x 28 digit; s = 28 - k + 1, m = s // 2):
x (n, 784), a 28 x 28 image each; K1 (F, 1, k, k); c1 (F,); W (F m m, 10), whose rows go filter by
filter (the pooled value of filter f at row i, column j is row (f m + i) m + j, as PyTorch
flattens); b (10,). A second block of G filters adds K2 (G, F, k, k) and c2 (G,) and takes the
first block's F pooled maps as its input.

- convolution   a_f = x ⋆ K_f + c_f          (⋆: slide the kernel over the input, stride 1, no
                                              padding, and sum the products under it)
- ReLU          r = max(0, a)                 the feature maps
- max-pooling   q = the largest of each 2x2 window of r
- softmax layer l = q W + b (q flattened), p = softmax(l), L = -log p_y, as in the one layer
- backward      δ = p - y;  dL/dW = q^T δ,  dL/db = δ
                δ_q = δ W^T                   (the error at each pooled value)
                δ_r = δ_q routed to each window's maximum (0 at the other three)
                δ_a = δ_r ⊙ [a > 0]           (ReLU masks it)
                dL/dK_f = x ⋆ δ_a,f           (the correlation of the input with δ)
                dL/dc_f = Σ δ_a,f
                δ_x = δ_a ⋆ flipped K, zero-padded: the error sent on to the block before

Every convolution is one matrix product: :func:`patches` lays out each k x k window of the input as
a column (an "im2col"), and the kernels as rows.
"""

from __future__ import annotations

import argparse
import difflib
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from ..translatable import QT_TRANSLATE_NOOP
from .base import Architecture, Kernels, Network, OptionError, WeightsError, show
from .maths import N_CLASSES, Forward, example_output, frozen, output_error, softmax

SIDE = 28
KERNEL_SIZES = (3, 5, 7)
MAX_FILTERS = 64
MAX_BLOCKS = 2
CHUNK = 32              # examples whose maps are computed at once (see summed_gradients)
# What the window's chooser offers (and so what a lesson may ask for).
CHOOSER_FILTERS = ((4,), (8,), (16,), (8, 16))


# --- the formulas ---------------------------------------------------------------------------------
#
# A batch's maps are stored as (channels, examples, rows, columns): each filter's maps of the whole
# batch side by side, so that a convolution is one matrix product whose output is already in that
# order, and the patches are laid out by k x k contiguous copies (measured: 4x faster to build than
# a reshape of sliding_window_view's windows, whose copy gathers 25 scattered values per row).

def patches(images: np.ndarray, k: int) -> np.ndarray:
    """Every k x k window of ``images`` (C, n, H, W) as one column: shape (C k k, n Ho Wo), with
    Ho = H - k + 1, Wo = W - k + 1; rows in the order of a kernel (C, k, k) flattened, columns in
    reading order of the window's top-left corner (the "im2col"). Row (c, di, dj) is the input
    shifted by (di, dj): one copy per kernel offset, no loop over pixels."""
    C, n, H, W = images.shape
    Ho, Wo = H - k + 1, W - k + 1
    P = np.empty((C, k, k, n, Ho, Wo), dtype=images.dtype)
    for di in range(k):
        for dj in range(k):
            P[:, di, dj] = images[:, :, di:di + Ho, dj:dj + Wo]
    return P.reshape(C * k * k, n * Ho * Wo)


def convolve(images: np.ndarray, K: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """a = x ⋆ K + c for every filter: images (C, n, H, W), K (F, C, k, k), c (F,).

    Returns the pre-activations a (F, n, Ho, Wo) and the patches (C k k, n Ho Wo) they came from
    (the kernel's gradient needs them)."""
    C, n, H, W = images.shape
    F, _, k, _ = K.shape
    P = patches(images, k)
    a = K.reshape(F, C * k * k) @ P + c[:, None]                    # (F, n Ho Wo): one product
    return a.reshape(F, n, H - k + 1, W - k + 1), P


def window_corners(maps: np.ndarray) -> tuple[np.ndarray, ...]:
    """The four values of every 2x2 window of ``maps`` (..., H, W), as four strided views
    (..., H // 2, W // 2) in reading order: top left, top right, bottom left, bottom right. An odd
    last row or column belongs to no window."""
    m, w = maps.shape[-2] // 2, maps.shape[-1] // 2
    return tuple(maps[..., di:2 * m:2, dj:2 * w:2] for di in (0, 1) for dj in (0, 1))


def max_pool(r: np.ndarray) -> np.ndarray:
    """2x2 max-pooling: r (..., H, W) -> q (..., H // 2, W // 2), each window's largest value."""
    top_left, top_right, bottom_left, bottom_right = window_corners(r)
    return np.maximum(np.maximum(top_left, top_right), np.maximum(bottom_left, bottom_right))


def route_to_maximum(delta_q: np.ndarray, r: np.ndarray, q: np.ndarray) -> np.ndarray:
    """δ at the pooled maps q (..., m, w) back to the maps r (..., H, W) they pooled: each window's
    δ goes to its maximum, the other three values get 0, as does an odd last row or column that no
    window covered. Where a window holds its maximum twice (a blank patch gives every position the
    bias) δ goes to the first, in reading order, as the max's derivative (and PyTorch) would."""
    delta_r = np.zeros(r.shape, dtype=delta_q.dtype)
    left = delta_q
    for corner, delta_corner in zip(window_corners(r), window_corners(delta_r)):
        np.multiply(left, corner == q, out=delta_corner)
        left = left - delta_corner       # the δ of windows whose maximum is not yet found
    return delta_r


def kernel_gradient(P: np.ndarray, delta_a: np.ndarray) -> np.ndarray:
    """dL/dK = x ⋆ δ_a, summed over the batch: patches P (C k k, n Ho Wo) of the input, δ_a
    (F, n, Ho, Wo); shape (F, C k k): the input under each position, weighted by its δ."""
    return delta_a.reshape(len(delta_a), -1) @ P.T


def input_error(delta_a: np.ndarray, K: np.ndarray) -> np.ndarray:
    """δ at a convolution's input, (C, n, H, W), from δ_a (F, n, Ho, Wo) and K (F, C, k, k): each
    input value collects the δ of every position whose window covered it, times the kernel weight
    that touched it (the correlation of δ_a, zero-padded, with the kernel turned 180°). One product
    gives every position's share for each value of its window, K^T δ_a; k x k shifted sums put the
    shares in place (the inverse of :func:`patches`' layout)."""
    F, n, Ho, Wo = delta_a.shape
    _, C, k, _ = K.shape
    shares = (K.reshape(F, -1).T @ delta_a.reshape(F, -1)).reshape(C, k, k, n, Ho, Wo)
    delta_x = np.zeros((C, n, Ho + k - 1, Wo + k - 1), dtype=delta_a.dtype)
    for di in range(k):                  # a loop over the kernel's k x k offsets, not over pixels
        for dj in range(k):
            delta_x[:, :, di:di + Ho, dj:dj + Wo] += shares[:, di, dj]
    return delta_x


@dataclass(frozen=True)
class BlockPass:
    """One block's forward pass of a batch: its input, patches, pre-activations a, feature maps
    r = ReLU(a) and pooled maps q."""

    x: np.ndarray          # (C, n, H, W)
    P: np.ndarray          # (C k k, n Ho Wo)
    a: np.ndarray          # (F, n, Ho, Wo)
    r: np.ndarray          # (F, n, Ho, Wo)
    q: np.ndarray          # (F, n, Ho // 2, Wo // 2)


def block_forward(x: np.ndarray, K: np.ndarray, c: np.ndarray) -> BlockPass:
    """Convolution, ReLU, 2x2 max-pooling of x (C, n, H, W) with K (F, C, k, k), c (F,)."""
    a, P = convolve(x, K, c)
    r = np.maximum(a, 0)
    return BlockPass(x, P, a, r, max_pool(r))


def block_backward(block: BlockPass, delta_q: np.ndarray, K: np.ndarray, need_input: bool):
    """From δ at the block's pooled maps (F, n, m, m): (δ_r routed back through pooling, δ_a through
    ReLU, dL/dK (F, C, k, k), dL/dc (F,), δ at the block's input (C, n, H, W) or None)."""
    delta_r = route_to_maximum(delta_q, block.r, block.q)
    delta_a = delta_r * (block.a > 0)
    grad_K = kernel_gradient(block.P, delta_a).reshape(K.shape)
    grad_c = delta_a.reshape(len(delta_a), -1).sum(axis=1)
    return delta_r, delta_a, grad_K, grad_c, (input_error(delta_a, K) if need_input else None)


def as_rows(q: np.ndarray) -> np.ndarray:
    """Pooled maps (F, n, m, m) as the softmax layer's input rows (n, F m m): filter by filter, so
    that W.reshape(F, m, m, 10)[f] is what filter f's pooled map contributes, a picture per class."""
    F, n, m, w = q.shape
    return q.transpose(1, 0, 2, 3).reshape(n, F * m * w)


def as_maps(rows: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Rows (n, F m m) back to maps of ``shape`` (F, n, m, m)."""
    F, n, m, w = shape
    return rows.reshape(n, F, m, w).transpose(1, 0, 2, 3)


def by_example(maps: np.ndarray) -> np.ndarray:
    """A batch's maps (F, n, H, W) as (n, F, H, W): each example's pictures, one per filter (a view)."""
    return maps.transpose(1, 0, 2, 3)


def kernel_names(depth: int) -> list[tuple[str, str]]:
    """[("K1", "c1"), ("K2", "c2")][:depth]: each block's kernels and biases."""
    return [(f"K{i}", f"c{i}") for i in range(1, depth + 1)]


def forward_pass(params: dict, x: np.ndarray) -> tuple[list[BlockPass], np.ndarray, np.ndarray]:
    """x (n, 784) through every block and the softmax layer: (the blocks' passes, the last pooled
    maps as rows q (n, D), the logits (n, 10)). Keeps every intermediate map: for many examples at
    once, see :func:`logits`."""
    images = np.asarray(x).reshape(1, -1, SIDE, SIDE)
    blocks = []
    for K, c in (names for names in kernel_names(MAX_BLOCKS) if names[0] in params):
        blocks.append(block_forward(images, params[K], params[c]))
        images = blocks[-1].q
    q = as_rows(images)
    return blocks, q, q @ params["W"] + params["b"]


def chunks(n: int):
    """Slices of at most CHUNK examples covering range(n)."""
    return (slice(s, s + CHUNK) for s in range(0, n, CHUNK))


def logits(params: dict, x: np.ndarray) -> np.ndarray:
    """The logits (n, 10) of x (n, 784), CHUNK examples at a time (the patches of 10,000 digits
    would take 600 MB)."""
    return np.concatenate([forward_pass(params, x[part])[2] for part in chunks(len(x))]
                          or [forward_pass(params, x)[2]])


def summed_gradients(params: dict, x: np.ndarray, y: np.ndarray) -> tuple[dict, float, int, np.ndarray]:
    """Sums over the batch of dL/d(each parameter), the chain rule written out (see the module's
    text), with the summed loss, the examples classified right and the logits (n, 10); x (n, 784),
    y (n,).

    A batch's gradient is the sum of its examples': it is computed CHUNK examples at a time, so that
    a chunk's patches and maps stay in the processor's cache (measured: a batch of 128 in one piece
    took 2.8x as long per example as in chunks of 32)."""
    grads = {name: np.zeros_like(value) for name, value in params.items()}
    total_loss, correct, logits = 0.0, 0, []
    for part in chunks(len(x)):
        blocks, q, l = forward_pass(params, x[part])
        logits.append(l)
        delta, loss, right = output_error(l, y[part])              # p - y  (n, 10)
        total_loss, correct = total_loss + loss * len(q), correct + right
        grads["W"] += q.T @ delta
        grads["b"] += delta.sum(axis=0)
        delta_q = as_maps(delta @ params["W"].T, blocks[-1].q.shape)   # δ W^T, as pooled maps
        for i in reversed(range(len(blocks))):
            K, c = kernel_names(len(blocks))[i]
            _, _, grad_K, grad_c, delta_q = block_backward(blocks[i], delta_q, params[K], need_input=i > 0)
            grads[K] += grad_K
            grads[c] += grad_c
    return grads, total_loss, correct, np.concatenate(logits or [np.zeros((0, N_CLASSES), np.float32)])


def convolution_gradients(params: dict, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    """Batch means of dL/d(each parameter); keys and shapes of ``params``."""
    grads = summed_gradients(params, x, y)[0]
    return {name: grads[name] / len(x) for name in params}


# --- the architecture -----------------------------------------------------------------------------

def _is_whole(v) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))


def filters_text(filters: tuple[int, ...]) -> str:
    return ",".join(str(f) for f in filters)


def parse_filters(text: str) -> int | list[int]:
    """``--conv 8`` or ``--conv 8,16``: the filters of each block, spelled as a lesson spells them
    (8, or [8, 16]: see ``Convolution.to_options``); ArgumentTypeError in the option's words."""
    try:
        filters = tuple(int(part) for part in str(text).split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected the filters of each block, e.g. 8 or 8,16, got {text!r}") from None
    if not 1 <= len(filters) <= MAX_BLOCKS or not all(1 <= f <= MAX_FILTERS for f in filters):
        raise argparse.ArgumentTypeError(
            f"expected one or two blocks of 1 to {MAX_FILTERS} filters, e.g. 8 or 8,16, got {text!r}")
    return list(filters) if len(filters) > 1 else filters[0]


def map_sides(kernel: int, depth: int) -> list[tuple[int, int]]:
    """Each block's (feature map side, pooled side) on a 28 x 28 digit: 5 x 5 kernels give
    [(24, 12)] for one block, [(24, 12), (8, 4)] for two."""
    sides, side = [], SIDE
    for _ in range(depth):
        side -= kernel - 1
        sides.append((side, side // 2))
        side //= 2
    return sides


@dataclass(frozen=True)
class Convolution(Architecture):
    """One or two blocks of convolution (``filters`` per block, ``kernel`` x ``kernel``, stride 1,
    no padding), ReLU and 2x2 max-pooling, then the softmax layer.

    Spelled ``conv = 8`` or ``conv = [8, 16]`` and ``kernel = 5`` in a lesson, ``--conv 8,16
    --kernel 5`` on the command line.
    """

    filters: tuple[int, ...] = (8,)
    kernel: int = 5

    kind: ClassVar[str] = "convolution"
    title: ClassVar[str] = "a convolution"
    options: ClassVar[tuple[str, ...]] = ("conv", "kernel")
    cli_options: ClassVar[dict[str, dict]] = {
        "conv": dict(type=parse_filters, metavar="F[,G]",
                     help=f"a convolutional network: F filters in one block (e.g. 8), or F,G in two "
                          f"(e.g. 8,16); 1-{MAX_FILTERS} filters a block"),
        "kernel": dict(type=int, choices=KERNEL_SIZES, metavar="K",
                       help="the convolution's kernel side, 3, 5 or 7 (default 5)"),
    }
    file_arrays: ClassVar[tuple[str, ...]] = ("K1", "c1", "K2", "c2", "W", "b", "filters", "kernel")

    def __post_init__(self):
        filters = tuple(self.filters) if isinstance(self.filters, (tuple, list)) else (self.filters,)
        if not 1 <= len(filters) <= MAX_BLOCKS or not all(_is_whole(f) and 1 <= f <= MAX_FILTERS
                                                         for f in filters):
            raise ValueError(f"filters must be one or two whole numbers from 1 to {MAX_FILTERS}, "
                             f"got {self.filters}")
        if self.kernel not in KERNEL_SIZES:
            raise ValueError(f"kernel must be one of {', '.join(map(str, KERNEL_SIZES))}, got {self.kernel}")
        object.__setattr__(self, "filters", tuple(int(f) for f in filters))
        object.__setattr__(self, "kernel", int(self.kernel))

    @property
    def depth(self) -> int:
        return len(self.filters)

    def sides(self) -> list[tuple[int, int]]:
        """Each block's (feature map side, pooled side)."""
        return map_sides(self.kernel, self.depth)

    @property
    def features(self) -> int:
        """D, the pooled values the softmax layer reads: filters x side x side of the last block."""
        return self.filters[-1] * self.sides()[-1][1] ** 2

    def wording(self) -> tuple[str, dict]:
        return (QT_TRANSLATE_NOOP("Network", "conv {filters} {kernel}×{kernel}"),
                {"filters": filters_text(self.filters), "kernel": self.kernel})

    def formula(self) -> str:
        steps = [f"{SIDE}×{SIDE}"]
        for F, (side, pooled) in zip(self.filters, self.sides()):
            steps.append(f"{F}@{side}×{side} ReLU → pool {F}@{pooled}×{pooled}")
        return " → ".join(steps + [f"{N_CLASSES} softmax"])

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        shapes, channels = {}, 1
        for (K, c), F in zip(kernel_names(self.depth), self.filters):
            shapes[K], shapes[c] = (F, channels, self.kernel, self.kernel), (F,)
            channels = F
        shapes["W"], shapes["b"] = (self.features, N_CLASSES), (N_CLASSES,)
        return shapes

    # spelled as options, offered in a chooser

    @classmethod
    def from_options(cls, options: dict, *, lesson: bool = False) -> Architecture:
        if "conv" not in options:
            raise OptionError("conv", "is missing: the filters of each block, e.g. 8 or [8, 16]", missing=True)
        conv = options["conv"]
        filters = tuple(conv) if isinstance(conv, (list, tuple)) else (conv,)
        if not (1 <= len(filters) <= MAX_BLOCKS and all(_is_whole(f) and 1 <= f <= MAX_FILTERS
                                                        for f in filters)):
            raise OptionError("conv", f"must be the filters of one or two blocks, each 1 to {MAX_FILTERS} "
                                      f"(e.g. 8 or [8, 16]), got {show(conv)}")
        kernel = options.get("kernel", 5)
        if kernel not in KERNEL_SIZES or not _is_whole(kernel):
            close = difflib.get_close_matches(str(kernel), [str(k) for k in KERNEL_SIZES], n=1)
            hint = f", did you mean {close[0]}?" if close and not _is_whole(kernel) else ""
            raise OptionError("kernel", f"must be one of {', '.join(map(str, KERNEL_SIZES))}, "
                                        f"got {show(kernel)}{hint}")
        arch = cls(filters, int(kernel))
        if lesson and arch not in cls.choices():
            offered = "; ".join(a.describe() for a in cls.choices())
            raise OptionError("conv", f"must be one the window offers ({offered}), got {arch.describe()}")
        return arch

    def to_options(self) -> dict:
        return {"conv": list(self.filters) if self.depth > 1 else self.filters[0], "kernel": self.kernel}

    @classmethod
    def choices(cls) -> tuple["Convolution", ...]:
        return tuple(cls(f, k) for f in CHOOSER_FILTERS for k in KERNEL_SIZES)

    @classmethod
    def largest(cls) -> "Convolution":
        # the most weights: 64 filters of 3 x 3 in one block leave 64 x 13 x 13 pooled values
        return max((cls(f, k) for k in KERNEL_SIZES for f in ((MAX_FILTERS,), (MAX_FILTERS, MAX_FILTERS))),
                   key=lambda a: sum(int(np.prod(s)) for s in a.parameter_shapes().values()))

    def suggested_learning_rate(self, batch_size: int) -> float:
        # Measured, one epoch of MNIST, conv 8 5x5: per example 0.01 98.1%, 0.02 98.2%, 0.05 97.6%;
        # batch 32: 0.05 97.4%, 0.1 97.9%, 0.2 98.2%; batch 128: 0.2 97.2%, 0.5 97.9%.
        return 0.01 if batch_size == 1 else 0.2

    # weights files

    def file_record(self) -> dict[str, np.ndarray]:
        return {"filters": np.array(self.filters, dtype=np.int64), "kernel": np.array(self.kernel, dtype=np.int64)}

    @classmethod
    def from_file(cls, arrays: dict[str, np.ndarray], path) -> Architecture:
        filters, kernel = arrays.get("filters"), arrays.get("kernel")
        if filters is None or kernel is None:
            raise WeightsError(f"{path}: holds a convolution but not its 'filters' and 'kernel'")
        if filters.dtype.kind not in "iu" or filters.ndim != 1 or kernel.dtype.kind not in "iu" or kernel.size != 1:
            raise WeightsError(f"{path}: 'filters' must be one or two whole numbers and 'kernel' one, got "
                               f"{filters.dtype} {filters.shape} and {kernel.dtype} {kernel.shape}")
        try:
            return cls(tuple(int(f) for f in filters), int(kernel.reshape(())))
        except ValueError as exc:
            raise WeightsError(f"{path}: {exc}") from None

    def file_label(self) -> str:
        return f"convolution weights ({self.describe()}): "

    # the network

    def build(self, seed: int = 0) -> "ConvolutionNetwork":
        return ConvolutionNetwork(self, seed)

    def network(self, params: dict[str, np.ndarray]) -> "ConvolutionNetwork":
        self.check(params)
        return ConvolutionNetwork.from_arrays(self, params)

    def forward(self, params: dict[str, np.ndarray], x: np.ndarray) -> Forward:
        """The logits and probabilities; the feature maps for up to CHUNK examples (a drawing, a
        few test images), none for more (the test set's would take 180 MB to be thrown away)."""
        if len(x) > CHUNK:
            l = logits(params, x)
            return Forward(None, None, l, softmax(l))
        blocks, _, l = forward_pass(params, x)
        return Forward(None, None, l, softmax(l), feature_maps=tuple(by_example(b.r) for b in blocks),
                       pooled_maps=tuple(by_example(b.q) for b in blocks))

    def explain(self, params: dict[str, np.ndarray], x: np.ndarray, label: int | None = None):
        return explain_convolution(self, params, x, label)

    def kernels(self, params: dict[str, np.ndarray], lr: float) -> Kernels:
        if self.depth == 1:
            args = (params["K1"], params["c1"], params["W"], params["b"], lr)
            return (lambda x, y: sgd_block_one_block(x, y, *args),
                    lambda x, y: minibatch_step_convolution(x, y, params, lr))
        return (lambda x, y: sgd_block_convolution(x, y, params, lr),
                lambda x, y: minibatch_step_convolution(x, y, params, lr))


# --- the network ----------------------------------------------------------------------------------

class ConvolutionNetwork(Network):
    """The convolutional network's live arrays: K1, c1 (and K2, c2), W, b, float32.

    He initialisation for the kernels: N(0, 2 / (C k k)), the inputs a filter sums, since ReLU
    zeroes about half of what it passes on; Glorot's N(0, 2 / (D + 10)) for the softmax layer; biases
    0. Random kernels break the symmetry: equal ones would learn the same feature forever.
    """

    def __init__(self, architecture: Convolution = Convolution(), seed: int = 0):
        self.architecture = architecture
        rng = np.random.default_rng(seed)
        self.arrays = {}
        for name, shape in architecture.parameter_shapes().items():
            if name.startswith("K"):
                fan_in = int(np.prod(shape[1:]))
                value = rng.standard_normal(shape) * np.sqrt(2 / fan_in)
            elif name == "W":
                value = rng.standard_normal(shape) * np.sqrt(2 / sum(shape))
            else:
                value = np.zeros(shape)
            self.arrays[name] = value.astype(np.float32)

    @classmethod
    def from_arrays(cls, architecture: Convolution, params: dict) -> "ConvolutionNetwork":
        net = cls.__new__(cls)
        net.architecture = architecture
        net.arrays = {name: np.array(params[name], dtype=np.float32) for name in architecture.parameter_shapes()}
        return net

    def parameters(self) -> dict[str, np.ndarray]:
        """The live arrays, {"K1", "c1", ["K2", "c2",] "W", "b"}: writing into them changes the network."""
        return dict(self.arrays)

    def logits(self, x: np.ndarray) -> np.ndarray:
        """shape (n, 10)"""
        return logits(self.arrays, x)

    def gradients(self, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
        return convolution_gradients(self.arrays, x, y)

    parameter_gradients = gradients


# --- fast training kernels ------------------------------------------------------------------------

def minibatch_step_convolution(x: np.ndarray, y: np.ndarray, params: dict, lr: float) -> tuple[float, int]:
    """One mini-batch update of every array in place, each minus lr times its batch-mean gradient
    (:func:`summed_gradients`); returns (mean loss before it, examples classified right)."""
    with np.errstate(all="ignore"):   # divergence is detected by the caller
        loss, correct, _ = update(params, x, y, lr)
    return loss / len(y), correct


def update(params: dict, x: np.ndarray, y: np.ndarray, lr: float) -> tuple[float, int, np.ndarray]:
    """Every array minus lr times its batch-mean gradient, in place; returns what
    :func:`summed_gradients` measured on the way (summed loss, examples right, logits)."""
    grads, loss, correct, logits = summed_gradients(params, x, y)
    step = np.float32(lr / len(y))
    for name, value in params.items():
        value -= step * grads[name]
    return loss, correct, logits


def sgd_block_convolution(x: np.ndarray, y: np.ndarray, params: dict, lr: float) -> np.ndarray:
    """Per-example gradient descent over the rows of x (k, 784), in order, any depth: each example
    one :func:`update` of one. Returns each example's logits (k, 10) under the weights just before
    its own update."""
    L = np.empty((len(x), N_CLASSES), dtype=np.float32)
    with np.errstate(all="ignore"):   # divergence is detected by the caller
        for t in range(len(x)):
            L[t] = update(params, x[t:t + 1], y[t:t + 1], lr)[2][0]
    return L


def patches_by_window(x: np.ndarray, k: int) -> np.ndarray:
    """The patches of each image of x (n, 784) for :func:`sgd_block_one_block`, by corner of their
    2x2 pooling window, with a row of 1s: shape (n, 4, k k + 1, m m), m = (28 - k + 1) // 2.

    Entry [t, (ci, cj), (di, dj), (i, j)] is x_t[2i + ci + di, 2j + cj + dj]: the pixel under
    kernel weight (di, dj) when the kernel sits on corner (ci, cj) of pooling window (i, j); row
    k k is 1 under every window, the bias's input. So [K c] times corner (ci, cj)'s patches is
    x ⋆ K + c at that corner of every window. (An odd last row or column of the feature maps, in
    no pooling window, reaches no output: it has no column here.)
    """
    m = (SIDE - k + 1) // 2
    ci, cj, di, dj, i, j = np.ix_((0, 1), (0, 1), range(k), range(k), range(m), range(m))
    pixel = ((2 * i + ci + di) * SIDE + 2 * j + cj + dj).reshape(4, k * k, m * m)
    one = np.full((4, 1, m * m), SIDE * SIDE)                        # a 785th pixel, always 1
    x = np.asarray(x)
    x_and_one = np.concatenate([x, np.ones((len(x), 1), x.dtype)], axis=1)
    # one gather, as fast as patches() and a transpose (x[:, index] is not C-ordered: 7x slower made so)
    return np.take(x_and_one, np.concatenate([pixel, one], axis=1), axis=1)


def sgd_block_one_block(x: np.ndarray, y: np.ndarray, K1: np.ndarray, c1: np.ndarray, W: np.ndarray,
                        b: np.ndarray, lr: float) -> np.ndarray:
    """Per-example gradient descent of the one-block network over the rows of x (k, 784), in order;
    updates the four arrays in place and returns each example's logits (k, 10) under the weights
    just before its own update.

    The textbook loop (:func:`sgd_block_convolution` does exactly this; a test holds them equal),
    with the work per example cut down, since at batch 1 numpy's cost is mostly per call:
    - the input's patches do not depend on the weights, so the block's are laid out at once, by
      corner of their pooling window (:func:`patches_by_window`);
    - both layers take their bias as the weight of an input fixed at 1: [K c] (F, k k + 1) and
      [W; b] (D + 1, 10), kept transposed (products along rows of D + 1, not columns of 10),
      updated here and written back at the end, so that one product gives x ⋆ K + c (or q W + b),
      and one more the gradient of both;
    - a is kept as four maps, one per window corner (a[0] the top left of every window, ...):
      max-pooling is the largest of the four, and ReLU comes after it, on a quarter of the values
      (ReLU of the max is the max of the ReLUs);
    - ReLU masks δ at the pooled values, before routing, since a window's maximum is ReLU(a) of
      the position δ goes to: [a > 0] there is [q > 0];
    - every array is written into a buffer made once.
    Measured: 1.9x the speed (CPU time, the same 2,000 examples) of the loop that kept the maps in
    reading order and pooled and routed through strided views of their corners.
    """
    F, _, k, _ = K1.shape
    n = len(x)
    P = patches_by_window(x, k)                                        # (n, 4, k k + 1, m m)
    P_T = P.transpose(0, 1, 3, 2)
    dtype = np.result_type(P, K1, W)
    mm = P.shape[-1]
    D = F * mm
    Kc = np.concatenate([K1.reshape(F, k * k), c1[:, None]], axis=1).astype(dtype)   # [K c]
    Wb = np.concatenate([W, b[None]]).T.astype(dtype, order="C")      # [W; b]^T (10, D + 1)
    a = np.empty((4, F, mm), dtype)                                    # x ⋆ K + c at each window corner
    q1 = np.ones(D + 1, dtype)                                         # [q 1]
    q = q1[:D].reshape(F, mm)                                          # the pooled maps
    d = np.empty(W.shape[1], dtype)                                    # lr δ
    dq1 = np.empty(D + 1, dtype)
    dq = dq1[:D].reshape(F, mm)                                        # lr δ_q
    left = np.empty((F, mm), dtype)                                    # lr δ_q not yet routed
    da = np.empty((4, F, mm), dtype)                                   # lr δ_a at each window corner
    is_max = np.empty((F, mm), bool)
    d_column, q1_row = d[:, None], q1[None]
    grad_Kc, grad_Wb = np.empty((4, F, k * k + 1), dtype), np.empty_like(Wb)
    labels = np.asarray(y).tolist()
    L = np.empty((n, W.shape[1]), dtype)
    try:
        with np.errstate(over="ignore", invalid="ignore"):   # divergence is detected by the caller
            lr = np.float32(lr)   # (a rate beyond float32, 1e300, is inf here: it diverges, and says so)
            for t in range(n):
                np.matmul(Kc, P[t], out=a)                             # a = x ⋆ K + c
                a.max(axis=0, out=q)                                   # 2x2 max-pooling,
                np.maximum(q, 0, out=q)                                #   then ReLU
                l = L[t]
                np.matmul(Wb, q1, out=l)                               # l = q W + b
                e = np.exp(l - l.max())
                np.multiply(e, lr / e.sum(), out=d)                    # lr (p - y)
                d[labels[t]] -= lr
                np.matmul(d, Wb, out=dq1)                              # lr δ W^T, before W's update
                np.greater(q, 0, out=is_max)
                np.multiply(dq, is_max, out=left)                      # ReLU masks δ
                for corner, d_corner in zip(a[:3], da[:3]):            # each window's δ to its first
                    np.equal(corner, q, out=is_max)                    #   maximum, in reading order,
                    np.multiply(left, is_max, out=d_corner)
                    left -= d_corner
                np.copyto(da[3], left)                                 #   the last if no other was
                np.dot(d_column, q1_row, out=grad_Wb)                  # (a product of one-term sums:
                Wb -= grad_Wb                                          #   faster than np.outer) lr δ [q 1]
                np.matmul(da, P_T[t], out=grad_Kc)                     # each corner's share of
                Kc -= grad_Kc.sum(axis=0)                              #   lr x ⋆ δ_a, and lr Σ δ_a
    finally:
        K1[...] = Kc[:, :-1].reshape(K1.shape)
        c1[...] = Kc[:, -1]
        W[...] = Wb[:, :-1].T
        b[...] = Wb[:, -1]
    return L


# --- one example, every number --------------------------------------------------------------------

@dataclass(frozen=True)
class BlockExplanation:
    """One block's numbers for one example; arrays float32, read-only.

    input (C, H, W); kernels (F, C, k, k); biases (F,); a (F, Ho, Wo) pre-activations x ⋆ K + c;
    r (F, Ho, Wo) feature maps ReLU(a); q (F, Ho//2, Wo//2) pooled; delta_q, delta_r, delta_a: δ at the pooled
    maps, routed back to the maxima, masked by ReLU; grad_kernels (F, C, k, k), grad_biases (F,).
    """

    input: np.ndarray
    kernels: np.ndarray
    biases: np.ndarray
    a: np.ndarray
    r: np.ndarray
    q: np.ndarray
    delta_q: np.ndarray
    delta_r: np.ndarray
    delta_a: np.ndarray
    grad_kernels: np.ndarray
    grad_biases: np.ndarray

    @property
    def kernel(self) -> int:
        return self.kernels.shape[-1]

    def position(self, f: int, i: int, j: int) -> "PositionExplanation":
        """The arithmetic of feature map f at row i, column j: what CNN Explainer shows."""
        F, Ho, Wo = self.a.shape
        if not (0 <= f < F and 0 <= i < Ho and 0 <= j < Wo):
            raise IndexError(f"no position ({f}, {i}, {j}) in feature maps of shape {self.a.shape}")
        k = self.kernel
        patch = self.input[:, i:i + k, j:j + k]
        products = patch * self.kernels[f]
        m = self.q.shape[1]
        pi, pj = i // 2, j // 2
        pooled = pi < m and pj < self.q.shape[2]
        window = self.r[f, 2 * pi:2 * pi + 2, 2 * pj:2 * pj + 2].reshape(-1) if pooled else None
        # the window's first maximum in reading order is the one pooling took (route_to_maximum)
        is_max = pooled and int(np.argmax(window == self.q[f, pi, pj])) == (i % 2) * 2 + (j % 2)
        return PositionExplanation(
            block=self, f=f, i=i, j=j, patch=frozen(patch), kernel=self.kernels[f], products=frozen(products),
            total=float(products.sum(dtype=np.float64)), bias=float(self.biases[f]), a=float(self.a[f, i, j]),
            r=float(self.r[f, i, j]), pooled_at=(pi, pj) if pooled else None,
            pooled=float(self.q[f, pi, pj]) if pooled else None, is_max=bool(is_max),
            delta_r=float(self.delta_r[f, i, j]), delta_a=float(self.delta_a[f, i, j]))


@dataclass(frozen=True)
class PositionExplanation:
    """One position of one feature map: the k x k input patch under the kernel, the kernel, their
    products and the sum plus bias a = Σ patch ⊙ K + c, its ReLU r, the pooled value its window
    gives (None for an odd last row or column, which no window covers) and whether r is that
    window's maximum (only then does it feed the next layer, and only then does δ come back to it)."""

    block: BlockExplanation
    f: int
    i: int
    j: int
    patch: np.ndarray        # (C, k, k)
    kernel: np.ndarray       # (C, k, k)
    products: np.ndarray     # (C, k, k)
    total: float             # Σ products
    bias: float
    a: float                 # total + bias
    r: float                 # max(0, a)
    pooled_at: tuple[int, int] | None
    pooled: float | None
    is_max: bool
    delta_r: float
    delta_a: float


@dataclass(frozen=True)
class ConvolutionExplanation:
    """The forward and backward pass of the convolutional network for one example.

    x (784,); blocks, one :class:`BlockExplanation` each; q (D,) the last pooled maps flattened;
    logits, probabilities (10,); prediction, label; loss -log p_label; delta (10,) p - y = dL/db;
    grad_W (D, 10) outer(q, δ); evidence (D, 10) q_i w_ij: what each pooled value adds to each
    logit (``evidence.sum(0) + b == logits``).
    """

    x: np.ndarray
    blocks: tuple[BlockExplanation, ...]
    q: np.ndarray
    logits: np.ndarray
    probabilities: np.ndarray
    prediction: int
    label: int
    loss: float
    delta: np.ndarray
    grad_W: np.ndarray
    evidence: np.ndarray

    @property
    def output_error(self) -> np.ndarray:
        """p - y, shape (10,)."""
        return self.delta

    def gradients(self) -> dict[str, np.ndarray]:
        """dL/d(each parameter) for this one example, keyed as the network's parameters."""
        grads = {}
        for (K, c), block in zip(kernel_names(len(self.blocks)), self.blocks):
            grads[K], grads[c] = block.grad_kernels, block.grad_biases
        grads["W"], grads["b"] = self.grad_W, self.delta
        return grads


def explain_convolution(architecture: Convolution, params: dict, x: np.ndarray,
                        label: int | None = None) -> ConvolutionExplanation:
    """Run one example x (784,) forwards and backwards; ``label`` None uses the prediction."""
    architecture.check(params)
    params = {name: np.asarray(value, dtype=np.float32) for name, value in params.items()}
    x = np.asarray(x, dtype=np.float32)
    if x.shape != (SIDE * SIDE,):
        raise ValueError(f"expected x ({SIDE * SIDE},), got {x.shape}")
    passes, q, l = forward_pass(params, x[None])
    probabilities, prediction, label, loss, delta = example_output(l[0], label)   # δ = p - y
    delta_q = as_maps(delta[None] @ params["W"].T, passes[-1].q.shape)
    blocks = []
    for i in reversed(range(len(passes))):
        K, c = kernel_names(len(passes))[i]
        p = passes[i]
        delta_r, delta_a, grad_K, grad_c, delta_next = block_backward(p, delta_q, params[K], need_input=i > 0)
        blocks.append(BlockExplanation(          # one example's maps, a picture per filter: (F, H, W)
            input=frozen(p.x[:, 0]), kernels=frozen(params[K]), biases=frozen(params[c]), a=frozen(p.a[:, 0]),
            r=frozen(p.r[:, 0]), q=frozen(p.q[:, 0]), delta_q=frozen(delta_q[:, 0]),
            delta_r=frozen(delta_r[:, 0]), delta_a=frozen(delta_a[:, 0]), grad_kernels=frozen(grad_K),
            grad_biases=frozen(grad_c)))
        delta_q = delta_next
    return ConvolutionExplanation(
        x=frozen(x), blocks=tuple(reversed(blocks)), q=frozen(q[0]), logits=frozen(l[0]),
        probabilities=frozen(probabilities), prediction=prediction, label=label, loss=loss,
        delta=frozen(delta), grad_W=frozen(np.outer(q[0], delta)), evidence=frozen(q[0][:, None] * params["W"]))
