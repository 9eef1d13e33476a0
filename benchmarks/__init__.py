"""Benchmarks: each ``bench_*.py`` module prints its figures and asserts nothing about time."""
