"""Audit checkpoints: an anchor for the log that the database cannot rewrite.

What the chain alone cannot see. `audit.verify()` catches an edited, deleted, reordered or
inserted entry, a cut-off tail and a rollback that kept the newer head file. It cannot
catch someone who can write the database *and* the head file (the head lives beside the
SQLite file or in the user's config directory) and who knows the algorithm: they can
change an entry and recompute every later hash, append a forged entry with a correct hash,
or put back yesterday's copy of the database together with yesterday's head.

A checkpoint (`AuditCheckpoint`, models/foundation/checkpoint.py) is the newest entry's id
and digest, the number of entries up to it, the time and the archive's place, printed or
saved where that person cannot write: on paper, on the auditor's own PC, in a mail. Later,
`verify_against` checks the chain and then that the entry with the checkpoint's id still
has the checkpoint's digest. Because each digest covers everything before it, that one
comparison vouches for every entry up to the checkpoint: a rewrite anywhere before it, a
rollback to before it or a truncation is caught however the head file was rewritten. An
entry appended *after* the checkpoint that claims an earlier time than the checkpoint's
newest entry (minus CLOCK_TOLERANCE for PCs whose clocks differ) is reported as possibly
forged; that reference time is itself covered by the checkpoint's digest. An entry
appended after the checkpoint with a plausible time cannot be told from a real one — which
is why every audit workbook carries a checkpoint and auditors should take them regularly.

Taking a checkpoint is audited (`audit_checkpoint`, naming the entry it anchors; that entry
comes right after it, since the head is read and the entry written while holding the append
lock). Checking one appends nothing. A checkpoint is refused when the chain is already
broken (anchoring a tampered log would vouch for it); an audit export still carries the
head it saw, marked as failing, because the auditor needs that evidence.

Decision — no keyed digest (HMAC). A key only helps against someone who can write the
database but cannot read the key. Every PC that appends to the log would need the key, so
it would sit beside the database password on each office PC (or in the same config
directory as the head file on a single PC), where the person who can rewrite the database
can read it too: it buys little and adds a secret that, once lost, makes the log
unverifiable. A key kept only on an auditor's machine cannot sign the entries the office
writes; what such a machine can usefully keep is exactly a checkpoint — plain SHA-256, no
secret to guard, and anyone can check it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from models.foundation import db as dbmod
from models.foundation.checkpoint import AuditCheckpoint, CheckpointUnreadable, parse_checkpoint
from models.foundation.db import write_transaction
from models.foundation.errors import ArchiveError
from models.foundation.files import PathArg
from models.foundation.localtime import SECONDS, local_text
from models.foundation.schema import AuditEntry, utcnow
from models.rules import access, audit
from models.rules.access import Actor
from models.rules.audit import VerifyResult

CLOCK_TOLERANCE = dt.timedelta(minutes=5)
MAX_FILE_BYTES = 64 * 1024


def archive_description() -> str:
    """Where the open archive is, for people: the SQLite file's full path or the
    PostgreSQL URL without its password, on one line."""
    url = dbmod.current_url() or ""
    path = dbmod.sqlite_path(url) if url else None
    text = str(path.resolve()) if path is not None and str(path) != ":memory:" else dbmod.describe(url)
    return re.sub(r"[\x00-\x1f\x7f]", "?", text)


def _name_head(checked: VerifyResult, taken_by: str) -> tuple[VerifyResult, AuditCheckpoint | None]:
    """Inside a write transaction holding the append lock: extend `checked` (a full walk
    done without the lock) over the entries appended since, and name the newest entry."""
    result = checked
    if checked.ok:
        prev, last_id, count = checked.last_hash or audit.GENESIS, checked.last_id or 0, checked.checked
        for row in audit.chain_rows(last_id):
            problem = audit.check_link(row, prev)
            if problem:
                result = VerifyResult(False, count, row[0], problem)
                break
            prev, last_id, count = row[2], row[0], count + 1
        else:
            result = VerifyResult(True, count, last_id=last_id or None, last_hash=prev if count else "")
    head = AuditEntry.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    if head is None:
        return result, None
    entries = AuditEntry.select().where(AuditEntry.id <= head.id).count()
    return result, AuditCheckpoint(head.id, head.hash, entries, utcnow(), archive_description(), taken_by)


def take(actor: Actor) -> AuditCheckpoint:
    """`audit checkpoint`: verify the chain, name its head, record that a checkpoint was
    taken. Managers and admins (access.AUDIT_READ). Refused on a broken chain."""
    actor = access.require(actor, access.AUDIT_READ)
    checked = audit.verify()
    if not checked.ok:
        raise ArchiveError(f"审计日志校验未通过，不能建立检查点：{checked.problem}")
    with write_transaction():
        audit.lock_chain()
        result, cp = _name_head(checked, actor.username)
        if not result.ok:
            raise ArchiveError(f"审计日志校验未通过，不能建立检查点：{result.problem}")
        if cp is None:
            raise ArchiveError("审计日志还是空的，没有可以记下的检查点")
        audit.record(actor, "audit_checkpoint", target_type="audit_log", target_label="审计日志",
                     details=cp.details())
    return cp


def snapshot(actor: Actor) -> tuple[VerifyResult, AuditCheckpoint | None]:
    """For an audit export: the chain's state and its head as a checkpoint (also when the
    chain is broken — the workbook says so). Writes nothing; the export records itself."""
    actor = access.require(actor, access.AUDIT_READ)
    checked = audit.verify()
    with write_transaction():
        audit.lock_chain()
        return _name_head(checked, actor.username)


def _reinitialised_note() -> str:
    """When this archive was created over an earlier one's head, say so: a checkpoint of
    the earlier archive cannot match, and the auditor should know why."""
    reset = (AuditEntry.select(AuditEntry.id, AuditEntry.details)
             .where(AuditEntry.action == "audit_head_reset").order_by(AuditEntry.id.desc()).first())
    if reset is None:
        return ""
    try:
        aside = json.loads(reset.details).get("set_aside_as") or ""
    except (ValueError, AttributeError):
        aside = ""
    return (f"；注意：此处的档案重新初始化过（第 {reset.id} 条记录，旧审计摘要另存为 {aside}），"
            f"早于那时的检查点属于原来的档案")


def _bad(entry_id: int, problem: str, checked: int) -> VerifyResult:
    return VerifyResult(False, checked, entry_id, problem)


def verify_against(cp: AuditCheckpoint) -> VerifyResult:
    """The chain, then the checkpoint: its entry still there with its digest and count,
    and nothing after it dated before it. The first problem, in Chinese. Appends nothing."""
    result = audit.verify()
    if not result.ok:
        return result
    total = result.checked
    here = archive_description()
    origin = "" if cp.archive == here else f"（检查点取自“{cp.archive}”，现在核对的是“{here}”）"
    origin += _reinitialised_note()
    row = AuditEntry.select(AuditEntry.id, AuditEntry.hash, AuditEntry.at).where(
        AuditEntry.id == cp.entry_id).first()
    if row is None:
        if total < cp.entries:
            return _bad(cp.entry_id, f"日志只有 {total} 条，少于检查点记录的 {cp.entries} 条："
                                     f"数据库可能被回滚{origin}", total)
        return _bad(cp.entry_id, f"检查点第 {cp.entry_id} 条记录已不存在：日志被删改或重新编号{origin}", total)
    if row.hash != cp.digest:
        return _bad(cp.entry_id, f"检查点第 {cp.entry_id} 条记录的摘要与库中不符：该记录之前的日志已被改写"
                                 f"{origin}", total)
    upto = AuditEntry.select().where(AuditEntry.id <= cp.entry_id).count()
    if upto != cp.entries:
        return _bad(cp.entry_id, f"检查点记下到第 {cp.entry_id} 条为止共 {cp.entries} 条，库中现有 {upto} 条："
                                 f"日志被删改或重新编号", total)
    late = (AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.machine)
            .where((AuditEntry.id > cp.entry_id) & (AuditEntry.at < row.at - CLOCK_TOLERANCE))
            .order_by(AuditEntry.id).first())
    if late is not None:
        return _bad(late.id, f"第 {late.id} 条记录排在检查点第 {cp.entry_id} 条之后，时间却早于检查点"
                             f"（{local_text(late.at, SECONDS)} 早于 {local_text(row.at, SECONDS)}，"
                             f"记录来自电脑 {late.machine or '未知'}）：可能是事后补写的伪造记录，"
                             f"也可能是那台电脑的时钟不准", total)
    return result


# ---- checkpoint files -----------------------------------------------------------------------

def check_new_file(path: PathArg) -> Path:
    """Refuse before taking a checkpoint when it could not be saved: an earlier checkpoint
    file is never overwritten (it may be the only anchor left)."""
    target = Path(path)
    if target.exists():
        raise ArchiveError(f"检查点文件 {target} 已存在：早先的检查点不会被覆盖，请换一个文件名（例如带上日期）")
    if not target.parent.is_dir():
        raise ArchiveError(f"文件夹 {target.parent} 不存在，检查点没有保存")
    return target


def write_file(cp: AuditCheckpoint, path: PathArg) -> Path:
    """Write the checkpoint's text to a new file (UTF-8)."""
    target = check_new_file(path)
    try:
        with target.open("x", encoding="utf-8", newline="\n") as f:
            f.write(cp.text())
    except FileExistsError:
        raise ArchiveError(f"检查点文件 {target} 已存在：早先的检查点不会被覆盖，请换一个文件名") from None
    except OSError as exc:
        raise ArchiveError(f"检查点没有保存到 {target}：{exc.strerror or exc}") from None
    return target


def read_file(path: PathArg) -> AuditCheckpoint:
    """The checkpoint in a file: one written by `--out`, a saved workbook sheet's text, or
    the machine line typed from a printout. CheckpointUnreadable (one sentence) otherwise."""
    source = Path(path)
    try:
        if not source.exists():
            raise CheckpointUnreadable(f"找不到检查点文件 {source}")
        if not source.is_file():
            raise CheckpointUnreadable(f"{source} 不是检查点文件")
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CheckpointUnreadable(f"{source} 太大（{size} 字节），不是检查点文件")
        data = source.read_bytes()
    except OSError as exc:
        raise CheckpointUnreadable(f"读不了 {source}：{exc.strerror or exc}") from None
    return parse_checkpoint(data.decode("utf-8", errors="replace"))
