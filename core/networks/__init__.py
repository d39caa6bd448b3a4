"""The registry of network kinds: every kind of network the app knows, in the order the window's
chooser lists them. A kind is one module of this package (its formulas, kernels, explanation and
architecture, see ``base.py``); adding one is a module and a line in ``KINDS``.

Nothing outside the kinds decides what a network is from its array names: the kind is its
architecture's class, carried by every network (``network.architecture``) and every
:class:`core.model.NetworkWeights`; weights files record it.
"""

from __future__ import annotations

import argparse

from .base import Architecture, Network, OptionError, WeightsError
from .convolution import Convolution
from .hidden_layer import HiddenLayer
from .one_layer import OneLayer

# Every kind, by its architecture class; the first is the default (spelled by no option at all).
KINDS: tuple[type[Architecture], ...] = (OneLayer, HiddenLayer, Convolution)


def kind_named(name: str) -> type[Architecture]:
    """The kind recorded as ``name`` ("one_layer", ...); KeyError for none."""
    for kind in KINDS:
        if kind.kind == name:
            return kind
    raise KeyError(name)


def chooser_architectures() -> tuple[Architecture, ...]:
    """What the window's network chooser offers: each kind's choices, kind after kind."""
    return tuple(arch for kind in KINDS for arch in kind.choices())


def option_names() -> tuple[str, ...]:
    """Every option that spells a network, in lessons and on the command line."""
    return tuple(name for kind in KINDS for name in kind.options)


def architecture_from_options(options: dict, *, lesson: bool = False) -> Architecture:
    """The architecture that ``options`` ({name: value}, those given) spell: the kind whose options
    they are; none given is the default kind. ``lesson``: only what the chooser offers.

    Raises
    ------
    OptionError
        For a value that does not fit, a missing option, or options of two kinds mixed; its
        ``kind`` is the kind the options were read as.
    """
    kinds = [kind for kind in KINDS if set(options) & set(kind.options)]
    if len(kinds) > 1:
        a, b = (next(o for o in options if o in k.options) for k in kinds[:2])
        raise OptionError(b, f"does not go with {a}: they spell {kinds[0].title} and {kinds[1].title}")
    kind = kinds[0] if kinds else KINDS[0]
    try:
        return kind.from_options(options, lesson=lesson)
    except OptionError as exc:
        exc.kind = kind   # whose option it is: "--activation needs a hidden layer"
        raise


def add_network_options(parser: argparse.ArgumentParser) -> None:
    """Every kind's command-line flags (``--hidden``, ``--activation``, ...), default None: not given."""
    for kind in KINDS:
        for name, spec in kind.cli_options.items():
            parser.add_argument(f"--{name}", default=None, **spec)


def given_network_options(args: argparse.Namespace) -> dict:
    """The network options given on the command line, {name: value}."""
    return {name: getattr(args, name) for name in option_names() if getattr(args, name, None) is not None}


def kind_of_file(arrays: dict, path) -> Architecture:
    """The architecture a weights file's arrays record: its ``kind``, or for a file written before
    files recorded it, the kind that claims it (one layer: W and b). WeightsError naming ``path``."""
    recorded = arrays.get("kind")
    if recorded is None:
        for kind in reversed(KINDS):  # the default kind last: it claims what no other does
            if kind.holds_old_file(arrays):
                return kind.from_file(arrays, path)
        return KINDS[0].from_file(arrays, path)
    if recorded.dtype.kind != "U" or recorded.size != 1:
        raise WeightsError(f"{path}: 'kind' must be one text value, got {recorded.dtype} {recorded.shape}")
    try:
        kind = kind_named(str(recorded.reshape(())))
    except KeyError:
        names = ", ".join(k.kind for k in KINDS)
        raise WeightsError(f"{path}: holds a network of kind {str(recorded.reshape(()))!r}, which this "
                           f"version does not know (it knows {names})") from None
    return kind.from_file(arrays, path)


def file_arrays() -> tuple[str, ...]:
    """Every array a weights file of any kind may hold, ``kind`` among them."""
    names = ["kind"]
    for kind in KINDS:
        names += [n for n in kind.file_arrays if n not in names]
    return tuple(names)


__all__ = ["KINDS", "Architecture", "Convolution", "HiddenLayer", "Network", "OneLayer", "OptionError", "WeightsError",
           "add_network_options", "architecture_from_options", "chooser_architectures", "file_arrays",
           "given_network_options", "kind_named", "kind_of_file", "option_names"]
