"""Satisfaction surveys, goals and the monthly report on the command line (issue #15):
`survey template add|…`, `survey templates`, `survey record`, `satisfaction`, `goal add`,
`goals`, and `report monthly` (which shares the `report` command with reporting a matter
to page 2: `report monthly --month …` is the monthly report, `report CODE …` the matter)."""
from __future__ import annotations

from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.vocabulary import GOAL_PERIODS, SURVEY_CHANNELS
from models.foundation.vocabulary import QUALITY_METRICS as METRICS
from models.foundation.vocabulary import SATISFACTION_GROUPINGS as GROUPINGS
from ui.cli import access_cmds
from ui.cli.service_cmds import _day


def _num(v) -> str:
    return "-" if v is None else f"{v:.1f}"


def register(sub) -> None:
    survey = sub.add_parser("survey", help="satisfaction surveys (满意度调查)").add_subparsers(
        dest="survey_command", metavar="ACTION")
    tpl = survey.add_parser("template", help="questionnaires (managers)").add_subparsers(
        dest="template_command", metavar="ACTION")
    p = tpl.add_parser("add", help="a questionnaire; prints its id")
    p.add_argument("name")
    p.add_argument("--question", action="append", required=True, metavar="TEXT=INDICATOR")
    p.add_argument("--nps", default="", metavar="TEXT", help="the 0-10 'would you recommend us' question")
    p.add_argument("--auto", action="store_true", help="a low score creates a follow-up task automatically")
    p.set_defaults(handler=cmd_template_add)
    p = tpl.add_parser("change", help="a new version of a questionnaire; prints its id")
    p.add_argument("name")
    p.add_argument("--question", action="append", required=True, metavar="TEXT=INDICATOR")
    p.add_argument("--nps", default="", metavar="TEXT")
    p.add_argument("--auto", action="store_true")
    p.set_defaults(handler=cmd_template_change)
    p = survey.add_parser("templates", help="questionnaires: id, name, version, questions, NPS question")
    p.set_defaults(handler=cmd_templates)
    p = survey.add_parser("record", help="record a survey of a customer; prints the survey id")
    p.add_argument("code")
    p.add_argument("--template", required=True, metavar="NAME")
    p.add_argument("--channel", required=True, choices=SURVEY_CHANNELS)
    p.add_argument("--answer", action="append", required=True, metavar="INDICATOR=1..5")
    p.add_argument("--nps", type=int, choices=range(0, 11), metavar="0..10")
    p.add_argument("--comment", default="", metavar="T")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--person", default="", metavar="NAME", help="the key person asked")
    p.add_argument("--ticket", default="", metavar="NUMBER", help="a return visit (回访) of this service record")
    p.add_argument("--follow-up", action="store_true", help="on a low score, also create a follow-up task")
    p.set_defaults(handler=cmd_record)
    p = survey.add_parser("import", help="import answers from Excel (one row per answer; all or nothing)",
                          description="Columns: 客户编号 调查日期 渠道 问卷 指标 分数 (required), 推荐意愿 客户意见 "
                                      "受访人 服务单号 调查序号; `survey import-template FILE.xlsx` writes a template. "
                                      "Exit 1 with the row-numbered problems when any row is bad (nothing written).")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.set_defaults(handler=cmd_import)
    p = survey.add_parser("import-template", help="write the Excel template for `survey import`")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=cmd_import_template)

    p = sub.add_parser("satisfaction", help="group<TAB>responses<TAB>average<TAB>csat%% (and NPS<TAB>value)")
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--by", choices=GROUPINGS, default="indicator")
    p.set_defaults(handler=cmd_satisfaction)

    goal = sub.add_parser("goal", help="service goals (managers)").add_subparsers(dest="goal_command",
                                                                                   metavar="ACTION")
    metric_list = "; ".join(f"{k} = {label}" for k, (label, _, _) in METRICS.items())
    p = goal.add_parser("add", help="a goal; prints its id",
                        description=f"METRIC: {metric_list}; csat:INDICATOR = CSAT of one indicator.")
    p.add_argument("--metric", required=True, metavar="METRIC",
                   help=f"one of: {', '.join(METRICS)}, or csat:INDICATOR")
    p.add_argument("--target", required=True, metavar="N")
    p.add_argument("--unit", default="", metavar="U")
    p.add_argument("--period", choices=GOAL_PERIODS, default="month")
    p.set_defaults(handler=cmd_goal_add)
    p = sub.add_parser("goals", help="metric<TAB>target<TAB>actual<TAB>met|not met")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.set_defaults(handler=cmd_goals)

    report = sub.choices.get("report")   # registered by access_cmds: `report CODE …`
    if report is not None:               # (absent when a call names another command)
        report.add_argument("--month", metavar="YYYY-MM", help="report monthly: the month")
        report.add_argument("--out", metavar="FILE.pdf|FILE.xlsx", help="report monthly: the file")
        report.set_defaults(handler=cmd_report)


