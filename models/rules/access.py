"""Who may do what. The one place the permission rules live; deny by default.

| action                          | custodian | other agent | manager | staff     | admin alone |
|---------------------------------|-----------|-------------|---------|-----------|-------------|
| directory line                  | yes       | yes         | yes     | yes       | yes         |
| view page 1 (non-sensitive) + 2 | yes       | grant       | yes     | grant     | no          |
| sensitive personal fields       | yes       | grant sens. | yes     | grant s.  | no          |
| edit page 1, add page-2 entries | yes       | grant edit  | yes     | grant edit| no          |
| report a matter (write-only)    | yes       | yes         | yes     | yes       | no          |
| print/export one card           | yes       | grant exp.  | yes     | grant exp.| no          |
| print/export in bulk            | no        | no          | yes     | no        | no          |
| class, custodian, archive       | archive   | no          | yes     | no        | no          |
| approve / grant / revoke        | no        | no          | yes     | no        | no          |
| run a handover (every step)     | no        | no          | yes     | no        | no          |
| accounts, departments, settings | no        | no          | no      | no        | yes         |
| appoint a manager, back up      | no        | no          | +admin  | no        | no          |
| read the audit log              | no        | no          | yes     | no        | yes         |
| open a service record (受理)    | yes       | yes         | yes     | yes       | no          |
| see a service record            | yes       | grant/own*  | yes     | own*      | no          |
| handle/assign a service record  | yes       | assignee    | yes     | assignee  | no          |

(*own: a record the user opened or is assigned to — seeing a record is not seeing the card.)

The admin capability adds nothing to customer access, and no account-administration step
leads there: appointing a manager (or giving a manager the admin capability) and taking a
backup (the whole database) need a manager who also holds the admin capability (the first
account `init` creates is both); nobody changes their own role or admin capability; a
password reset forces a new password at the next sign-in and tells the owner and the
managers (models/accounts/admin.py).

Every grant implies `view`; a grant counts while not revoked and not expired, checked
on every call (no cleanup job). Every check re-reads the account, so a frozen or
departed account is stopped at its next action even in a running session.

Call `require()` *before* opening a write transaction: a denial is audited in its own
transaction, which must not be rolled back with the caller's.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields

import peewee as pw

from models.foundation.dto import Permissions, StaffInfo
from models.foundation.errors import (
    ACCOUNT_STATUS_MESSAGES,
    AccountUnavailable,
    LoginFailed,
    PermissionDenied,
)
from models.foundation.schema import Customer, Grant, ServiceRecord, Staff, utcnow
from models.rules import audit

VIEW = "view"
SENSITIVE = "sensitive"
EDIT = "edit"
REPORT = "report"
EXPORT = "export"
BULK_EXPORT = "bulk_export"
MANAGE = "manage"          # change class or custodian
ARCHIVE = "archive"        # archive or restore a card (custodian or manager)
CREATE = "create_customer"
APPROVE = "approve"        # approve/reject requests, grant, revoke
HANDOVER = "handover"      # run a departure handover: start, plan, execute, inventory, print
ADMIN = "admin"            # accounts, departments, settings
APPOINT_MANAGER = "appoint_manager"   # make an account a manager, or a manager an admin
BACKUP = "backup"          # copy the whole database, every sensitive field included
AUDIT_READ = "audit_read"
DIRECTORY = "directory"
QUALITY_SETUP = "quality_setup"     # questionnaires, indicators, thresholds, survey plan, goals
QUALITY_REPORT = "quality_report"   # goals vs actuals and the monthly service report
SURVEY_RECORD = "survey_record"     # record a survey or return visit on a card (its editors)

ACTION_LABELS = {
    VIEW: "查看客户资料", SENSITIVE: "查看敏感信息", EDIT: "编辑客户资料", REPORT: "报告重要事项",
    EXPORT: "打印/导出", BULK_EXPORT: "批量打印/导出", MANAGE: "调整分类或负责客服",
    ARCHIVE: "归档客户", CREATE: "新建客户", APPROVE: "审批与授权", ADMIN: "系统管理",
    AUDIT_READ: "查看审计日志", DIRECTORY: "查找客户目录", HANDOVER: "离职交接",
    APPOINT_MANAGER: "任命客服主管", BACKUP: "备份档案",
    QUALITY_SETUP: "设置问卷与服务目标", QUALITY_REPORT: "查看服务目标与月度报告",
    SURVEY_RECORD: "记录满意度调查",
}

# Why an action is refused, where "权限不足：无权执行…" would not tell the user who may do it.
DENIAL_REASONS = {
    HANDOVER: "离职交接只能由客服主管办理（管理员权限不含客户档案）",
    APPOINT_MANAGER: "只有客服主管（同时拥有管理员权限）可以任命客服主管或让客服主管兼任管理员",
    BACKUP: "备份包含全部客户资料和敏感信息，须由同时拥有管理员权限的客服主管操作",
    QUALITY_SETUP: "问卷、指标和服务目标由客服主管设置",
    QUALITY_REPORT: "服务目标和月度服务报告只有客服主管可以查看",
    SURVEY_RECORD: "只能为自己可以编辑的客户记录满意度调查",
}

GRANT_SCOPE_FOR = {VIEW: "view", SENSITIVE: "sensitive", EDIT: "edit", EXPORT: "export"}


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the core sees them."""

    id: int
    username: str
    display_name: str
    role: str
    is_admin: bool

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @classmethod
    def from_staff(cls, s: Staff) -> Actor:
        return cls(s.id, s.username, s.display_name, s.role, bool(s.is_admin))


