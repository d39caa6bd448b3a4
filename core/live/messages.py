"""The messages between the window and its training process, on a pipe: JSON and raw arrays.

One message is a frame::

    header length (4 bytes, little-endian) | array bytes (8 bytes) | JSON header | array data

The JSON holds every scalar, string, tuple and dataclass of the message; each numpy array in it is
a reference into the array data that follows, by dtype, shape and offset. Nothing is pickled: a
message can only ever make the plain values and the few dataclasses named in `KINDS`, and arrays
arrive read-only, as views of the bytes read (no copy after the read itself).
"""

from __future__ import annotations

import dataclasses
import json
import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np

from ..data import Dataset
from ..model import NetworkWeights
from ..networks import KINDS as NETWORK_KINDS
from ..training import EvalMetrics, TrainConfig
from .training_loop import TrainingSnapshot

# The dataclasses a message may carry, by name; anything else is refused.
KINDS = {cls.__name__: cls for cls in (*NETWORK_KINDS, NetworkWeights, EvalMetrics, TrainConfig, Dataset,
                                        TrainingSnapshot)}
FRAME = struct.Struct("<IQ")
MAX_HEADER = 16 << 20  # a header is scalars and names: anything larger is not one of our messages


class MessageError(ValueError):
    """The bytes on the pipe are not a message (the other side broke, or something else wrote)."""


def _to_json(value, arrays: list):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        arrays.append(np.ascontiguousarray(value))
        return {"@array": len(arrays) - 1}
    if isinstance(value, tuple):
        return {"@tuple": [_to_json(v, arrays) for v in value]}
    if isinstance(value, list):
        return [_to_json(v, arrays) for v in value]
    if isinstance(value, dict):
        return {"@dict": {str(k): _to_json(v, arrays) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"@path": str(value)}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and KINDS.get(name) is type(value):
        return {"@kind": name, "fields": {f.name: _to_json(getattr(value, f.name), arrays)
                                          for f in dataclasses.fields(value)}}
    raise TypeError(f"cannot send a {name} to the training process")


def _from_json(value, arrays: list[np.ndarray]):
    if isinstance(value, list):
        return [_from_json(v, arrays) for v in value]
    if not isinstance(value, dict):
        return value
    if "@array" in value:
        return arrays[value["@array"]]
    if "@tuple" in value:
        return tuple(_from_json(v, arrays) for v in value["@tuple"])
    if "@dict" in value:
        return {k: _from_json(v, arrays) for k, v in value["@dict"].items()}
    if "@path" in value:
        return Path(value["@path"])
    if "@kind" in value and value["@kind"] in KINDS:
        fields = {k: _from_json(v, arrays) for k, v in value["fields"].items()}
        return KINDS[value["@kind"]](**fields)
    raise MessageError(f"not a value of a message: {str(value)[:80]}")


def write_message(stream: BinaryIO, message) -> None:
    """Write one message (plain values, arrays and the dataclasses of KINDS) and flush."""
    arrays: list[np.ndarray] = []
    tree = _to_json(message, arrays)
    offset, layout = 0, []
    for a in arrays:
        layout.append([a.dtype.str, list(a.shape), offset])
        offset += a.nbytes
    header = json.dumps({"value": tree, "arrays": layout}, separators=(",", ":")).encode()
    stream.write(FRAME.pack(len(header), offset))
    stream.write(header)
    for a in arrays:
        if a.nbytes:
            stream.write(memoryview(a.reshape(-1).view(np.uint8)))
    stream.flush()


def _read_exactly(stream: BinaryIO, n: int) -> bytes | None:
    data = stream.read(n)
    if not data and n:
        return None
    if len(data) != n:
        raise MessageError(f"the pipe closed in the middle of a message ({len(data)} of {n} bytes)")
    return data


def read_message(stream: BinaryIO):
    """The next message, or None when the other side has closed the pipe."""
    frame = _read_exactly(stream, FRAME.size)
    if frame is None:
        return None
    header_size, data_size = FRAME.unpack(frame)
    if header_size > MAX_HEADER:
        raise MessageError(f"a message header of {header_size} bytes: not one of ours")
    try:
        header = json.loads(_read_exactly(stream, header_size) or b"")
        data = _read_exactly(stream, data_size) or b""
        arrays = []
        for dtype, shape, offset in header["arrays"]:
            dtype = np.dtype(dtype)
            if dtype.hasobject:
                raise MessageError("a message may hold numbers only, not Python objects")
            count = int(np.prod(shape, dtype=np.int64))
            arrays.append(np.frombuffer(data, dtype, count, offset).reshape(shape))
        return _from_json(header["value"], arrays)
    except (ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, MessageError):
            raise
        raise MessageError(f"not a message: {type(exc).__name__}: {exc}") from None
