"""The PDF report: rendered by WeasyPrint, rasterised with pdftoppm, checked to carry ink."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image

from sitrep.knowledge.actor_names import ActorNames
from sitrep.report import build_report, render


@pytest.fixture(scope="module")
def pdf_bytes(events, control):
    return render(build_report(None, events=events, control=control, names=ActorNames(None)), "pdf")


def test_pdf_renders_non_blank_pages(pdf_bytes, tmp_path):
    assert pdf_bytes.startswith(b"%PDF-")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(pdf_bytes)
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is required for this test"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    for page in pages:
        with Image.open(page) as im:
            gray = im.convert("L")
            lo, hi = gray.getextrema()
            assert hi - lo > 100  # text on a white page, not a blank
            dark = sum(gray.histogram()[:128])
            assert dark > 0.002 * gray.width * gray.height  # enough ink to be a page of text