STATUS_MESSAGES = {k: v for k, v in ACCOUNT_STATUS_MESSAGES.items() if k != "missing"}


def refresh(actor: Actor) -> Actor:
    """Re-read the account: role, admin flag and status may have changed since login."""
    staff = Staff.get_or_none(Staff.id == actor.id)
    if staff is None:
        raise AccountUnavailable("missing")
    if staff.status != "active":
        raise AccountUnavailable(staff.status)
    return Actor.from_staff(staff)


def _customer_id(customer: Customer | int | None) -> int | None:
    if customer is None:
        return None
    return customer if isinstance(customer, int) else customer.id


def active_grant_scopes(actor: Actor, customer_id: int) -> set[str]:
    now = utcnow()
    scopes: set[str] = set()
    for g in (Grant.select(Grant.scopes)
              .where((Grant.grantee == actor.id) & (Grant.customer == customer_id)
                     & Grant.revoked_at.is_null() & (Grant.expires_at > now))):
        scopes.update(s for s in g.scopes.split(",") if s)
    if scopes:
        scopes.add("view")
    return scopes


def _owner_id(customer: Customer | int) -> int | None:
    if isinstance(customer, Customer):
        return customer.owner_id
    row = Customer.select(Customer.owner).where(Customer.id == customer).first()
    return row.owner_id if row else None


def _decide(actor: Actor, action: str, customer: Customer | int | None) -> bool:
    role = actor.role
    if action == DIRECTORY:
        return True
    if action == ADMIN:
        return actor.is_admin
    if action == AUDIT_READ:
        return actor.is_manager or actor.is_admin
    if action in (APPROVE, HANDOVER, BULK_EXPORT, MANAGE, QUALITY_SETUP, QUALITY_REPORT):
        return actor.is_manager
    if action in (APPOINT_MANAGER, BACKUP):
        return actor.is_manager and actor.is_admin
    if action == CREATE:
        return role in ("agent", "manager")
    cid = _customer_id(customer)
    if cid is None:
        return False
    if action == SURVEY_RECORD:      # a survey is an entry on page 2: the card's editors
        return _decide(actor, EDIT, customer)
    if actor.is_manager:
        return True
    if role == "agent" and _owner_id(customer if isinstance(customer, Customer) else cid) == actor.id:
        return action in (VIEW, SENSITIVE, EDIT, REPORT, EXPORT, ARCHIVE)
    if action == REPORT:
        return role in ("agent", "staff")
    if action in GRANT_SCOPE_FOR and role in ("agent", "staff"):
        return GRANT_SCOPE_FOR[action] in active_grant_scopes(actor, cid)
    return False


def can(actor: Actor, action: str, customer: Customer | int | None = None) -> bool:
    """True when the (re-read) account may do `action` (on `customer`: a Customer or id)."""
    try:
        actor = refresh(actor)
    except LoginFailed:
        return False
    return _decide(actor, action, customer)


def require(actor: Actor, action: str, customer: Customer | int | None = None, *,
            label: str = "") -> Actor:
    """Raise PermissionDenied (audited) unless allowed; returns the refreshed actor."""
    fresh = refresh(actor)
    if _decide(fresh, action, customer):
        return fresh
    target_label = label or (customer.code if isinstance(customer, Customer) else "")
    audit.record(fresh, "access_denied", target_type="customer" if customer is not None else "",
                 target_id=_customer_id(customer), target_label=target_label,
                 outcome="denied", details={"action": action})
    raise PermissionDenied(ACTION_LABELS.get(action, action), target_label,
                           message=DENIAL_REASONS.get(action))


