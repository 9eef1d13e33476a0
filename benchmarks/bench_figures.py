"""Figure weight and drawing time: every schematic of every synthetic vignette.

``python -m benchmarks figures`` prints, per vignette and figure, the bytes of the inline SVG
(raw and gzip-compressed, as a web server would send it), the PNG bytes at 150 dpi, and the time
to draw and serialise the SVG. Page weight matters to students on phones, so the SVG column is the
one to watch; nothing is asserted.
"""

from __future__ import annotations

import gzip
import time

from nmo_teach.criteria import load_vignette, vignette_ids
from nmo_teach.figures import patient_figures


def main(argv: list[str]) -> None:
    print(f"{'vignette':<34} {'figure':<12} {'svg B':>7} {'gzip B':>7} {'png B':>7} {'ms':>6}")
    total = 0
    for vignette in vignette_ids():
        patient = load_vignette(vignette)
        start = time.perf_counter()
        figures = patient_figures(patient)
        per_figure_ms = (time.perf_counter() - start) * 1000 / max(1, len(figures))
        for figure in figures:
            raw = len(figure.svg.encode())
            total += raw
            packed = len(gzip.compress(figure.svg.encode()))
            print(f"{vignette:<34} {figure.kind:<12} {raw:>7} {packed:>7} {len(figure.png()):>7} {per_figure_ms:>6.0f}")
    print(f"total inline SVG for all vignettes: {total} bytes")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
