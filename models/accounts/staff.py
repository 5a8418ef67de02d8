"""Accounts and departments (the admin capability), and one's own password.

Creating a manager needs a manager with the admin capability (access.APPOINT_MANAGER) and
tells every other active manager; see models/accounts/admin.py for the full rules."""
from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import JOIN

from models.accounts.notices import notify_managers, who
from models.foundation.changes import Changes, Kind, record_changes
from models.foundation.db import write_transaction
from models.foundation.dto import StaffInfo
from models.foundation.errors import ArchiveError, FieldProblem, NotFound, ValidationError
from models.foundation.schema import ArchiveMeta, Department, Staff, get_meta, set_meta
from models.foundation.validation import clean_line
from models.foundation.vocabulary import ROLES
from models.rules import access, audit, auth
from models.rules.access import Actor
from models.rules.auth import check_password_strength, hash_password

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
DEFAULT_DEPARTMENT = "客服部"
NAME_LIMIT = 100   # display names and department names (the columns hold 100)


def to_info(s: Staff) -> StaffInfo:
    dept = s.department.name if s.department is not None else ""
    return StaffInfo(s.id, s.username, s.display_name, s.role, bool(s.is_admin), dept, s.status)


def is_initialised() -> bool:
    return ArchiveMeta.get_or_none(ArchiveMeta.key == "initialised") is not None


def _validate(username: str, display_name: str, role: str, password: str) -> None:
    problems = []
    if not USERNAME_RE.match(username or ""):
        problems.append(FieldProblem("username", "用户名需为 2–32 位字母、数字、下划线、点或横线", username))
    elif Staff.get_or_none(Staff.username == username):
        problems.append(FieldProblem("username", f"用户名“{username}”已被使用", username))
    if not (display_name or "").strip():
        problems.append(FieldProblem("display_name", "请填写姓名"))
    elif len(display_name) > NAME_LIMIT:
        problems.append(FieldProblem("display_name", f"姓名不能超过 {NAME_LIMIT} 个字符"))
    if role not in ROLES:
        problems.append(FieldProblem("role", "角色必须是 agent、manager 或 staff", role))
    if problems:
        raise ValidationError(problems)
    check_password_strength(password)


def _department(name: str) -> Department:
    name = clean_line(name or DEFAULT_DEPARTMENT) or DEFAULT_DEPARTMENT
    if len(name) > NAME_LIMIT:
        raise ValidationError([FieldProblem("department", f"部门名称不能超过 {NAME_LIMIT} 个字符")])
    dept: Department = Department.get_or_create(name=name)[0]
    return dept


@dataclass(frozen=True)
class FirstStart:
    actor: Actor
    old_head: audit.OldHead | None   # an earlier archive's audit head, set aside (or None)


def old_audit_head() -> audit.OldHead | None:
    """An earlier archive's audit head at this place, which `first_start` will set aside
    (for the first start to say so before it happens); None when there is none."""
    return audit.stale_head()


def first_start(username: str, password: str, display_name: str = "",
                department: str = DEFAULT_DEPARTMENT, company_name: str = "") -> FirstStart:
    """First start: the first account is a manager who also holds the admin capability.

    Re-initialisation is an explicit, audited step: when an earlier archive's audit head
    still lies at this place (a deleted `archive.db` created again, a PostgreSQL database
    dropped and recreated), it is renamed aside — never deleted — and the new log's second
    entry (`audit_head_reset`) names the old head's entry, digest and new file name.
    Otherwise the old head would flag the new log forever. If the set-up does not commit,
    the old head is put back."""
    if is_initialised():
        raise ArchiveError("档案已经初始化过，不能再次创建首个账号")
    display_name = clean_line(display_name) or username
    company_name = clean_line(company_name)
    _validate(username, display_name, "manager", password)
    password_hash = hash_password(password)
    old = audit.stale_head()
    if old is not None:
        old = audit.set_aside(old)
    try:
        with write_transaction():
            staff = Staff.create(username=username, display_name=display_name, role="manager",
                                 is_admin=True, department=_department(department),
                                 password_hash=password_hash)
            set_meta("initialised", "1")
            if company_name:
                set_meta("company_name", company_name)
            audit.record(staff, "init", target_type="staff", target_id=staff.id,
                         target_label=username, details={"role": "manager", "admin": True})
            if old is not None:
                audit.record(staff, "audit_head_reset", target_type="audit_log", target_label="审计日志",
                             details={"old_head_id": old.entry_id, "old_head_sha256": old.digest,
                                      "set_aside_as": old.moved_to.name if old.moved_to else ""})
            record_changes(Changes.of(Kind.STAFF))
    except BaseException:
        if old is not None:
            audit.put_back(old)
        raise
    return FirstStart(Actor.from_staff(staff), old)