def denial_reason(actor: Actor, action: str) -> str:
    """"" when `actor` may do `action` (no customer), else why not (for greyed-out menus)."""
    if can(actor, action):
        return ""
    return DENIAL_REASONS.get(action) or f"无权执行“{ACTION_LABELS.get(action, action)}”"


def permissions(actor: Actor, customer: Customer) -> Permissions:
    """What the UI may offer on one card (courtesy; each service still checks)."""
    return Permissions(
        view=_decide(actor, VIEW, customer),
        sensitive=_decide(actor, SENSITIVE, customer),
        edit=_decide(actor, EDIT, customer),
        export=_decide(actor, EXPORT, customer),
        manage=_decide(actor, MANAGE, customer),
        granted_until=grant_expiry(actor, customer) if customer.owner_id != actor.id else None,
    )


def grant_expiry(actor: Actor, customer: Customer | int) -> dt.datetime | None:
    """When the latest of `actor`'s active grants on this card ends (None: no grant)."""
    row = (Grant.select(Grant.expires_at)
           .where((Grant.grantee == actor.id) & (Grant.customer == _customer_id(customer))
                  & Grant.revoked_at.is_null() & (Grant.expires_at > utcnow()))
           .order_by(Grant.expires_at.desc()).first())
    return row.expires_at if row is not None else None


def _granted_ids(actor: Actor, scope: str = "view") -> pw.ModelSelect[Grant]:
    now = utcnow()
    cond = (Grant.grantee == actor.id) & Grant.revoked_at.is_null() & (Grant.expires_at > now)
    if scope != "view":
        cond &= Grant.scopes.contains(scope)
    return Grant.select(Grant.customer).where(cond)


def visible_condition(actor: Actor, scope: str = "view") -> pw.Expression:
    """A WHERE condition on Customer: the cards `actor` may open (or export, scope='export').

    Lists, search, export, print, the CLI and the inbox (a message about card content is
    shown only while its card is visible) all filter with this one condition."""
    return _visible_to(refresh(actor), scope)


def visible_ids(actor: Actor, scope: str = "view") -> pw.SelectBase | None:
    """The cards of visible_condition as a query of customer ids, or None when `actor` sees
    every card (a manager). An agent's own cards and their grants are two indexed queries
    joined by UNION, so a list or search costs what they see: PostgreSQL's planner scans
    the whole table for `owner = ? OR id IN (grants)`."""
    actor = refresh(actor)
    if actor.is_manager:
        return None
    if actor.role == "agent":
        own = Customer.select(Customer.id).where(Customer.owner == actor.id)
        return own | _granted_ids(actor, scope)
    if actor.role == "staff":
        return _granted_ids(actor, scope)
    return Customer.select(Customer.id).where(Customer.id.is_null(True))


def visible_parts(actor: Actor, scope: str = "view") -> list[pw.Expression] | None:
    """visible_condition as separate conditions whose union it is (None: every card), so a
    list can run one indexed query per part and merge them: an agent's own cards, their grants."""
    actor = refresh(actor)
    if actor.is_manager:
        return None
    if actor.role == "agent":
        return [Customer.owner == actor.id, Customer.id.in_(_granted_ids(actor, scope))]
    if actor.role == "staff":
        return [Customer.id.in_(_granted_ids(actor, scope))]
    return [Customer.id.is_null(True)]


def _visible_to(actor: Actor, scope: str) -> pw.Expression:
    if actor.is_manager:
        return Customer.id.is_null(False)
    if actor.role == "agent":
        return (Customer.owner == actor.id) | Customer.id.in_(_granted_ids(actor, scope))
    if actor.role == "staff":
        return Customer.id.in_(_granted_ids(actor, scope))
    return Customer.id.is_null(True)


# ---- batch questions and what the UI may offer ---------------------------------------------
# Kept apart from the rule table above (issue #10): these only phrase the same rules for a
# set of cards, for another account, or for the whole session; none adds a rule.

CUSTODIAN_ROLES = ("agent", "manager")   # may be a card's custodian (负责客服) and receive a handover
GRANTEE_ROLES = ("agent", "staff")       # may ask for and hold grants


def may_hold_custody(person: Actor | Staff | StaffInfo) -> bool:
    """Whether an account's role lets it be a customer's custodian or a handover receiver
    (agents and managers). `person`: an Actor, a Staff row or a StaffInfo; whether the
    account is active is the caller's separate check."""
    return person.role in CUSTODIAN_ROLES


