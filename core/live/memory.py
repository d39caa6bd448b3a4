"""How much memory and time a process has used, read from the kernel: no Qt, so that the training
process reports its own figures without loading the GUI's modules."""

from __future__ import annotations

import os
import resource
import sys
import time


def seconds_since_process_start() -> float:
    """Seconds since this process was started (the interpreter's launch, imports included).

    Linux: the kernel's start time of the process (/proc/self/stat, field 22, in clock ticks since
    boot) against CLOCK_BOOTTIME, the clock it is counted on; elsewhere, since this module was
    imported."""
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rpartition(")")[2].split()  # after "pid (comm)", which may hold spaces
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED


_IMPORTED = time.monotonic()


def status_mb(pid: int | str, *fields: str) -> tuple[float, ...] | None:
    """Memory fields (VmRSS, VmHWM, ...) of /proc/PID/status in MB (10^6 bytes); None where there
    is no such file (not Linux, or no such process)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            found = dict(line.split(":", 1) for line in f if ":" in line)
        return tuple(int(found[name].split()[0]) * 1024 / 1e6 for name in fields)
    except (OSError, KeyError, ValueError):
        return None


def peak_rss_mb() -> float:
    """The largest resident memory this process has had so far, in MB (10^6 bytes).

    Linux: VmHWM of /proc/self/status, the high-water mark of this program's own memory. Not
    ru_maxrss there: the kernel carries a parent's resident size over into its child's ru_maxrss
    at exec (a launch from a 300 MB test runner or benchmark would report at least 300 MB).
    Elsewhere ru_maxrss (KiB on Linux, bytes on macOS)."""
    found = status_mb("self", "VmHWM")
    if found is not None:
        return found[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def proportional_mb(pid: int | str = "self") -> float | None:
    """A process' proportional set size in MB (Linux): its resident memory with every page it shares
    with other processes (the libraries' code, say) counted as its share. Summed over the window's
    process and its training process, the pair's real footprint; None where unknown."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            kib = next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        return kib * 1024 / 1e6
    except (OSError, ValueError, StopIteration):
        return None
