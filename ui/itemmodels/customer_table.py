"""The archive list: a lazy table model over models.archive.customer_list.

Rows arrive in keyset pages (canFetchMore/fetchMore asks for the rows after the last one's
sort value and id), so every page costs what the first does, at any depth. Sorting
re-queries the database on raw values (ListQuery.sort); Qt.UserRole gives the raw value of
every cell; Qt.UserRole + 1 gives the customer id of a row.

With a TaskRunner, a new query (search, filter, sort, refresh) runs its first page on a
worker thread and the model resets when it arrives (`loaded`); then the count runs
(`counted`): a search counts up to 1,000 (shown "1,000+"), so the first page never waits
for a count. An answer to an older query is dropped. Sorting before the first load only
records the order: the window's start fetches the first page once.

Which rows are held — the head of the answer, or after Ctrl+End its tail — and the pages
before and after them are row_window.py's part (RowWindowModel).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from models.archive import customer_list, list_extras
from models.archive.customers import ListQuery
from models.archive.list_extras import RowExtras
from models.foundation.dto import CustomerRow
from models.foundation.localtime import DATE, local_text, to_local
from models.foundation.schema import utcnow
from models.foundation.vocabulary import CUSTOMER_STATUS_LABELS
from models.rules.access import Actor
from ui.itemmodels.row_window import RowWindowModel
from ui.vocabulary_tr import core_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (header, CustomerRow or RowExtras attribute, database sort key or None)
COLUMNS = (
    (QT_TRANSLATE_NOOP("CustomerTableModel", "客户编号"), "code", "code"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "客户名称"), "name", "name"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "分类"), "cls", "cls"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "所属行业"), "industry", "industry"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "负责客服"), "custodian", "custodian"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "状态"), "status", "status"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "最后更新"), "updated_at", "updated_at"),
    # from list_extras, for the page's ids: no index path, so not sortable
    (QT_TRANSLATE_NOOP("CustomerTableModel", "匹配"), list_extras.MATCHES, None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "电话"), list_extras.PHONE, None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "城市"), list_extras.CITY, None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "主要联系人"), list_extras.PRIMARY_CONTACT, None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "最近联系"), list_extras.LAST_CONTACT, None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "下次跟进"), list_extras.NEXT_FOLLOW_UP, None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "权限"), list_extras.GRANTED_UNTIL, None),
)
COLUMN_KEYS = tuple(c[1] for c in COLUMNS)
EXTRA_KEYS = frozenset(c[1] for c in COLUMNS if c[2] is None)
ARCHIVED_COLOR = QColor("#8a8a8a")   # also a match reason the name column already shows
SOON_COLOR = QColor("#b45309")     # a grant ending within 24 hours

# how a match reason's field is named (models.archive.list_extras.MatchReason.field)
MATCH_LABELS = {
    list_extras.CODE: QT_TRANSLATE_NOOP("CustomerTableModel", "客户编号"),
    list_extras.NAME: QT_TRANSLATE_NOOP("CustomerTableModel", "客户名称"),
    list_extras.PHONE: QT_TRANSLATE_NOOP("CustomerTableModel", "电话"),
    list_extras.FAX: QT_TRANSLATE_NOOP("CustomerTableModel", "传真"),
    list_extras.EMAIL: QT_TRANSLATE_NOOP("CustomerTableModel", "邮箱"),
    list_extras.CREDIT_CODE: QT_TRANSLATE_NOOP("CustomerTableModel", "统一社会信用代码"),
    list_extras.CONTACT: QT_TRANSLATE_NOOP("CustomerTableModel", "关键人"),
    list_extras.CONTACT_PHONE: QT_TRANSLATE_NOOP("CustomerTableModel", "电话"),
    list_extras.CONTACT_MOBILE: QT_TRANSLATE_NOOP("CustomerTableModel", "手机"),
    list_extras.CONTACT_EMAIL: QT_TRANSLATE_NOOP("CustomerTableModel", "邮箱"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerTableModel", text)


WORDS = {   # what the list says, looked up with _w(key, *values)
    "pinyin": QT_TRANSLATE_NOOP("CustomerTableModel", "拼音：%1 → %2"),
    "initials": QT_TRANSLATE_NOOP("CustomerTableModel", "拼音首字母：%1 → %2"),
    "name": QT_TRANSLATE_NOOP("CustomerTableModel", "客户名称"),
    "persons": QT_TRANSLATE_NOOP("CustomerTableModel", "%1的%2"),
    "field": QT_TRANSLATE_NOOP("CustomerTableModel", "%1：%2"),
    "today": QT_TRANSLATE_NOOP("CustomerTableModel", "今天"),
    "tomorrow": QT_TRANSLATE_NOOP("CustomerTableModel", "明天"),
    "ends_soon": QT_TRANSLATE_NOOP("CustomerTableModel", "临时查阅，%1 %2 到期"),
    "month_day": QT_TRANSLATE_NOOP("CustomerTableModel", "%1月%2日"),
    "year": QT_TRANSLATE_NOOP("CustomerTableModel", "%1年%2"),
    "until": QT_TRANSLATE_NOOP("CustomerTableModel", "临时查阅，至 %1"),
    "match_tip": QT_TRANSLATE_NOOP("CustomerTableModel", "搜索词出现在哪个字段（搜索时显示）；此列不能排序"),
    "unsortable": QT_TRANSLATE_NOOP("CustomerTableModel", "此列不能排序（只为当前这一页读取）"),
    "archived": QT_TRANSLATE_NOOP("CustomerTableModel", "已归档"),
    "matched": QT_TRANSLATE_NOOP("CustomerTableModel", "匹配：%1"),
    "grant_soon_tip": QT_TRANSLATE_NOOP("CustomerTableModel", "经授权查看，授权将在24小时内结束（%1）"),
    "grant_tip": QT_TRANSLATE_NOOP("CustomerTableModel", "经授权查看，授权到 %1 结束"),
}


def _w(key: str, *values: str) -> str:
    """WORDS[key] translated, with %1, %2 … replaced by `values`."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], _tr(WORDS[key]))