def may_hold_grants(person: Actor | Staff | StaffInfo) -> bool:
    """Whether an account's role lets it ask for and be given access grants (agents, staff)."""
    return person.role in GRANTEE_ROLES


SEES_ALL = "sees_all"      # standing_access: a manager opens every card
CUSTODIAN = "custodian"    # standing_access: an agent's own card


def standing_access(person: Actor | Staff, customer: Customer | int) -> str:
    """Why `person` (Actor or Staff) needs no grant on `customer` (Customer or id):
    SEES_ALL (a manager), CUSTODIAN (an agent's own card), or "" (a grant would be needed)."""
    if person.role == "manager":
        return SEES_ALL
    if person.role == "agent" and _owner_id(customer) == person.id:
        return CUSTODIAN
    return ""


def allowed_ids(actor: Actor, action: str, ids: Iterable[int]) -> set[int]:
    """Of the customer `ids`, those on which `actor` may `action` (VIEW, SENSITIVE, EDIT or
    EXPORT) — one query for the whole batch, the same answer `can()` gives card by card.
    Re-reads the account like every check (LoginFailed when it is no longer active)."""
    if action not in GRANT_SCOPE_FOR:
        raise ValueError(f"allowed_ids answers {sorted(GRANT_SCOPE_FOR)}, not {action!r}")
    ids = list(ids)
    if not ids:
        return set()
    actor = refresh(actor)
    if actor.is_manager:       # every card: no query (an export asks this per 1,000 cards)
        return set(ids)
    cond = _visible_to(actor, GRANT_SCOPE_FOR[action])
    return {r[0] for r in Customer.select(Customer.id).where(Customer.id.in_(ids) & cond).tuples()}


def grant_expiries(actor: Actor, ids: Iterable[int]) -> dict[int, dt.datetime]:
    """Of the customer `ids`, those `actor` reads only through a grant, each with when its
    latest active grant ends (UTC) — grant_expiry for a page of the list, in one query.
    Managers and a custodian's own cards need no grant: they are not in the answer."""
    ids = list(ids)
    if not ids or actor.is_manager or actor.role not in GRANTEE_ROLES:
        return {}
    query = (Grant.select(Grant.customer, pw.fn.MAX(Grant.expires_at))
             .join(Customer, on=(Grant.customer == Customer.id))
             .where(Grant.customer.in_(ids) & (Grant.grantee == actor.id) & Grant.revoked_at.is_null()
                    & (Grant.expires_at > utcnow())
                    & (Customer.owner.is_null() | (Customer.owner != actor.id)))
             .group_by(Grant.customer))
    return {cid: Grant.expires_at.python_value(until) for cid, until in query.tuples()}


def may_run_handover(actor: Actor) -> bool:
    """Handovers are run by a manager, at every step — never by the admin capability alone
    (no re-read)."""
    return _decide(actor, HANDOVER, None)


def sees_all_requests(actor: Actor) -> bool:
    """Whether lists of access requests and grants show everyone's rows (those who approve)
    rather than the actor's own (no re-read: pass an actor from refresh()/require())."""
    return _decide(actor, APPROVE, None)


def sees_department_desk(actor: Actor) -> bool:
    """Whether the desk's lists (tasks, greetings, customers to contact, stale cards) cover
    the whole department — those who manage classes and custodians — rather than the
    actor's own customers (no re-read: pass an actor from refresh()/require())."""
    return _decide(actor, MANAGE, None)


@dataclass(frozen=True)
class Capabilities:
    """What the session may offer, for menus and buttons (courtesy: each service still checks).
    Card-level rights are `permissions(actor, customer)`."""

    can_create_customer: bool   # 新建客户
    can_import: bool            # import a spreadsheet (it creates cards)
    can_manage: bool            # class and custodian of any card; name another custodian
    can_bulk_export: bool       # print/export more than one card
    can_approve: bool           # approve/reject requests, grant, revoke
    can_run_handover: bool      # start, plan, execute and print handovers
    can_receive_handover: bool  # be a receiver, hence see 待确认的交接
    can_request_access: bool    # ask for access (managers see everything and never need to)
    can_admin: bool             # accounts, company name, backups
    can_read_audit: bool        # read, verify and export the audit log


NO_CAPABILITIES = Capabilities(**{f.name: False for f in fields(Capabilities)})


def capabilities(actor: Actor) -> Capabilities:
    """The session-wide rights of the (re-read) account; nothing for an inactive one."""
    try:
        actor = refresh(actor)
    except LoginFailed:
        return NO_CAPABILITIES
    return capabilities_of(actor)


