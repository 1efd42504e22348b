"""Benchmark headers say which CPU the figures come from."""

from evaluation.common import describe_host

AVX2_ONLY = "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse sse2 avx avx2 fma\n"
VNNI = "model name\t: AMD EPYC\nflags\t\t: avx2 avx512f avx512_vnni\n"


def test_the_header_names_the_cpu_and_its_widest_int8_instructions():
    assert describe_host(AVX2_ONLY).endswith("cores, AMD EPYC, AVX2, no VNNI")
    assert describe_host(VNNI).endswith("cores, AMD EPYC, AVX-512 VNNI")


def test_an_unreadable_cpuinfo_still_gives_the_core_count():
    assert describe_host("").endswith("cores")


def test_this_machine_is_described():
    assert "cores" in describe_host()
