"""Benchmark of the pipe at every speed (not a test): issue 16's table.

    xvfb-run -a -s "-screen 0 1280x800x24" python benchmarks/bench_speeds.py [--seconds 60]

For the one-layer network and a 512-unit hidden layer, at full speed, 1000, 100 and 10 updates a
second, runs the real command `mnist-visualizer --no-settings --autostart --quit-after S --speed V`
(each in its own process, one after the other) and prints from its JSON line: the peak memory of the
window's process and of its training process, the updates achieved against the speed set (goal: at
least 90% where the headless trainer is faster than the speed set), and frames a second.

Then the issue's headline check: `--hidden 512 --speed 1000 --autostart --quit-after 40` reports a
training process' peak under 300 MB and at least 30,000 examples seen.

The updates are counted from the launch: the first second or so (the process starting, the first
evaluation) trains nothing, so a 60 s run at 1000 updates/s can reach at most about 59,000.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

NETWORKS = (("one layer", []), ("hidden 512", ["--hidden", "512"]))
SPEEDS = ("full", "1000", "100", "10")
GOALS = {"trainer_peak": 300.0, "rate": 0.90, "headline_examples": 30_000}


def launch(flags: list[str], seconds: float) -> dict:
    """The real command, in its own process: its --quit-after JSON line."""
    command = [sys.executable, "-m", "mnist_visualizer.visualizer", "--no-settings", "--autostart",
               "--quit-after", f"{seconds:g}", *flags]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 90)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({out.returncode}):\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each run (default 60)")
    parser.add_argument("--headline-seconds", type=float, default=40.0)
    args = parser.parse_args()

    print(f"{'network':<11} {'speed':>6} {'window MB':>9} {'trainer MB':>10} {'updates/s':>10} "
          f"{'of set':>7} {'frames/s':>8}")
    for name, flags in NETWORKS:
        for speed in SPEEDS:
            r = launch([*flags, "--speed", speed], args.seconds)
            rate = r["updates"] / r["seconds"]
            share = "" if speed == "full" else f"{rate / float(speed):7.1%}"
            print(f"{name:<11} {speed:>6} {r['peak_rss_mb']:9.0f} {r.get('trainer_peak_rss_mb', float('nan')):10.0f} "
                  f"{rate:10.0f} {share:>7} {r['frames_per_second']:8.1f}", flush=True)
    print(f"goals: the training process' peak flat (< {GOALS['trainer_peak']:.0f} MB), updates at least "
          f"{GOALS['rate']:.0%} of the speed set where headless is faster")

    r = launch(["--hidden", "512", "--speed", "1000"], args.headline_seconds)
    print(f"\n--hidden 512 --speed 1000 --quit-after {args.headline_seconds:g}: trainer_peak_rss_mb "
          f"{r.get('trainer_peak_rss_mb', float('nan')):.0f} (goal < {GOALS['trainer_peak']:.0f}), examples "
          f"seen {r['examples_seen']:,} (goal >= {GOALS['headline_examples']:,})")


if __name__ == "__main__":
    main()
