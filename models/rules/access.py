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
| accounts, departments, settings | no        | no          | no      | no        | yes         |
| read the audit log              | no        | no          | yes     | no        | yes         |

Every grant implies `view`; a grant counts while not revoked and not expired, checked
on every call (no cleanup job). Every check re-reads the account, so a frozen or
departed account is stopped at its next action even in a running session.

Call `require()` *before* opening a write transaction: a denial is audited in its own
transaction, which must not be rolled back with the caller's.
"""
from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from models.foundation.dto import Permissions
from models.foundation.errors import (
    ACCOUNT_STATUS_MESSAGES,
    AccountUnavailable,
    LoginFailed,
    PermissionDenied,
)
from models.foundation.schema import Customer, Grant, Staff, utcnow
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
APPROVE = "approve"        # approve/reject requests, grant, revoke, run handovers
ADMIN = "admin"            # accounts, departments, settings
AUDIT_READ = "audit_read"
DIRECTORY = "directory"

ACTION_LABELS = {
    VIEW: "查看客户资料", SENSITIVE: "查看敏感信息", EDIT: "编辑客户资料", REPORT: "报告重要事项",
    EXPORT: "打印/导出", BULK_EXPORT: "批量打印/导出", MANAGE: "调整分类或负责客服",
    ARCHIVE: "归档客户", CREATE: "新建客户", APPROVE: "审批与授权", ADMIN: "系统管理",
    AUDIT_READ: "查看审计日志", DIRECTORY: "查找客户目录",
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
    def from_staff(cls, s: Staff) -> "Actor":
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


def _customer_id(customer) -> int | None:
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


def _owner_id(customer) -> int | None:
    if isinstance(customer, Customer):
        return customer.owner_id
    row = Customer.select(Customer.owner).where(Customer.id == customer).first()
    return row.owner_id if row else None


def _decide(actor: Actor, action: str, customer) -> bool:
    role = actor.role
    if action == DIRECTORY:
        return True
    if action == ADMIN:
        return actor.is_admin
    if action == AUDIT_READ:
        return actor.is_manager or actor.is_admin
    if action in (APPROVE, BULK_EXPORT, MANAGE):
        return actor.is_manager
    if action == CREATE:
        return role in ("agent", "manager")
    cid = _customer_id(customer)
    if cid is None:
        return False
    if actor.is_manager:
        return True
    if role == "agent" and _owner_id(customer) == actor.id:
        return action in (VIEW, SENSITIVE, EDIT, REPORT, EXPORT, ARCHIVE)
    if action == REPORT:
        return role in ("agent", "staff")
    if action in GRANT_SCOPE_FOR and role in ("agent", "staff"):
        return GRANT_SCOPE_FOR[action] in active_grant_scopes(actor, cid)
    return False


def can(actor: Actor, action: str, customer=None) -> bool:
    """True when the (re-read) account may do `action` (on `customer`: a Customer or id)."""
    try:
        actor = refresh(actor)
    except LoginFailed:
        return False
    return _decide(actor, action, customer)


def require(actor: Actor, action: str, customer=None, *, label: str = "") -> Actor:
    """Raise PermissionDenied (audited) unless allowed; returns the refreshed actor."""
    fresh = refresh(actor)
    if _decide(fresh, action, customer):
        return fresh
    target_label = label or (customer.code if isinstance(customer, Customer) else "")
    audit.record(fresh, "access_denied", target_type="customer" if customer is not None else "",
                 target_id=_customer_id(customer), target_label=target_label,
                 outcome="denied", details={"action": action})
    raise PermissionDenied(ACTION_LABELS.get(action, action), target_label)


def permissions(actor: Actor, customer: Customer) -> Permissions:
    """What the UI may offer on one card (courtesy; each service still checks)."""
    return Permissions(
        view=_decide(actor, VIEW, customer),
        sensitive=_decide(actor, SENSITIVE, customer),
        edit=_decide(actor, EDIT, customer),
        export=_decide(actor, EXPORT, customer),
        manage=_decide(actor, MANAGE, customer),
    )


def _granted_ids(actor: Actor, scope: str = "view"):
    now = utcnow()
    cond = (Grant.grantee == actor.id) & Grant.revoked_at.is_null() & (Grant.expires_at > now)
    if scope != "view":
        cond &= Grant.scopes.contains(scope)
    return Grant.select(Grant.customer).where(cond)


def visible_condition(actor: Actor, scope: str = "view") -> pw.Expression:
    """A WHERE condition on Customer: the cards `actor` may open (or export, scope='export').

    Lists, search, export, print and the CLI all filter with this one condition."""
    actor = refresh(actor)
    if actor.is_manager:
        return Customer.id.is_null(False)
    if actor.role == "agent":
        return (Customer.owner == actor.id) | Customer.id.in_(_granted_ids(actor, scope))
    if actor.role == "staff":
        return Customer.id.in_(_granted_ids(actor, scope))
    return Customer.id.is_null(True)
