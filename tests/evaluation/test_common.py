"""Benchmark headers say which CPU the figures come from."""

from pathlib import Path

import pytest

from evaluation.common import describe_host

pytestmark = pytest.mark.fast

AVX2_ONLY = "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse sse2 avx avx2 fma\n"
VNNI = "model name\t: AMD EPYC\nflags\t\t: avx2 avx512f avx512_vnni\n"


def test_the_header_names_the_cpu_and_its_widest_int8_instructions():
    assert describe_host(AVX2_ONLY).endswith("cores, AMD EPYC, AVX2, no VNNI")
    assert describe_host(VNNI).endswith("cores, AMD EPYC, AVX-512 VNNI")


def test_an_unreadable_cpuinfo_still_gives_the_core_count():
    assert describe_host("").endswith("cores")


@pytest.mark.skipif(not Path("/proc/cpuinfo").is_file(), reason="no /proc/cpuinfo on this system")
def test_this_machine_is_described_by_its_cpu_model():
    model = next(
        (
            line.partition(":")[2].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        None,
    )
    if model is None:
        pytest.skip("this system's /proc/cpuinfo names no model")
    assert f"cores, {model}" in describe_host()
