"""Account administration (the admin capability): edit, disable/enable, reset passwords,
lift a login lockout, and the company name. No Qt.

Rules (besides "admin only", checked in models/access.py). The admin capability adds no
customer access, and no step here may lead to it unnoticed:
- Nobody changes their own role or admin capability (nor disables themselves, nor resets
  their own password: 修改密码 asks for the old one).
- Appointing a manager — making an account a manager, or giving a manager the admin
  capability — needs a manager who holds the admin capability (access.APPOINT_MANAGER):
  in a small office that is the first account (`init`: manager + admin); in an IT-run
  office the IT account (staff + admin) does everything else, and the head of the
  department keeps the admin capability for this and for backups. Every active manager
  but the one who did it is notified (the new manager included).
- A password reset sets a temporary password the person must replace at their next
  sign-in (Staff.must_change_password); the person and every manager are notified. So an
  admin who resets a custodian's password and signs in as them is noticed: the
  custodian's own password stops working, and the notice says who reset it.
- At least one active manager, one active admin, and one active manager who is also an
  admin always remain, so requests can still be approved, accounts administered, and
  managers appointed.
- An account that holds customers cannot become `staff` (custodians are agents or
  managers); move its customers first (a handover, or the card's 负责客服).
- Disabling keeps custody: it is for a leave of absence; a leaver gets a handover.
- Unlocking, disabling and enabling stay plain admin tasks: they reveal nothing.
- Every change is one audit entry in the same transaction; passwords never reach the log.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, fn

from models.accounts.notices import notify, notify_managers, who
from models.accounts.staff import DEFAULT_DEPARTMENT, to_info
from models.foundation.changes import Changes, Kind, record_changes
from models.foundation.db import is_postgres, write_transaction
from models.foundation.dto import StaffInfo
from models.foundation.errors import (
    ArchiveError,
    ConflictError,
    FieldProblem,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from models.foundation.schema import Customer, Department, LoginAttempt, Staff, get_meta, set_meta
from models.foundation.validation import clean_line
from models.foundation.vocabulary import ROLE_LABELS, ROLES, STAFF_STATUS_LABELS
from models.rules import access, audit
from models.rules.access import Actor
from models.rules.auth import check_password_strength, hash_password, locked_until

COMPANY_NAME_MAX = 100


@dataclass(frozen=True)
class AccountRow:
    """One line of the accounts screen."""

    info: StaffInfo
    version: int
    custody: int                      # customers in this account's custody
    locked_until: dt.datetime | None  # login lockout (UTC), None when not locked
    created_at: dt.datetime

    @property
    def status_label(self) -> str:
        return STAFF_STATUS_LABELS.get(self.info.status, self.info.status)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.info.role, self.info.role)


def _admin(actor: Actor, label: str = "") -> Actor:
    return access.require(actor, access.ADMIN, label=label)


def _account(username: str) -> Staff:
    s = Staff.get_or_none(Staff.username == (username or "").strip())
    if s is None:
        raise NotFound("账号", username)
    return s


def _changeable(s: Staff) -> None:
    if s.status in ("frozen", "departed"):
        raise ArchiveError(f"账号“{s.username}”{STAFF_STATUS_LABELS[s.status]}，只能由离职交接处理")


def _custody(staff_id: int) -> int:
    return Customer.select().where(Customer.owner == staff_id).count()


def _deny(actor: Actor, s: Staff, what: str, message: str) -> PermissionDenied:
    """An audited refusal (in its own transaction, like access.require's)."""
    audit.record(actor, "access_denied", target_type="staff", target_id=s.id, target_label=s.username,
                 outcome="denied", details={"action": what})
    return PermissionDenied(what, s.username, message=message)


def _others_remain(s: Staff, *, manager: bool, admin: bool, manager_admin: bool = False) -> None:
    """Refuse when `s` is the last active manager (manager=True), admin (admin=True) or
    manager who is also an admin (manager_admin=True: the only kind that appoints managers
    and takes backups).

    Runs inside the write transaction. SQLite's write lock serialises it; on PostgreSQL the
    active accounts are locked (FOR UPDATE) first, so two admins changing each other at the
    same moment are serialised too and cannot leave the archive without either."""
    if not (manager or admin or manager_admin):
        return
    if is_postgres():
        list(Staff.select(Staff.id).where(Staff.status == "active").order_by(Staff.id).for_update())
    others = Staff.select().where((Staff.status == "active") & (Staff.id != s.id))
    if manager_admin and not others.where((Staff.role == "manager") & (Staff.is_admin == True)).exists():  # noqa: E712
        raise ArchiveError("至少需要保留一名兼任管理员的在职客服主管（负责任命客服主管和备份档案）")
    if manager and not others.where(Staff.role == "manager").exists():
        raise ArchiveError("至少需要保留一名在职的客服主管（负责审批和交接）")
    if admin and not others.where(Staff.is_admin == True).exists():  # noqa: E712 - peewee expression
        raise ArchiveError("至少需要保留一名在职的管理员")


def overview(actor: Actor) -> list[AccountRow]:
    """Every account with its custody count and lockout, for the accounts screen."""
    _admin(actor, "账号管理")
    counts = dict(Customer.select(Customer.owner, fn.COUNT(Customer.id)).where(Customer.owner.is_null(False))
                  .group_by(Customer.owner).tuples())
    rows = []
    for s in Staff.select(Staff, Department).join(Department, on=(Staff.department == Department.id),
                                                   join_type=JOIN.LEFT_OUTER).order_by(Staff.username):
        rows.append(AccountRow(to_info(s), s.version, counts.get(s.id, 0),
                               locked_until(s.username), s.created_at))
    return rows


def departments(actor: Actor) -> list[str]:
    access.refresh(actor)
    return [d.name for d in Department.select().order_by(Department.name)]


def update_account(actor: Actor, username: str, expected_version: int | None, *, display_name: str | None = None,
                   role: str | None = None, department: str | None = None,
                   is_admin: bool | None = None) -> StaffInfo:
    """Change name, role, department or the admin capability; only what is given changes.
    `expected_version` is the version the caller's form showed (None: the stored one, for
    one-shot commands that show nothing first)."""
    actor = _admin(actor, username)
    s = _account(username)
    _changeable(s)
    if expected_version is None:
        expected_version = s.version
    problems = []
    changes: dict[str, Any] = {}
    if display_name is not None:
        name = clean_line(display_name)
        if not name:
            problems.append(FieldProblem("display_name", "请填写姓名"))
        elif len(name) > 100:
            problems.append(FieldProblem("display_name", "姓名不能超过 100 个字符"))
        elif name != s.display_name:
            changes["display_name"] = name
    if role is not None and role != s.role:
        if role not in ROLES:
            problems.append(FieldProblem("role", "角色必须是 agent、manager 或 staff", role))
        else:
            changes["role"] = role
    if department is not None:
        dept = clean_line(department) or DEFAULT_DEPARTMENT
        if len(dept) > 100:
            problems.append(FieldProblem("department", "部门名称不能超过 100 个字符"))
        elif dept != (s.department.name if s.department is not None else ""):
            changes["department"] = dept
    if is_admin is not None and bool(is_admin) != bool(s.is_admin):
        changes["is_admin"] = bool(is_admin)
    if problems:
        raise ValidationError(problems)
    if not changes:
        return to_info(s)
    if s.id == actor.id and ("role" in changes or "is_admin" in changes):
        raise _deny(actor, s, "change_own_rights", "不能更改自己的角色或管理员权限，请由另一位管理员操作")
    new_role = changes.get("role", s.role)
    appointing = new_role == "manager" and (s.role != "manager"
                                            or (changes.get("is_admin") is True and not s.is_admin))
    if appointing:
        actor = access.require(actor, access.APPOINT_MANAGER, label=s.username)
    details = {}
    for key, new in changes.items():
        old = (s.department.name if s.department is not None else "") if key == "department" else getattr(s, key)
        details[key] = [old, new]
    with write_transaction():   # the checks run inside, under the write lock (SQLite)
        if changes.get("role") == "staff" and (held := _custody(s.id)):
            raise ArchiveError(f"“{s.display_name}”仍负责 {held} 位客户，业务人员不能负责客户；"
                               "请先办理交接或调整这些客户的负责客服")
        if s.status == "active":
            losing_admin = bool(s.is_admin) and changes.get("is_admin") is False
            _others_remain(s, manager=s.role == "manager" and "role" in changes, admin=losing_admin,
                           manager_admin=s.role == "manager" and bool(s.is_admin)
                           and ("role" in changes or losing_admin))
        values = dict(changes)
        if "department" in values:
            values["department"] = Department.get_or_create(name=values["department"])[0]
        rows = (Staff.update(version=Staff.version + 1, **values)
                .where((Staff.id == s.id) & (Staff.version == expected_version)).execute())
        if rows != 1:
            raise ConflictError("账号", s.username)
        audit.record(actor, "update_user", target_type="staff", target_id=s.id, target_label=s.username,
                     details={"changes": details})
        record_changes(Changes.of(Kind.STAFF))
        if appointing:
            notify_managers(_appointment_notice(actor, s, Staff.get_by_id(s.id)), exclude={actor.id})
    return to_info(Staff.get_by_id(s.id))


def _appointment_notice(actor: Actor, before: Staff, after: Staff) -> str:
    if before.role != "manager":
        what = "设为客服主管" + ("并授予管理员权限" if after.is_admin and not before.is_admin else "")
        text = f"{who(actor)} 将 {who(after)} {what}"
    else:
        text = f"{who(actor)} 为客服主管 {who(after)} 授予了管理员权限"
    return text + "：此人可以查看全部客户档案。如非部门安排，请核实。"


def set_enabled(actor: Actor, username: str, enabled: bool) -> StaffInfo:
    """停用 / 启用. A disabled account cannot log in and is stopped at its next action."""
    actor = _admin(actor, username)
    s = _account(username)
    _changeable(s)
    target = "active" if enabled else "disabled"
    if s.status == target:
        return to_info(s)
    if not enabled and s.id == actor.id:
        raise ArchiveError("不能停用自己的账号")
    with write_transaction():
        if not enabled:
            _others_remain(s, manager=s.role == "manager", admin=bool(s.is_admin),
                           manager_admin=s.role == "manager" and bool(s.is_admin))
        Staff.update(status=target, version=Staff.version + 1).where(Staff.id == s.id).execute()
        audit.record(actor, "enable_user" if enabled else "disable_user", target_type="staff",
                     target_id=s.id, target_label=s.username,
                     details={"custody": _custody(s.id)} if not enabled else {})
        record_changes(Changes.of(Kind.STAFF))
    return to_info(Staff.get_by_id(s.id))


def reset_password(actor: Actor, username: str, new_password: str) -> None:
    """An admin sets a temporary password; the person must choose their own at the next
    sign-in (auth.login refuses until then), and they and every manager are told. Lifts a
    lockout."""
    actor = _admin(actor, username)
    s = _account(username)
    if s.id == actor.id:
        raise _deny(actor, s, "reset_own_password",
                    "不能重置自己的密码；请用“修改密码”（命令行：passwd）更改自己的密码")
    _changeable(s)
    check_password_strength(new_password)
    with write_transaction():
        Staff.update(password_hash=hash_password(new_password), must_change_password=True,
                     version=Staff.version + 1).where(Staff.id == s.id).execute()
        cleared = _clear_failures(s.username)
        notify(s.id, f"管理员 {who(actor)} 重置了您的登录密码，您登录时须先设置新密码。"
                     "如果不是您本人请求的，请立即告知客服主管。")
        notify_managers(f"管理员 {who(actor)} 重置了 {who(s)} 的登录密码；此人下次登录须先设置新密码。",
                        exclude={actor.id, s.id})
        audit.record(actor, "reset_password", target_type="staff", target_id=s.id, target_label=s.username,
                     details={"cleared_failures": cleared} if cleared else {})
        record_changes(Changes.of(Kind.STAFF))


def _clear_failures(username: str) -> int:
    removed: int = LoginAttempt.delete().where((LoginAttempt.username == username) & ~LoginAttempt.ok).execute()
    return removed


def unlock(actor: Actor, username: str) -> int:
    """Lift a login lockout now (the failed attempts are removed; the audit log keeps them)."""
    actor = _admin(actor, username)
    s = _account(username)
    with write_transaction():
        cleared = _clear_failures(s.username)
        audit.record(actor, "unlock_account", target_type="staff", target_id=s.id, target_label=s.username,
                     details={"cleared_failures": cleared})
        record_changes(Changes.of(Kind.STAFF))
    return cleared


def set_company_name(actor: Actor, name: str) -> str:
    """The company name printed on cards, workbooks and 交接单."""
    actor = _admin(actor, "公司名称")
    name = clean_line(name)
    if not name:
        raise ValidationError([FieldProblem("company_name", "请填写公司名称")])
    if len(name) > COMPANY_NAME_MAX:
        raise ValidationError([FieldProblem("company_name", f"公司名称不能超过 {COMPANY_NAME_MAX} 个字符")])
    old = get_meta("company_name")
    if name != old:
        with write_transaction():
            set_meta("company_name", name)
            audit.record(actor, "settings", target_type="settings", target_label="公司名称",
                         details={"changes": {"company_name": [old, name]}})
            record_changes(Changes.of(Kind.STAFF))
    return name
