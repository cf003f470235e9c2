"""bench/peak_sampler.py, the memory benches' one sampler: this process's RSS alone, or the summed PSS of
its tree with each process's share at the peak."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("psutil")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from peak_sampler import PeakSampler  # noqa: E402

MIB = 1 << 20


def test_this_process_rss_counts_what_was_held_even_briefly():
    with PeakSampler(interval=0.01, tree=False, pss=False) as mem:
        block = bytearray(64 * MIB)
        block[::4096] = b"x" * len(block[::4096])  # touched: resident
        time.sleep(0.1)
        del block
    assert mem.peak_rss - mem.start_rss >= 48 * MIB
    assert mem.peak == mem.peak_rss  # RSS alone: the PSS figures hold it
    assert [pid for pid, _ in mem.at_peak] == [mem.proc.pid]


def test_a_child_is_sampled_in_the_tree():
    child = subprocess.Popen([sys.executable, "-c", "import time; b = bytearray(40 << 20); b[::4096] = b'x' * len(b[::4096]); time.sleep(3)"])
    try:
        time.sleep(1.0)
        with PeakSampler(interval=0.05) as mem:
            time.sleep(0.5)
    finally:
        child.kill()
        child.wait()
    assert child.pid in [pid for pid, _ in mem.at_peak]
    assert mem.at_peak[0][0] == mem.proc.pid and mem.peak_parent == mem.at_peak[0][1]
    assert mem.peak == sum(v for _, v in mem.at_peak) and mem.peak_single >= 40 * MIB


def test_the_trace_gets_a_line_per_sample_after_five_seconds(tmp_path):
    trace = tmp_path / "trace.txt"
    with PeakSampler(interval=0.05, trace=str(trace), progress=lambda: 7):
        time.sleep(0.2)
    seconds, saved, total, per_process = trace.read_text().splitlines()[0].split("\t")
    assert seconds == "0" and saved == "7" and int(total) > 0 and "/" in per_process