def capabilities_of(actor: Actor) -> Capabilities:
    """The rights of an account as `actor` says it is (no re-read: pass an actor just
    signed in or from refresh(); the main window builds its menus from this)."""
    return Capabilities(
        can_create_customer=_decide(actor, CREATE, None),
        can_import=_decide(actor, CREATE, None),
        can_manage=_decide(actor, MANAGE, None),
        can_bulk_export=_decide(actor, BULK_EXPORT, None),
        can_approve=_decide(actor, APPROVE, None),
        can_run_handover=may_run_handover(actor),
        can_receive_handover=may_hold_custody(actor),
        can_request_access=may_hold_grants(actor),
        can_admin=_decide(actor, ADMIN, None),
        can_read_audit=_decide(actor, AUDIT_READ, None),
    )


# ---- service records (投诉与售后服务单, issue 14) -------------------------------------------
SERVICE_OPEN = "service_open"        # register a record on a customer (受理)
SERVICE_SEE = "service_see"          # read a record and its steps (not the card)
SERVICE_HANDLE = "service_handle"    # judge, assign, steps, feedback, close, reopen
SERVICE_LABELS = {SERVICE_OPEN: "受理服务单", SERVICE_SEE: "查看服务单", SERVICE_HANDLE: "处理服务单"}


def _decide_service(actor: Actor, action: str, record: ServiceRecord | None,
                    customer: Customer | int | None) -> bool:
    if action == SERVICE_OPEN:
        return _decide(actor, REPORT, customer)     # anyone who may report a matter
    assert record is not None
    if actor.is_manager or record.assignee_id == actor.id:
        return True
    if action == SERVICE_SEE:
        return record.opened_by_id == actor.id or _decide(actor, VIEW, customer)
    if action == SERVICE_HANDLE:
        return _decide(actor, EDIT, customer)       # the custodian (or an edit grant)
    return False


def require_service(actor: Actor, action: str, customer: Customer,
                    record: ServiceRecord | None = None) -> Actor:
    """PermissionDenied (audited) unless `actor` may `action` (SERVICE_*) on the record (or,
    for SERVICE_OPEN, on the customer); returns the refreshed actor."""
    fresh = refresh(actor)
    if _decide_service(fresh, action, record, customer):
        return fresh
    label = record.number if record is not None else customer.code
    audit.record(fresh, "access_denied", target_type="customer", target_id=customer.id,
                 target_label=label, outcome="denied", details={"action": action})
    raise PermissionDenied(SERVICE_LABELS[action], label)


def may_handle_service(actor: Actor, record: ServiceRecord, customer: Customer) -> bool:
    """For buttons (courtesy; no re-read: pass an actor from refresh()/require())."""
    return _decide_service(actor, SERVICE_HANDLE, record, customer)


def may_take_service(person: Actor | Staff, customer: Customer) -> bool:
    """Whether an account can be a record's assignee: a custodian role that may open the card."""
    actor = person if isinstance(person, Actor) else Actor.from_staff(person)
    return may_hold_custody(actor) and _decide(actor, VIEW, customer)


def service_visible_condition(actor: Actor) -> pw.Expression:
    """A WHERE condition on ServiceRecord (joined with Customer): the records `actor` may see."""
    actor = refresh(actor)
    if actor.is_manager:
        return ServiceRecord.id.is_null(False)
    return ((ServiceRecord.assignee == actor.id) | (ServiceRecord.opened_by == actor.id)
            | _visible_to(actor, "view"))


def sees_all_service(actor: Actor) -> bool:
    """Whether overdue records of everyone are flagged to this user (managers)."""
    return actor.is_manager


def require_on_new_card(actor: Actor, action: str, owner_id: int, *, label: str = "") -> Actor:
    """`require` for a card about to be created with custodian `owner_id` (an import writes a
    new card's key people and entries with the card). Nobody holds a grant on a card that
    does not exist yet, so the custodian's and the manager's columns of the table decide."""
    fresh = refresh(actor)
    if action in (VIEW, SENSITIVE, EDIT, REPORT, EXPORT, ARCHIVE):
        allowed = fresh.is_manager or (fresh.role == "agent" and owner_id == fresh.id)
    else:
        allowed = _decide(fresh, action, None)
    if allowed:
        return fresh
    audit.record(fresh, "access_denied", target_label=label, outcome="denied", details={"action": action})
    raise PermissionDenied(ACTION_LABELS.get(action, action), label)
