"""The messages between the window and its training process, on a pipe: JSON and .npy arrays.

One message is a frame::

    magic (4 bytes) | header length (4 bytes, little-endian) | data length (8 bytes) | JSON header
    | data: each array in numpy's own .npy format (`numpy.lib.format`), one after another

The JSON holds every scalar, string, tuple and dataclass of the message; each numpy array in it is
a reference, by number, to one of the arrays that follow. Nothing is pickled: a message can only
ever make the plain values and the few dataclasses named in `KINDS`, an array's .npy header is
read with numpy's own reader (a literal, never code) and must describe numbers, and arrays arrive
read-only.

Every length is checked before anything is allocated: the header against MAX_HEADER, the data
against the reader's ``max_data`` (what the largest legal message can need, computed by the
caller), each array against the data left. Whatever is wrong with the bytes, reading raises
`MessageError` (or returns None at a clean end of the pipe), never anything else, and never waits
for more bytes than the frame has announced.

The first message from the window (``init``) carries PROTOCOL: a training process started from
another version of this file refuses it rather than misreading it.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import math
import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np
from numpy.lib import format as npy

from ..data import Dataset
from ..model import NetworkWeights
from ..networks import KINDS as NETWORK_KINDS
from ..training import ClassMix, EvalMetrics, TrainConfig
from .training_loop import TrainingSnapshot

PROTOCOL = 3  # 1: a hand-made dtype/shape/offset layout; 2: .npy arrays, magic, capped lengths;
             # 3: the class's digits (ClassMix, EvalMetrics.check_accuracy)

# The dataclasses a message may carry, by name; anything else is refused.
KINDS = {cls.__name__: cls for cls in (*NETWORK_KINDS, NetworkWeights, EvalMetrics, TrainConfig, Dataset,
                                        TrainingSnapshot, ClassMix)}
MAGIC = b"\x93MNV"  # every frame starts so: bytes that are not a frame are refused at once
FRAME = struct.Struct("<4sIQ")  # magic, header length, data length
MAX_HEADER = 16 << 20  # a header is scalars and names: anything larger is not one of our messages
# The data a reader accepts unless told otherwise. The pipes pass what their largest legal message
# needs, computed (`training_loop.max_snapshot_bytes`, `trainer_process`'s caps); this default
# only serves readers of files and tests.
MAX_DATA = 256 << 20
MAX_ARRAYS = 100_000  # arrays in one message; a snapshot holds a few dozen
NUMBERS = "biufc"     # the dtype kinds an array may have: bool, integers, floats, complex


class MessageError(ValueError):
    """The bytes on the pipe are not a message (the other side broke, or something else wrote)."""


class PipeClosed(MessageError):
    """The pipe ended in the middle of a message: the other side is gone (or going)."""


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


@functools.lru_cache(maxsize=256)
def _npy_header(dtype: str, shape: tuple[int, ...]) -> bytes:
    """The .npy header that `numpy.lib.format.write_array` writes before a C-ordered array of this
    dtype and shape (remembered: the same few go out over and over)."""
    out = io.BytesIO()
    npy.write_array_header_1_0(out, npy.header_data_from_array_1_0(np.empty(shape, dtype)))
    return out.getvalue()


def message_parts(message) -> list:
    """One message (plain values, arrays and the dataclasses of KINDS) as the buffers that go out
    in turn: its frame, its header, then each array as a .npy file would hold it
    (`numpy.lib.format`'s header, then its bytes in C order), the array's own memory: no copy, no
    pickle. Raises TypeError for an array of anything but numbers."""
    arrays: list[np.ndarray] = []
    tree = _to_json(message, arrays)
    for a in arrays:
        if a.dtype.kind not in NUMBERS:
            raise TypeError(f"cannot send an array of {a.dtype} to the training process: numbers only")
    headers = [_npy_header(a.dtype.str, a.shape) for a in arrays]
    data_size = sum(len(h) + a.nbytes for h, a in zip(headers, arrays))
    header = json.dumps({"value": tree, "arrays": len(arrays)}, separators=(",", ":")).encode()
    parts = [FRAME.pack(MAGIC, len(header), data_size), header]
    for h, a in zip(headers, arrays):
        parts.append(h)
        if a.nbytes:
            parts.append(memoryview(a.reshape(-1).view(np.uint8)))
    return parts


def write_message(stream: BinaryIO, message) -> None:
    """Write one message (`message_parts`) and flush."""
    for part in message_parts(message):
        stream.write(part)
    stream.flush()


def _read_into(stream: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from the stream; returns the bytes read (fewer only at the end of the pipe).

    A loop: an unbuffered pipe (or a buffered one, for a large read) may hand over fewer bytes
    than asked at a time."""
    got, n = 0, len(view)
    readinto = getattr(stream, "readinto", None)
    while got < n:
        if readinto is not None:
            k = readinto(view[got:])
        else:
            piece = stream.read(n - got)
            k = len(piece) if piece else 0
            view[got: got + k] = piece or b""
        if not k:
            break
        got += k
    return got


def _read_exactly(stream: BinaryIO, n: int, what: str) -> bytearray | None:
    """``n`` bytes, or None when the pipe ends before the first of them."""
    buffer = bytearray(n)
    got = _read_into(stream, memoryview(buffer))
    if got == 0 and n:
        return None
    if got != n:
        raise PipeClosed(f"the pipe closed in the middle of a message ({what}: {got} of {n} bytes)")
    return buffer


NPY_LENGTHS = {(1, 0): struct.Struct("<H"), (2, 0): struct.Struct("<I")}  # .npy header lengths
MAX_NPY_HEADER = 10_000  # numpy's own limit for a header it reads without being told it is safe


@functools.lru_cache(maxsize=256)
def _npy_header_fields(version: tuple[int, int], header: bytes) -> tuple[tuple[int, ...], bool, np.dtype]:
    """(shape, fortran_order, dtype) of a .npy header (its length field and text), by numpy's reader.

    Remembered: a training run sends the same few headers over and over, and numpy parses each
    with `ast.literal_eval` (~70 us, a tenth of a hidden-512 snapshot's round trip)."""
    reader = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
    return reader(io.BytesIO(header), max_header_size=MAX_NPY_HEADER)


class _Section:
    """The data section of one frame as a stream for numpy's .npy header readers: it never reads
    past the length the frame announced, and counts what is left."""

    def __init__(self, stream: BinaryIO, size: int):
        self.stream, self.left = stream, size

    def read(self, n: int) -> bytes:
        n = min(n, self.left)
        data = _read_exactly(self.stream, n, "an array's header")
        if data is None:
            raise PipeClosed("the pipe closed in the middle of a message (before an array)")
        self.left -= n
        return bytes(data)

    def read_array(self) -> np.ndarray:
        """The next .npy array: its header checked (numbers only, C order, no more bytes than the
        frame has left) before its memory is allocated, then read straight into it."""
        version = npy.read_magic(self)
        if version not in NPY_LENGTHS:
            raise MessageError(f"an array in .npy format version {version}, which the pipe does not use")
        length = NPY_LENGTHS[version]
        raw = self.read(length.size)
        (size,) = length.unpack(raw)
        if size > MAX_NPY_HEADER:
            raise MessageError(f"an array header of {size} bytes: not one of ours")
        shape, fortran, dtype = _npy_header_fields(version, raw + self.read(size))
        if dtype.hasobject or dtype.kind not in NUMBERS or dtype.fields is not None:
            raise MessageError(f"a message may hold arrays of numbers only, not {dtype}")
        if fortran:
            raise MessageError("an array in Fortran order, which the pipe does not use")
        nbytes = math.prod(shape) * dtype.itemsize  # Python ints: no overflow
        if nbytes > self.left:
            raise MessageError(f"an array of {nbytes} bytes where the message has {self.left} left")
        a = np.empty(shape, dtype)
        if nbytes:
            got = _read_into(self.stream, memoryview(a.reshape(-1).view(np.uint8)))
            if got != nbytes:
                raise PipeClosed(f"the pipe closed in the middle of a message (an array: {got} of "
                                 f"{nbytes} bytes)")
        self.left -= nbytes
        a.flags.writeable = False
        return a


def read_message(stream: BinaryIO, max_data: int = MAX_DATA):
    """The next message, or None when the other side has closed the pipe between two messages.

    Raises
    ------
    MessageError
        For anything that is not a whole message of ours: wrong magic, a length over the caps
        (``max_data`` for the arrays, MAX_HEADER for the JSON), a frame cut short, bad JSON, an
        array that is not numbers, a value that is not one of KINDS.
    """
    frame = _read_exactly(stream, FRAME.size, "its frame")
    if frame is None:
        return None
    magic, header_size, data_size = FRAME.unpack(frame)
    if magic != MAGIC:
        raise MessageError(f"bytes that are not a message (they start {bytes(frame[:8])!r})")
    if header_size > MAX_HEADER:
        raise MessageError(f"a message header of {header_size} bytes (at most {MAX_HEADER}): not one of ours")
    if data_size > max_data:
        raise MessageError(f"a message of {data_size} bytes of arrays (at most {max_data}): not one of ours")
    header = _read_exactly(stream, header_size, "its header")
    if header is None and header_size:
        raise PipeClosed("the pipe closed in the middle of a message (its header: 0 bytes)")
    section = _Section(stream, data_size)
    try:
        header = json.loads(bytes(header or b""))
        count = header["arrays"]
        if not isinstance(count, int) or not 0 <= count <= MAX_ARRAYS:
            raise MessageError(f"a message of {count!r} arrays: not one of ours")
        arrays = [section.read_array() for _ in range(count)]
        if section.left:
            raise MessageError(f"{section.left} bytes after a message's arrays: not one of ours")
        return _from_json(header["value"], arrays)
    except MessageError:
        raise
    except Exception as exc:  # noqa: BLE001  (bad JSON, a bad .npy header, a nesting too deep...)
        raise MessageError(f"not a message: {type(exc).__name__}: {exc}") from None