def create_first_manager(username: str, password: str, display_name: str = "",
                         department: str = DEFAULT_DEPARTMENT, company_name: str = "") -> Actor:
    """`first_start` for callers that need only the new account."""
    return first_start(username, password, display_name, department, company_name).actor


def add_user(actor: Actor, username: str, password: str, role: str, *, is_admin: bool = False,
             department: str = DEFAULT_DEPARTMENT, display_name: str = "") -> StaffInfo:
    actor = access.require(actor, access.ADMIN, label=username)
    if role == "manager":
        actor = access.require(actor, access.APPOINT_MANAGER, label=username)
    display_name = clean_line(display_name or username)
    _validate(username, display_name, role, password)
    with write_transaction():
        staff = Staff.create(username=username, display_name=display_name, role=role,
                             is_admin=is_admin, department=_department(department),
                             password_hash=hash_password(password))
        audit.record(actor, "create_user", target_type="staff", target_id=staff.id,
                     target_label=username,
                     details={"role": role, "admin": is_admin, "department": department})
        if role == "manager":
            notify_managers(f"{who(actor)} 新建了客服主管账号 {who(staff)}"
                            f"{'（兼任管理员）' if is_admin else ''}：此人可以查看全部客户档案。"
                            "如非部门安排，请核实。", exclude={actor.id})
        record_changes(Changes.of(Kind.STAFF))
    return to_info(staff)


def list_users(actor: Actor, *, include_departed: bool = True) -> list[StaffInfo]:
    """Everyone signed in may see the staff list (names are needed to pick custodians)."""
    access.refresh(actor)
    q = (Staff.select(Staff, Department)
         .join(Department, join_type=JOIN.LEFT_OUTER, on=(Staff.department == Department.id))
         .order_by(Staff.username))
    if not include_departed:
        q = q.where(Staff.status == "active")
    return [to_info(s) for s in q]


def get_staff(username: str) -> Staff:
    s = Staff.get_or_none(Staff.username == username)
    if s is None:
        raise NotFound("账号", username)
    return s


def change_password(actor: Actor, old_password: str, new_password: str) -> None:
    """文件 › 修改密码…: the signed-in user's own password (the old one first)."""
    actor = access.refresh(actor)
    staff = Staff.get_by_id(actor.id)
    if not auth.password_matches(staff, old_password):
        raise ValidationError([FieldProblem("old_password", "原密码不正确")])
    check_password_strength(new_password, "new_password")
    _store_own_password(actor, staff, new_password)


def change_password_at_sign_in(username: str, current_password: str, new_password: str) -> Actor:
    """Sign in and set a new password in one step: `passwd` on the command line, and the
    dialog the desktop shows after an admin's reset. The current password (the temporary one
    after a reset) is checked by auth.login, so wrong ones count towards the lockout; after
    a reset the new one may not be the temporary one. Returns the signed-in actor."""
    check_password_strength(new_password, "new_password")
    actor = auth.login(username, current_password, changing_password=True)
    staff = Staff.get_by_id(actor.id)
    if staff.must_change_password and new_password == current_password:
        raise ValidationError([FieldProblem("new_password", "新密码不能与管理员设置的临时密码相同")])
    _store_own_password(actor, staff, new_password)
    return Actor.from_staff(Staff.get_by_id(actor.id))


def _store_own_password(actor: Actor, staff: Staff, new_password: str) -> None:
    """The one write of one's own password; it also ends a reset's forced change."""
    with write_transaction():
        Staff.update(password_hash=hash_password(new_password), must_change_password=False,
                     version=Staff.version + 1).where(Staff.id == staff.id).execute()
        audit.record(actor, "change_password", target_type="staff", target_id=staff.id,
                     target_label=staff.username,
                     details={"after_reset": True} if staff.must_change_password else {})
        record_changes(Changes.of(Kind.STAFF))


def company_name() -> str:
    return get_meta("company_name")
