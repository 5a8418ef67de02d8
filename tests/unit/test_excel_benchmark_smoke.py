"""The benchmark code runs end to end at a tiny size (not timed: it only must not rot)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import run as bench  # noqa: E402


def test_benchmark_cases_run_and_write_the_results_table(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "DATA", tmp_path / "data")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("BENCH_REPEAT", "1")
    results = tmp_path / "RESULTS.md"
    rows = bench.run(40, 3, results)
    assert [r["case"] for r in rows][:3] == ["Excel 导出 40 位客户", "3 张客户卡 PDF", "导入 40 行"]
    assert {r["group"] for r in rows} == {"excel", "pdf", "import", "search", "page", "sorts", "today",
                                          "handover", "command", "startup", "audit"}
    assert [r.get("error") for r in rows] == [None] * len(rows)
    assert all(r["ours_s"] > 0 and r["bare_s"] > 0 and r["peak_mb"] > 0 for r in rows)
    text = results.read_text(encoding="utf-8")
    assert "| case | ours (s) | bare (s) | ratio | target |" in text
    assert text.count("\n| ") == len(rows) + 1
    assert (tmp_path / "data" / f"archive-40-{bench.DATA_TAG}.db").exists()  # cached for the next run
