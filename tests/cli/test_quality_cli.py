"""The satisfaction command-line contract (issue #15): names, columns, exit codes, and
`report monthly` beside `report CODE`."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import PASSWORD


@pytest.fixture
def code(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    assert cli("--user", "boss", "user", "add", "li", "--role", "agent", "--dept", "客服部").code == 0
    assert cli("--user", "boss", "user", "add", "zhao", "--role", "agent", "--dept", "客服部").code == 0
    assert cli("--user", "boss", "user", "add", "sales", "--role", "staff", "--dept", "销售部").code == 0
    return cli("--user", "li", "customer", "add", "--name", "杭州明达贸易有限公司", "--class", "A").out.strip()


def test_survey_satisfaction_goals_and_report(cli, code, tmp_path):
    res = cli("--user", "li", "survey", "template", "add", "季度回访", "--question", "产品满意吗=产品质量")
    assert res.code == 3, res                                   # templates are managers'
    res = cli("--user", "boss", "survey", "template", "add", "季度回访", "--question", "产品满意吗=产品质量",
              "--question", "服务满意吗=服务质量", "--nps", "您会推荐我们吗")
    assert res.code == 0 and res.out.strip().isdigit(), res
    assert cli("--user", "li", "survey", "templates").out.split("\t")[1:3] == ["季度回访", "v1"]
    today = dt.date.today().isoformat()
    res = cli("--user", "li", "survey", "record", code, "--template", "季度回访", "--channel", "电话",
              "--answer", "产品质量=5", "--answer", "服务质量=2", "--nps", "9", "--date", today)
    assert res.code == 0 and res.out.strip().isdigit(), res
    assert "低分" in res.err and "服务质量 2 分" in res.err          # offered, not forced
    assert cli("--user", "zhao", "survey", "record", code, "--template", "季度回访", "--channel", "电话",
               "--answer", "产品质量=5").code == 3                  # not zhao's card
    res = cli("--user", "li", "survey", "record", code, "--template", "季度回访", "--channel", "微信",
              "--answer", "产品质量=5")
    assert res.code == 2                                        # channel is one of five
    res = cli("--user", "li", "survey", "record", code, "--template", "季度回访", "--channel", "电话",
              "--answer", "价格=4")
    assert res.code == 1 and "价格" in res.err and "Traceback" not in res.err
    res = cli("--user", "li", "satisfaction", "--from", today, "--to", today)
    assert res.out.splitlines() == ["产品质量\t1\t5.0\t100.0", "服务质量\t1\t2.0\t0.0", "NPS\t100.0"], res
    assert cli("--user", "zhao", "satisfaction", "--from", today, "--to", today).out == ""   # not his card
    res = cli("--user", "li", "satisfaction", "--from", today, "--to", today, "--by", "class")
    assert res.out.splitlines()[0] == "A\t1\t3.5\t50.0"
    assert "cadence" in cli("goal", "add", "--help").out and "first_response_hours" in cli("goal", "add", "--help").out
    assert cli("--user", "li", "goal", "add", "--metric", "csat", "--target", "90").code == 3
    assert cli("--user", "boss", "goal", "add", "--metric", "speed", "--target", "90").code == 1
    assert cli("--user", "boss", "goal", "add", "--metric", "csat", "--target", "90").out.strip().isdigit()
    assert cli("--user", "boss", "goal", "add", "--metric", "nps", "--target", "50").code == 0
    res = cli("--user", "boss", "goals", "--period", today[:7])
    assert res.out.splitlines() == ["csat\t90\t50.0\tnot met", "nps\t50\t100.0\tmet"], res
    for name in ("m.pdf", "m.xlsx"):
        res = cli("--user", "boss", "report", "monthly", "--month", today[:7], "--out", str(tmp_path / name))
        assert res.code == 0 and (tmp_path / name).stat().st_size > 1000, res
    assert cli("--user", "li", "report", "monthly", "--month", today[:7], "--out", str(tmp_path / "x.pdf")).code == 3
    assert not (tmp_path / "x.pdf").exists()
    assert cli("--user", "boss", "report", "monthly", "--month", today[:7], "--out", str(tmp_path / "x.txt")).code == 1


def test_report_code_still_reports_a_matter(cli, code):
    res = cli("--user", "sales", "report", code, "--date", "2026-01-05", "--category", "合作契机",
              "--title", "对方要开新店")
    assert res.code == 0, res
    assert cli("--user", "sales", "report", code, "--date", "2026-01-05").code == 2   # --category, --title missing
    shown = cli("--user", "li", "show", code)
    assert "对方要开新店" in shown.out, shown


def test_satisfaction_by_industry_known_answer(cli, code):
    """Three cards in two industries (one blank): responses are surveys, average and CSAT over
    every answer of the group; the columns are those of the other groupings."""
    def card(name, industry):
        args = ["--user", "li", "customer", "add", "--name", name, "--class", "B"]
        return cli(*args, *(["--industry", industry] if industry else [])).out.strip()

    retail, retail2, blank = card("宁波甬达商贸有限公司", "零售"), card("宁波顺丰百货有限公司", "零售"), card("舟山渔港公司", "")
    assert cli("--user", "boss", "survey", "template", "add", "年度调查", "--question", "产品满意吗=产品质量",
               "--question", "价格合理吗=价格").code == 0
    day = "2026-02-10"
    for c, a, b in ((retail, 5, 4), (retail2, 2, 3), (blank, 4, 4)):
        assert cli("--user", "li", "survey", "record", c, "--template", "年度调查", "--channel", "电话",
                   "--answer", f"产品质量={a}", "--answer", f"价格={b}", "--date", day).code == 0
    res = cli("--user", "li", "satisfaction", "--from", day, "--to", day, "--by", "industry")
    assert res.code == 0, res
    # 零售: 2 surveys, answers 5,4,2,3 → average 3.5, CSAT 2/4 = 50 %; blank: 1 survey, 4,4 → 100 %
    assert res.out.splitlines() == ["零售\t2\t3.5\t50.0", "（未填行业）\t1\t4.0\t100.0"], res
    assert cli("--user", "li", "satisfaction", "--from", day, "--to", day, "--by", "trade").code == 2


def test_survey_import_prints_a_summary_or_row_numbered_problems(cli, code, tmp_path):
    from openpyxl import load_workbook

    assert cli("--user", "boss", "survey", "template", "add", "季度回访", "--question", "产品满意吗=产品质量",
               "--question", "服务满意吗=服务质量").code == 0
    path = tmp_path / "answers.xlsx"
    assert cli("--user", "li", "survey", "import-template", str(path)).code == 0
    assert cli("--user", "li", "survey", "import-template", str(path)).code != 0      # exists: --force
    wb = load_workbook(path)
    ws = wb["满意度调查"]
    ws.append([code, "2026-01-05", "电话", "季度回访", "产品质量", 5])
    ws.append([code, "2026-01-05", "电话", "季度回访", "服务质量", 7])
    wb.save(path)
    res = cli("--user", "li", "survey", "import", str(path))
    assert res.code == 1 and "row 3" in res.err and "分数必须是 1–5" in res.err and "未导入任何数据" in res.out, res
    ws.cell(row=3, column=6, value=4)
    wb.save(path)
    res = cli("--user", "li", "survey", "import", str(path), "--dry-run")
    assert res.code == 0 and "可导入 1 次调查、2 个回答" in res.out, res
    assert cli("--user", "zhao", "survey", "import", str(path)).code == 1             # not his card
    res = cli("--user", "li", "survey", "import", str(path))
    assert res.code == 0 and "已导入 1 次调查、2 个回答" in res.out, res
    res = cli("--user", "li", "satisfaction", "--from", "2026-01-05", "--to", "2026-01-05")
    assert res.out.splitlines() == ["产品质量\t1\t5.0\t100.0", "服务质量\t1\t4.0\t100.0"], res
