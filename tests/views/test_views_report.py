"""`dgm report`: one self-contained HTML file, checked as text and in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from views_helpers import TASKS, assert_user_error, dgm


@pytest.fixture(scope="module")
def report(synth: tuple[Path, dict[str, str]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root, _ = synth
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = dgm("report", root, "-o", out)
    assert result.returncode == 0, result.stderr
    return out


def test_report_is_self_contained(report: Path) -> None:
    text = report.read_text()
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)  # no CDN, no fetch
    assert "<link" not in text and "<script src" not in text and "@import" not in text
    assert len(re.findall(r'src="data:image/png;base64,[A-Za-z0-9+/=]{1000,}"', text)) == 1


def test_report_has_every_section_and_agent(report: Path,
                                            synth: tuple[Path, dict[str, str]]) -> None:
    _, ids = synth
    text = report.read_text()
    for heading in ("Summary", "Progress", "Lineage", "Attempts", "Agents"):
        assert f">{heading}</h2>" in text
    for agent in ids.values():
        assert f'<details class="agent" id="agent-{agent}"' in text
    assert text.count('<li class="') == 6 and "★" in text
    assert "Simulated model (toy)" in text
    assert "+SETTING_3 = 3" in text and "Problem: Narrow the search." in text
    assert "g002a02" in text and "broken" in text  # the discarded attempt is listed


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is missing in CI; run scripts/install-test-deps", pytrace=False)
        pytest.skip("chromium is not installed (Debian package chromium; "
                    "scripts/install-test-deps installs it as root)")
    return found


def headless(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with a private profile (root needs --no-sandbox)."""
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def test_report_in_headless_chromium(chromium: str, report: Path, tmp_path: Path,
                                     synth: tuple[Path, dict[str, str]]) -> None:
    _, ids = synth
    best = ids["output"]
    result = headless(chromium, tmp_path, "--dump-dom", f"{report.as_uri()}#agent-{best}")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "<title>DGM run synth</title>" in dom
    assert 'data-loaded="true"' in dom  # the embedded plot decoded
    assert re.search(rf'<details class="agent" id="agent-{best}"[^>]*\bopen\b', dom)
    assert not re.search(rf'<details class="agent" id="agent-{ids["narrow"]}"[^>]*\bopen\b', dom)
    section = dom.split(f'id="agent-{best}"', 1)[1].split('<details class="agent"', 1)[0]
    assert "Problem: Show test output to the model." in section
    assert "SETTING_3 = 3" in section and "3/4 resolved" in section
    assert all(task in section for task in TASKS) and "$0.0400" in section
    assert f'href="#agent-{ids["retry"]}"' in section  # its parent, one click away
    shot = tmp_path / "report.png"
    result = headless(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1280,2200",
                      report.as_uri())
    assert result.returncode == 0 and shot.read_bytes()[:4] == b"\x89PNG"
    assert shot.stat().st_size > 50_000  # a rendered page, not a blank one


def test_report_output_errors(synth: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = synth
    assert_user_error(dgm("report", root, "-o", root / "attempts" / "r.html"), "inside the run")
    assert_user_error(dgm("report", root, "-o", tmp_path / "no" / "r.html"), "does not exist")
