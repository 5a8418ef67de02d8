"""An audit checkpoint as text: what it says, how it is printed, how it is read back.

A checkpoint is one line a machine reads back, e.g.

    client-archive-checkpoint v1 id=1200 entries=1200 sha256=9f86…(64 hex) at=2026-11-23T02:00:00Z archive=/srv/dept.db

(the newest audit entry's id and digest, the number of entries up to it, when it was taken
in UTC, and which archive — the database's place, without a password), above it a few lines
for people. The line is the checkpoint; the rest is for reading. Anything that contains
exactly one such line — the file `audit checkpoint --out` writes, the 检查点 sheet of an
audit workbook, or a line typed from a printout — can be checked later. Pure: no database.
Taking and checking a checkpoint is models/rules/audit_checkpoint.py.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from models.foundation.errors import ArchiveError
from models.foundation.localtime import SECONDS, local_text

MAGIC = "client-archive-checkpoint"
VERSION = 1
_TIME = "%Y-%m-%dT%H:%M:%SZ"
_LINE = re.compile(
    r"^(?P<magic>" + MAGIC + r") v(?P<version>\d{1,6}) id=(?P<id>\S*) entries=(?P<entries>\S*)"
    r" sha256=(?P<sha256>\S*) at=(?P<at>\S*) archive=(?P<archive>.*)$")
_MAX_ID = 2 ** 63 - 1


class CheckpointUnreadable(ArchiveError):
    """The text given as a checkpoint is not one (a user error: exit 1, one sentence)."""

    def __init__(self, reason: str):
        super().__init__(f"检查点无法读取：{reason}")


@dataclass(frozen=True)
class AuditCheckpoint:
    entry_id: int          # the newest entry when the checkpoint was taken
    digest: str            # that entry's hash (SHA-256, 64 lower-case hex digits)
    entries: int           # how many entries the log held up to and including it
    taken_at: dt.datetime  # naive UTC, as the database stores times
    archive: str           # where the archive was (db.describe: never a password)
    # who took it: shown to people, not on the machine line, so not part of equality
    taken_by: str = field(default="", compare=False)

    def machine_line(self) -> str:
        return (f"{MAGIC} v{VERSION} id={self.entry_id} entries={self.entries} sha256={self.digest}"
                f" at={self.taken_at.strftime(_TIME)} archive={self.archive}")

    def human_lines(self) -> list[str]:
        groups = " ".join(self.digest[i:i + 8] for i in range(0, len(self.digest), 8))
        lines = ["审计日志检查点",
                 f"  档案：{self.archive}",
                 f"  最新记录：第 {self.entry_id} 条（到此共 {self.entries} 条记录）",
                 f"  摘要（SHA-256）：{groups}",
                 f"  取得时间：{local_text(self.taken_at, SECONDS)}（本机时间；UTC {self.taken_at:%Y-%m-%d %H:%M:%S}）"]
        if self.taken_by:
            lines.append(f"  取得人：{self.taken_by}")
        lines.append("  请把这份检查点保存在数据库以外的地方（打印、抄录或存到别的电脑），"
                     "日后用 audit verify --checkpoint 文件 核对；下面一行即检查点本身：")
        return lines

    def text(self) -> str:
        """What `audit checkpoint` prints and `--out` writes: the block, then the line."""
        return "\n".join([*self.human_lines(), self.machine_line()]) + "\n"

    def details(self) -> dict[str, Any]:
        """The checkpoint as an audit entry's details (what it anchors)."""
        return {"entry_id": self.entry_id, "sha256": self.digest, "entries": self.entries}


def _whole(text: str, what: str) -> int:
    if not text.isdigit() or not 0 < int(text) <= _MAX_ID:
        raise CheckpointUnreadable(f"{what}“{text[:40]}”不是正整数")
    return int(text)


def _parse_line(line: str) -> AuditCheckpoint:
    m = _LINE.match(line)
    if m is None:
        raise CheckpointUnreadable("检查点那一行不完整（应为 id=… entries=… sha256=… at=… archive=…）")
    if int(m["version"]) != VERSION:
        raise CheckpointUnreadable(f"检查点格式版本 v{m['version']} 不认识（本程序读 v{VERSION}）")
    entry_id = _whole(m["id"], "记录编号")
    entries = _whole(m["entries"], "记录条数")
    if entries > entry_id:
        raise CheckpointUnreadable(f"记录条数 {entries} 多于最新记录的编号 {entry_id}")
    digest = m["sha256"].lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise CheckpointUnreadable("摘要应为 64 位十六进制数字")
    try:
        taken_at = dt.datetime.strptime(m["at"], _TIME)
    except ValueError:
        raise CheckpointUnreadable(f"时间“{m['at'][:40]}”应写成 2026-11-23T02:00:00Z") from None
    return AuditCheckpoint(entry_id, digest, entries, taken_at, m["archive"].strip())


def parse_checkpoint(text: str) -> AuditCheckpoint:
    """The one checkpoint in `text` (a file, a sheet, a typed line); CheckpointUnreadable if none."""
    lines = {line.strip() for line in text.splitlines() if line.strip().startswith(MAGIC)}
    if not lines:
        raise CheckpointUnreadable(f"内容中没有检查点（以“{MAGIC}”开头的一行）")
    if len(lines) > 1:
        raise CheckpointUnreadable("内容中有多个不同的检查点，请每个文件只放一个")
    return _parse_line(lines.pop())