def _count(actor: Actor, query: ListQuery):
    return query, customer_list.count_upto(actor, query)


def _extras(actor: Actor, ids: list[int], text: str, want: frozenset[str]):
    return list_extras.row_extras(actor, ids, text=text, want=want)


def match_text(reason) -> str:
    """One match reason in words: 关键人：张伟 · 拼音：zhangwei → 张伟 · 张伟的手机：138…"""
    f = reason.field
    if f in (list_extras.NAME_PINYIN, list_extras.CONTACT_PINYIN):
        return _w("pinyin", reason.typed, reason.value)
    if f in (list_extras.NAME_INITIALS, list_extras.CONTACT_INITIALS):
        return _w("initials", reason.typed, reason.value)
    if f == list_extras.NAME:
        return _w("name")
    label = _tr(MATCH_LABELS.get(f, f))
    if f in (list_extras.CONTACT_PHONE, list_extras.CONTACT_MOBILE, list_extras.CONTACT_EMAIL):
        label = _w("persons", reason.person, label)
    return _w("field", label, reason.value)


def grant_text(until: dt.datetime, now: dt.datetime | None = None) -> tuple[str, bool]:
    """(临时查阅，至 12月8日 | 临时查阅，今天 17:00 到期, whether it ends within 24 hours)."""
    now = now or utcnow()
    local, today = to_local(until), to_local(now).date()
    if until - now <= dt.timedelta(hours=24):
        day = _w("today") if local.date() == today else _w("tomorrow")
        return _w("ends_soon", day, local.strftime("%H:%M")), True
    day = _w("month_day", str(local.month), str(local.day))
    if local.year != today.year:
        day = _w("year", str(local.year), day)
    return _w("until", day), False


