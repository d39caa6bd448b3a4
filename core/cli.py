"""``mnist-train``: train a network of any kind headless, with a progress bar or JSON lines."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

# One OpenBLAS thread unless the user says otherwise: measured here, two threads are no faster on an
# idle 2-core machine and 2-4x slower when the other core is busy. Set before numpy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from .data import DatasetError, load_dataset
from .files import unwritable
from .model import WeightsError, build_network, load_network, save_network
from .networks import (OptionError, add_network_options, architecture_from_options, given_network_options,
                       option_names)
from .training import TrainConfig, Trainer, TrainingDiverged, suggested_learning_rate


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a bad argument is one ``error: ...`` line, not usage plus a message."""

    def error(self, message):
        self.exit(2, f"error: {message}\n")


def positive_float(text: str) -> float:
    """A positive, finite number; a message in the option's words for anything else ("abc", "-1")."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not (value > 0 and value < float("inf")):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return value


def whole_number(minimum: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number >= {minimum}, got {text}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be >= {minimum}, got {text}")
        return value
    parse.__name__ = f"integer >= {minimum}"
    return parse


def build_parser() -> argparse.ArgumentParser:
    defaults = TrainConfig()
    parser = OneLineParser(
        prog="mnist-train",
        description="Train the one-layer softmax network (or one with a hidden layer, or a convolution) on MNIST (or "
                    "any folder of the four IDX files) and report test accuracy after each epoch.",
    )
    parser.add_argument("--epochs", type=whole_number(0), default=defaults.epochs,
                        help=f"passes over the training set (default {defaults.epochs}; 0: only "
                             f"evaluate, e.g. weights given with --load)")
    parser.add_argument("--batch-size", type=whole_number(1), default=defaults.batch_size,
                        help="1 = the guide's per-example gradient descent (default)")
    parser.add_argument("--lr", type=positive_float, default=None,
                        help="learning rate (default: the suggested rate for the batch size and "
                             "network, e.g. 0.01 at batch size 1, 0.5 for mini-batches)")
    add_network_options(parser)   # every kind's flags: --hidden, --activation, ...
    parser.add_argument("--seed", type=int, default=defaults.seed,
                        help=f"seeds the initial weights and the shuffling (default {defaults.seed})")
    parser.add_argument("--data-dir", help="folder of the four IDX files (default: bundled MNIST)")
    parser.add_argument("--load", metavar="W.npz", help="start from these weights")
    parser.add_argument("--save", metavar="W.npz", help="save the weights at the end")
    parser.add_argument("--json", action="store_true", help="one JSON object per epoch on stdout")
    return parser


def progress_bar(fraction: float, epoch: int, epochs: int, rate: float, width: int = 30) -> str:
    filled = int(round(fraction * width))
    return (f"\repoch {epoch}/{epochs} [{'#' * filled}{'.' * (width - filled)}] "
            f"{fraction:4.0%}  {rate:,.0f} examples/s")


def run(args) -> int:
    if args.save and (problem := unwritable(args.save, "the weights")):
        raise UsageError(problem)   # before the training, not after it
    model = choose_network(args)
    arch = model.architecture
    lr = args.lr if args.lr is not None else suggested_learning_rate(args.batch_size, arch)
    dataset = load_dataset(args.data_dir)
    config = TrainConfig(learning_rate=lr, batch_size=args.batch_size, epochs=args.epochs,
                         seed=args.seed)
    trainer = Trainer(model, dataset, config)
    show_bar = sys.stderr.isatty()
    n_train = len(trainer.x_train)
    status = 0
    try:
        for epoch in range(1, args.epochs + 1):
            start = time.perf_counter()
            loss_sum, updates = 0.0, 0
            for step in trainer.train_epoch(chunk_updates=max(1, 4096 // args.batch_size)):
                loss_sum += float(step.losses.sum())
                updates += len(step.losses)
                if show_bar:
                    done = n_train if step.epoch_finished else trainer.position
                    sys.stderr.write(progress_bar(done / n_train, epoch, args.epochs,
                                                  step.examples_per_second))
                    sys.stderr.flush()
            seconds = time.perf_counter() - start
            result = trainer.evaluate()
            record = {
                "epoch": epoch,
                "train_loss": loss_sum / updates,
                "train_accuracy": step.running_accuracy,
                "test_loss": result.test_loss,
                "test_accuracy": result.test_accuracy,
                "seconds": seconds,
                "examples_per_second": n_train / seconds,
                "examples_seen": trainer.examples_seen,
                "learning_rate": lr,
                "batch_size": args.batch_size,
                **network_record(arch),
            }
            if show_bar:
                sys.stderr.write("\r\033[K")
            if args.json:
                print(json.dumps(record), flush=True)
            else:
                print(f"epoch {epoch}: train loss {record['train_loss']:.4f}, "
                      f"test loss {result.test_loss:.4f}, test accuracy {result.test_accuracy:.2%}, "
                      f"{seconds:.2f} s ({record['examples_per_second']:,.0f} examples/s)", flush=True)
    except TrainingDiverged as exc:
        if show_bar:
            sys.stderr.write("\n")
        print(f"error: {exc}", file=sys.stderr)
        status = 1
    if args.epochs == 0:
        result = trainer.evaluate()
        if args.json:
            print(json.dumps({"epoch": 0, "test_loss": result.test_loss,
                              "test_accuracy": result.test_accuracy, "learning_rate": lr,
                              "batch_size": args.batch_size, **network_record(arch)}))
        else:
            print(f"test loss {result.test_loss:.4f}, test accuracy {result.test_accuracy:.2%}")
    if args.save:
        # After a divergence these are the last good weights, which the trainer put back.
        save_network(args.save, model)
    return status


class UsageError(ValueError):
    """Arguments that parse but do not fit together."""


def network_record(arch) -> dict:
    """The network in a JSON record: its kind, every kind's options (None where they do not apply,
    e.g. "hidden": 128, "activation": "relu"), and its description."""
    return {"kind": arch.kind, **dict.fromkeys(option_names()), **arch.to_options(), "network": arch.describe()}


def choose_network(args):
    """The network to train: the file given with --load (whatever it holds), else a new one of the
    kind the network options spell (--hidden / --activation, ...; none: the one layer). An option
    that disagrees with the file is an error."""
    given = given_network_options(args)
    if args.load:
        model = load_network(args.load)
        arch = model.architecture
        spelled = arch.to_options()
        for name, value in given.items():
            if spelled.get(name) != value:
                raise UsageError(f"--{name} {value} disagrees with {args.load}, which holds the "
                                 f"{arch.describe()} network (leave out --{name} to use it)")
        return model
    try:
        architecture = architecture_from_options(given)
    except OptionError as exc:
        if exc.missing:   # e.g. "--activation needs a hidden layer: add --hidden H"
            metavar = exc.kind.cli_options.get(exc.option, {}).get("metavar", "")
            raise UsageError(f"{' '.join('--' + n for n in given)} needs {exc.kind.title}: add "
                             f"--{exc.option} {metavar}".rstrip()) from None
        raise UsageError(f"--{exc.option} {exc.problem}") from None
    return build_network(architecture, seed=args.seed)


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except (DatasetError, WeightsError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    return 1


if __name__ == "__main__":
    sys.exit(main())