def cmd_template_add(ctx, args, *, change=False):
    from models.quality import templates

    ctx.open()
    questions = [templates.parse_question(q) for q in args.question]
    fn = templates.change_template if change else templates.add_template
    ctx.print(fn(ctx.actor, args.name, questions, nps_question=args.nps, auto_followup=args.auto).id)


def cmd_template_change(ctx, args):
    return cmd_template_add(ctx, args, change=True)


def cmd_templates(ctx, args):
    from models.quality import templates

    ctx.open()
    for t in templates.list_templates(ctx.actor):
        qs = "; ".join(f"{text}={ind}" for text, ind in t.questions)
        ctx.print(t.id, t.name, f"v{t.version}", qs, t.nps_question or "-", sep="\t")


def cmd_record(ctx, args):
    from models.quality import surveys

    ctx.open()
    answers = dict(surveys.parse_answer(a) for a in args.answer)
    res = surveys.record_survey(ctx.actor, args.code, template=args.template, channel=args.channel,
                                answers=answers, nps=args.nps, comment=args.comment, date=args.date,
                                person=args.person, service_number=args.ticket)
    ctx.print(res.id)
    if res.low:
        what = "、".join(f"{i} {s} 分" for i, s in res.low)
        if res.task_id is None and args.follow_up:
            import datetime as dt

            from models.foundation.validation import parse_date

            day = parse_date(args.date) if args.date else dt.date.today()
            res_task = surveys.low_score_task(ctx.actor, args.code, res.low, day, source_event_id=res.event_id)
            print(f"低分（{what}）：已创建跟进待办 {res_task.id}", file=ctx.err)
        elif res.task_id is not None:
            print(f"低分（{what}）：问卷设为自动跟进，已创建待办 {res.task_id}", file=ctx.err)
        else:
            print(f"提示：低分（{what}）。可用 `ticket open {args.code} --kind 投诉 …` 登记服务单，"
                  f"或 `task add {args.code} …`（或本命令加 --follow-up）创建跟进待办", file=ctx.err)


def cmd_import(ctx, args):
    from models.transfer import survey_import

    if not args.file.strip():
        raise ValidationError([FieldProblem("file", "请给出要导入的 Excel 文件")])
    ctx.open()
    report = survey_import.import_surveys(ctx.actor, args.file, dry_run=args.dry_run)
    for p in report.problems[:200]:
        ctx.row("problem", p.sheet, f"row {p.row}", p.column, p.value, p.message, err=True)
    if len(report.problems) > 200:
        ctx.err.write(f"... {len(report.problems) - 200} more problems\n")
    ctx.print(report.summary())
    return 0 if report.ok else 1


def cmd_import_template(ctx, args):
    from models.transfer import survey_import
    from ui.cli.args import output_file

    target = output_file(args.file, force=args.force)
    ctx.open()
    ctx.print(survey_import.write_template(ctx.actor, target))


def cmd_satisfaction(ctx, args):
    from models.quality import analysis

    start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    ctx.open()
    result = analysis.satisfaction(ctx.actor, start, end, by=args.by)
    for r in result.rows:
        ctx.print(r.group, r.responses, _num(r.average), _num(r.csat), sep="\t")
    if result.nps is not None:
        ctx.print("NPS", _num(result.nps), sep="\t")


def cmd_goal_add(ctx, args):
    from models.quality import goals

    ctx.open()
    ctx.print(goals.add_goal(ctx.actor, args.metric, args.target, unit=args.unit, period=args.period))


def cmd_goals(ctx, args):
    from models.quality import goals

    ctx.open()
    for g in goals.goals_for(ctx.actor, args.period):
        ctx.print(g.metric, f"{g.target:g}", _num(g.actual), "met" if g.met else "not met", sep="\t")


def cmd_report(ctx, args):
    """`report monthly --month M --out F`, else the page-2 matter of access_cmds."""
    if args.code == "monthly" and args.month:
        if not args.out:
            raise ValidationError([FieldProblem("out", "report monthly 需要 --out FILE.pdf 或 FILE.xlsx")])
        from models.quality import monthly

        ctx.open()
        path = monthly.write_report(ctx.actor, args.month, args.out)
        ctx.print(path)
        return None
    if args.month or args.out:
        print("error: --month/--out belong to `report monthly`", file=ctx.err)
        return 2
    return access_cmds.cmd_report(ctx, args)