class CustomerTableModel(RowWindowModel):
    loaded = Signal()
    counted = Signal()
    extras_loaded = Signal()

    def __init__(self, actor: Actor, parent=None, page_size: int = 200, runner=None):
        super().__init__(actor, parent, page_size=page_size, runner=runner)
        self._extras: dict[int, RowExtras] = {}
        self._extras_text = ""        # the search text the extras' match reasons are for
        self.wanted: frozenset[str] = frozenset()   # the optional columns shown (set_wanted)
        self._total: int | None = 0
        self._generation = 0          # which query the count and the extras are for
        self._started = False       # no load asked for yet: a sort only records the order
        self._first_pending = False
        self._count_pending = False
        self._jump_after: bool | None = None   # an end asked for while the first page was coming

    # ---- loading -------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self._anchor_tail = False
        self.reload()

    def reload(self) -> None:
        """Re-read the first page, then the count (after a write, a filter or a sort); after
        Ctrl+End the last page instead, so a refresh leaves the user at the end."""
        self._started = True
        self._generation += 1
        self._first_pending = self._count_pending = True
        self._jump_after = None
        self._open_window(self._anchor_tail, reloaded=True)

    @property
    def loading(self) -> bool:
        """The latest query's rows (or the end asked for) or its count have not arrived yet."""
        return self._window_pending or self._count_pending

    @property
    def first_page_pending(self) -> bool:
        """The latest query's first page has not arrived yet (`loaded` follows)."""
        return self._first_pending

    def jump_to_end(self) -> None:
        """Hold the last customers of the answer (Ctrl+End); `jumped(True)` when they are."""
        self._jump_when_loaded(True)

    def jump_to_start(self) -> None:
        """Hold the first customers again (Ctrl+Home); `jumped(False)` when they are."""
        self._jump_when_loaded(False)

    def _jump_when_loaded(self, tail: bool) -> None:
        if self._first_pending:    # the query's first page is coming: it says where the ends are
            self._jump_after = tail
        else:
            self._jump(tail)

    def _window_changed(self, query: ListQuery, reloaded: bool) -> None:
        self.query = query
        if reloaded:
            self._total = None
            self._first_pending = False
            if query.text != self._extras_text:   # a refresh keeps the shown extras until new ones come
                self._extras, self._extras_text = {}, query.text

    def _window_shown(self, query: ListQuery, rows: list[CustomerRow], reloaded: bool) -> None:
        generation = self._generation
        self._load_extras(generation, [r.id for r in rows])
        if self.whole:                         # the whole answer is here: no count to wait for
            self._count_arrived(generation, (query, len(rows)))
        elif reloaded:
            self._run(_count, self.actor, query,
                      on_done=lambda counted: self._count_arrived(generation, counted),
                      on_error=lambda exc: self._failed(generation, exc))
        self.loaded.emit()
        if reloaded and self._jump_after is not None:
            tail, self._jump_after = self._jump_after, None
            self._jump(tail)

    def _window_failed(self, epoch: int, exc) -> None:
        if epoch == self._epoch and self._first_pending:   # the query's count never started
            self._first_pending = self._count_pending = False
            self._jump_after = None
        super()._window_failed(epoch, exc)

    def _rows_added(self, rows: list[CustomerRow]) -> None:
        self._load_extras(self._generation, [r.id for r in rows])

    def _count_arrived(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self._total = result[1]
        self._count_pending = False
        if self.from_tail and self._rows:     # the tail's row numbers count back from the total
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
        self.counted.emit()

    # ---- the optional columns --------------------------------------------------------------
    def set_wanted(self, keys) -> None:
        """The optional columns shown: only those are loaded; a newly shown one loads now."""
        keys = frozenset(keys) & EXTRA_KEYS
        added = keys - self.wanted
        self.wanted = keys
        if added and self._rows and not self._first_pending:
            self._load_extras(self._generation, [r.id for r in self._rows])

    def _want(self) -> frozenset[str]:
        want = set(self.wanted)
        if not self.query.text:
            want.discard(list_extras.MATCHES)
        return frozenset(want)

    def _load_extras(self, generation: int, ids: list[int]) -> None:
        want = self._want()
        if not want or not ids:
            return
        text = self.query.text
        for start in range(0, len(ids), self.page_size):   # a page's ids at a time
            self._run(_extras, self.actor, ids[start:start + self.page_size], text, want,
                      on_done=lambda got: self._extras_arrived(generation, got),
                      on_error=lambda exc: self._failed(generation, exc))

    def _extras_arrived(self, generation: int, got: dict[int, RowExtras]) -> None:
        if generation != self._generation or not self._rows:
            return
        self._extras.update(got)
        first = min(i for i, c in enumerate(COLUMNS) if c[2] is None)
        self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1),
                              [Qt.ItemDataRole.ToolTipRole])
        self.extras_loaded.emit()

    def extras(self, row: int) -> RowExtras | None:
        r = self.row_data(row)
        return self._extras.get(r.id) if r is not None else None

    def _failed(self, generation: int, exc) -> None:
        if generation == self._generation:
            self._count_pending = False
            self.load_failed.emit(exc)

    @property
    def total(self) -> int | None:
        """The number of matches (None while it is being counted; a search's count stops
        at customer_list.COUNT_CAP + 1: see count_text)."""
        return self._total

    def count_text(self) -> str:
        """'1,234', '1,000+' or '…' (still counting)."""
        if self._total is None:
            return "…"
        if self.query.text and self._total > customer_list.COUNT_CAP:
            return f"{customer_list.COUNT_CAP:,}+"
        return f"{self._total:,}"

    def row_number(self, row: int) -> int | None:
        """The row's place in the whole answer (1 = its first), None when it is not known: in
        the tail of an answer still being counted or counted only up to COUNT_CAP."""
        if not self.from_tail:
            return row + 1
        if self._total is None or (self.query.text and self._total > customer_list.COUNT_CAP):
            return None
        return self._total - len(self._rows) + row + 1

    # ---- Qt model API --------------------------------------------------------------------
    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return _tr(COLUMNS[section][0])
            if orientation == Qt.Orientation.Vertical:
                number = self.row_number(section)
                return "" if number is None else str(number)
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS) and COLUMNS[section][2] is None):
            if COLUMNS[section][1] == list_extras.MATCHES:
                return _w("match_tip")
            return _w("unsortable")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        attr = COLUMNS[index.column()][1]
        if attr in EXTRA_KEYS:
            return self._extra_data(row, attr, role)
        value = getattr(row, attr)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "archived":
            return ARCHIVED_COLOR
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "updated_at":
                return local_text(value)
            if attr == "status":
                return core_label(CUSTOMER_STATUS_LABELS.get(value, value))
            return value or ""
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and attr == "name":
            return self._name_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and attr in ("cls", "status"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _name_tip(self, row: CustomerRow) -> str:
        lines = [row.name]
        if row.status == "archived":
            lines.append(_w("archived"))
        extras = self._extras.get(row.id)
        if extras is not None and extras.granted_until is not None:
            lines.append(grant_text(extras.granted_until)[0])
        if extras is not None and extras.matches:
            lines.append(_w("matched", "；".join(match_text(m) for m in extras.matches)))
        return "\n".join(lines)

    def _extra_data(self, row: CustomerRow, attr: str, role):
        extras = self._extras.get(row.id)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "archived":
                return ARCHIVED_COLOR
            if attr == list_extras.GRANTED_UNTIL and extras and extras.granted_until \
                    and grant_text(extras.granted_until)[1]:
                return SOON_COLOR
            if attr == list_extras.MATCHES and extras and extras.matches \
                    and all(m.field == list_extras.NAME for m in extras.matches):
                return ARCHIVED_COLOR   # the name beside it already shows the match: said quietly
            return None
        if extras is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole,
                                          Qt.ItemDataRole.ToolTipRole):
            return None
        value = getattr(extras, attr)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if attr == list_extras.MATCHES:
            texts = [match_text(m) for m in value]
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(texts) or None
            return "；".join(texts[:2]) + ("…" if len(texts) > 2 else "")
        if attr == list_extras.GRANTED_UNTIL:
            if value is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                soon = grant_text(value)[1]
                return _w("grant_soon_tip" if soon else "grant_tip", local_text(value))
            return grant_text(value)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if isinstance(value, dt.date):
            return value.strftime(DATE)
        return value or ""

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)) or COLUMNS[column][2] is None:
            return
        query = replace(self.query, sort=COLUMNS[column][2],
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query == self.query and self._started:
            return
        self.query = query
        self._anchor_tail = False
        if self._started:
            self.reload()
