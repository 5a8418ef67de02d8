"""The peewee tables. Only services in models/ query them; the UI gets DTOs.

Times are stored as naive UTC datetimes; dates (event dates, founding dates) as dates.
Rows users edit carry a `version` used for optimistic locking (UPDATE ... WHERE version=?).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from models.foundation.db import database, is_postgres


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseModel(pw.Model):
    # peewee adds `id` (an AutoField) and, for a foreign key `x`, the `x_id` accessor (the raw
    # id, no query) at run time; these annotations without a value tell mypy (types-peewee)
    # about them and peewee ignores them. A `*_id` line follows its foreign key.
    id: pw.AutoField[int]

    class Meta:
        database = database
        legacy_table_names = False


class _ByteOrder:
    """Compared by code point on both databases: COLLATE "C" on PostgreSQL (whose default
    collation may ignore punctuation and case, or follow a locale Python cannot reproduce);
    SQLite's default BINARY already is."""

    def ddl(self, ctx: Any) -> Any:
        node = super().ddl(ctx)  # type: ignore[misc]
        if is_postgres():
            node.nodes.append(pw.SQL('COLLATE "C"'))
        return node


class SortKeyField(_ByteOrder, pw.TextField):
    """An ASCII sort key (v10), compared byte by byte."""


class ByteOrderCharField(_ByteOrder, pw.CharField):
    """Text the list sorts by and merges in Python (models/archive/customer_list.py; v11)."""


class ArchiveMeta(BaseModel):
    """Key-value facts about the database itself (schema_version, company_name, ...)."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Department(BaseModel):
    name = pw.CharField(unique=True, max_length=100)




class Staff(BaseModel):
    username = pw.CharField(unique=True, max_length=64)
    display_name = pw.CharField(max_length=100)
    role = pw.CharField(max_length=16)
    is_admin = pw.BooleanField(default=False)
    department = pw.ForeignKeyField(Department, null=True, backref="members")
    department_id: pw.ForeignKeyField[int | None]
    status = pw.CharField(max_length=16, default="active")
    password_hash = pw.TextField()
    created_at = pw.DateTimeField(default=utcnow)
    version = pw.IntegerField(default=1)
    # set by an admin's password reset: the next sign-in must choose a new password (v2)
    must_change_password = pw.BooleanField(default=False)


class LoginAttempt(BaseModel):
    """Every login attempt; failures in the last 15 minutes drive the lockout (shared across PCs)."""

    username = pw.CharField(max_length=64, index=True)
    at = pw.DateTimeField(default=utcnow, index=True)
    ok = pw.BooleanField()
    machine = pw.CharField(max_length=128, default="")




class Customer(BaseModel):
    code = ByteOrderCharField(unique=True, max_length=32)
    name = pw.CharField(max_length=200, index=True)
    kind = pw.CharField(max_length=16, default="company")
    organization = pw.TextField(default="")
    industry = ByteOrderCharField(max_length=100, default="", index=True)   # the list sorts by it
    industry_status = pw.TextField(default="")
    founded_on = pw.DateField(null=True)
    address = pw.TextField(default="")
    phone = pw.CharField(max_length=64, default="")
    fax = pw.CharField(max_length=64, default="")
    email = pw.CharField(max_length=200, default="")
    wechat = pw.CharField(max_length=100, default="")
    website = pw.CharField(max_length=200, default="")
    source_channel = pw.CharField(max_length=32, default="")
    classification = ByteOrderCharField(max_length=1, default="C", index=True)  # A/B/C
    owner = pw.ForeignKeyField(Staff, null=True, backref="custody", index=True)
    owner_id: pw.ForeignKeyField[int | None]
    status = ByteOrderCharField(max_length=16, default="active", index=True)
    archived_reason = pw.TextField(default="")
    archived_at = pw.DateTimeField(null=True)
    notes = pw.TextField(default="")
    import_source = pw.TextField(default="")
    # Lower-cased name, code, phones, contact names/phones and pinyin (full + initials):
    # the one column the search box scans. Never holds sensitive personal fields.
    search_text = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    updated_at = pw.DateTimeField(default=utcnow, index=True)
    updated_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    updated_by_id: pw.ForeignKeyField[int | None]
    version = pw.IntegerField(default=1)
    # 动态管理 (v3): page 1 confirmed current (核实) — who and when
    verified_at = pw.DateTimeField(null=True)
    verified_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    verified_by_id: pw.ForeignKeyField[int | None]
    # the event date of the newest page-2 entry recorded by service staff (cadence, v3)
    last_contact_on = pw.DateField(null=True)
    # company identity (v6, issue 16): 统一社会信用代码, 法定代表人, 注册资本, 开票信息
    credit_code = pw.CharField(max_length=18, default="", index=True)
    legal_rep = pw.CharField(max_length=100, default="")
    registered_capital = pw.CharField(max_length=100, default="")
    invoice_title = pw.CharField(max_length=200, default="")
    invoice_tax_id = pw.CharField(max_length=32, default="")
    invoice_address_phone = pw.TextField(default="")
    invoice_bank_account = pw.TextField(default="")
    # a merged card is archived and points at the card that absorbed it (v6)
    merged_into = pw.ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")
    merged_into_id: pw.ForeignKeyField[int | None]
    # the last change to page 1 (company fields, key people, projects) — stale cards (v3)
    page1_at = pw.DateTimeField(null=True)
    # the name's pinyin sort key (v10, issue 12): written with the name (search_text.store,
    # search_text.derived_columns), never by hand; models/archive/name_order.py says what it holds
    name_sort = SortKeyField(default="")

    class Meta:
        # the desk's "my customers of class X not contacted since D" (v3)
        indexes = ((("owner", "classification", "last_contact_on"), False),
                   # the list's keyset pages in each sort, within a status (v9, issue #13)
                   (("status", "updated_at"), False), (("status", "code"), False),
                   # id last since v11: PostgreSQL's indexes do not end in the row's id
                   (("status", "classification", "id"), False), (("status", "industry", "id"), False),
                   (("owner", "status", "updated_at"), False),
                   (("status", "name_sort", "id"), False),   # the list by 客户名称 (v10)
                   (("owner", "status", "name_sort", "id"), False),
                   # an agent's own cards in the list's other sorts (v11, issue #13)
                   (("owner", "status", "code", "id"), False), (("owner", "status", "classification", "id"), False),
                   (("owner", "status", "industry", "id"), False), (("owner", "status", "id"), False))


class Contact(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE", index=True)
    customer_id: pw.ForeignKeyField[int]
    name = pw.CharField(max_length=100)
    is_primary = pw.BooleanField(default=False)
    title = pw.CharField(max_length=100, default="")
    role_in_org = pw.TextField(default="")
    phone = pw.CharField(max_length=64, default="")
    mobile = pw.CharField(max_length=64, default="")
    email = pw.CharField(max_length=200, default="")
    wechat = pw.CharField(max_length=100, default="")
    # sensitive personal fields (masked without the right)
    birthday_month = pw.SmallIntegerField(null=True)
    birthday_day = pw.SmallIntegerField(null=True)
    birthday_year = pw.SmallIntegerField(null=True)
    birthday_lunar = pw.BooleanField(default=False)
    birthday_leap = pw.BooleanField(default=False)   # 闰月 (lunar only, v3)
    family = pw.TextField(default="")
    personality = pw.TextField(default="")
    hobbies = pw.TextField(default="")
    relationships = pw.TextField(default="")
    position = pw.IntegerField(default=0)
    version = pw.IntegerField(default=1)




class Project(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="projects", on_delete="CASCADE", index=True)
    customer_id: pw.ForeignKeyField[int]
    name = pw.CharField(max_length=200)
    started_on = pw.DateField(null=True)
    ended_on = pw.DateField(null=True)
    amount = pw.DecimalField(max_digits=16, decimal_places=2, null=True, auto_round=True)
    status = pw.CharField(max_length=16, default="进行中")
    notes = pw.TextField(default="")
    version = pw.IntegerField(default=1)




class Event(BaseModel):
    """A page-2 key-event entry. Edits keep the earlier text in EventRevision."""

    customer = pw.ForeignKeyField(Customer, backref="events", on_delete="CASCADE", index=True)
    customer_id: pw.ForeignKeyField[int]
    event_date = pw.DateField(index=True)
    category = pw.CharField(max_length=16)
    title = pw.CharField(max_length=200)
    content = pw.TextField(default="")
    source_department = pw.CharField(max_length=100, default="")
    recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    recorded_by_id: pw.ForeignKeyField[int | None]
    recorded_at = pw.DateTimeField(default=utcnow)
    is_report = pw.BooleanField(default=False)  # reported by someone without edit rights
    version = pw.IntegerField(default=1)


class EventRevision(BaseModel):
    """The text an event had before an edit (so no entry is ever silently changed)."""

    event = pw.ForeignKeyField(Event, backref="revisions", on_delete="CASCADE", index=True)
    event_id: pw.ForeignKeyField[int]
    event_date = pw.DateField()
    category = pw.CharField(max_length=16)
    title = pw.CharField(max_length=200)
    content = pw.TextField(default="")
    edited_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    edited_by_id: pw.ForeignKeyField[int | None]
    edited_at = pw.DateTimeField(default=utcnow)


class FollowUp(BaseModel):
    """A follow-up task (待办) on a customer (handover moves the open ones)."""

    customer = pw.ForeignKeyField(Customer, backref="follow_ups", on_delete="CASCADE", index=True)
    customer_id: pw.ForeignKeyField[int]
    assignee = pw.ForeignKeyField(Staff, null=True, backref="follow_ups")
    assignee_id: pw.ForeignKeyField[int | None]
    due_on = pw.DateField(null=True)
    title = pw.CharField(max_length=200)
    done_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField(default=utcnow)
    # v3: the task's note, outcome, origin and state
    note = pw.TextField(default="")
    outcome = pw.TextField(default="")
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    source_event = pw.ForeignKeyField(Event, null=True, backref="+", on_delete="SET NULL")
    done_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    dismissed_at = pw.DateTimeField(null=True)
    version = pw.IntegerField(default=1)


class ReminderDate(BaseModel):
    """The next solar date of a day that matters to a customer (v3).

    Kept when the date is written (a key person's birthday, the founding date, the first
    cooperation) and rolled forward when it has passed, so the 今日 page is one indexed
    range query instead of converting lunar dates on every view."""

    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=True)
    contact = pw.ForeignKeyField(Contact, null=True, backref="+", on_delete="CASCADE")
    kind = pw.CharField(max_length=16)       # birthday | founded | first_coop
    next_on = pw.DateField(index=True)

    class Meta:
        indexes = ((("customer", "contact", "kind"), True),)


class DeskMark(BaseModel):
    """A 今日 item a user marked done, snoozed or dismissed (v3). `item_key` names one
    occurrence ("birthday:17:2026-12-03"), so next year's birthday shows again."""

    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
    item_key = pw.CharField(max_length=120)
    state = pw.CharField(max_length=16)      # done | snoozed | dismissed
    until = pw.DateField(null=True)          # snoozed until
    at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("staff", "item_key"), True),)


class Activity(BaseModel):
    """A company event (公司活动: 庆典, 年会, 客户联谊会 …) customers are invited to (v3)."""

    title = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=16, default="其他")
    held_on = pw.DateField(index=True)
    place = pw.CharField(max_length=200, default="")
    notes = pw.TextField(default="")
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    created_at = pw.DateTimeField(default=utcnow)


class Invitation(BaseModel):
    """One customer's invitation to an activity: 待邀请 → 已邀请 → 已接受/已谢绝 → 已出席/未出席."""

    activity = pw.ForeignKeyField(Activity, backref="invitations", on_delete="CASCADE")
    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=True)
    status = pw.CharField(max_length=16, default="pending")
    updated_at = pw.DateTimeField(default=utcnow)
    updated_by = pw.ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        indexes = ((("activity", "customer"), True),)


class HolidayYear(BaseModel):
    """A year's statutory holiday schedule entered by an admin (v3), as the text
    models.calendar.holiday_text parses; used where lunar-python has no data."""

    year = pw.IntegerField(unique=True)
    text = pw.TextField()
    entered_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    entered_at = pw.DateTimeField(default=utcnow)






class AccessRequest(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="access_requests", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    requester = pw.ForeignKeyField(Staff, backref="requests")
    requester_id: pw.ForeignKeyField[int]
    reason = pw.TextField()
    scopes = pw.CharField(max_length=64)
    status = pw.CharField(max_length=16, default="pending", index=True)
    created_at = pw.DateTimeField(default=utcnow)
    decided_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    decided_by_id: pw.ForeignKeyField[int | None]
    decided_at = pw.DateTimeField(null=True)
    decision_reason = pw.TextField(default="")


class Grant(BaseModel):
    """Time-limited access of one user to one customer. Every grant implies `view`."""

    customer = pw.ForeignKeyField(Customer, backref="grants", on_delete="CASCADE", index=True)
    customer_id: pw.ForeignKeyField[int]
    grantee = pw.ForeignKeyField(Staff, backref="grants_held", index=True)
    grantee_id: pw.ForeignKeyField[int]
    scopes = pw.CharField(max_length=64)  # comma-separated subset of SCOPES
    granted_by = pw.ForeignKeyField(Staff, backref="grants_given")
    granted_by_id: pw.ForeignKeyField[int]
    granted_at = pw.DateTimeField(default=utcnow)
    expires_at = pw.DateTimeField(index=True)
    revoked_at = pw.DateTimeField(null=True)
    revoked_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    request = pw.ForeignKeyField(AccessRequest, null=True, backref="grants")
    request_id: pw.ForeignKeyField[int | None]


NOTIFICATION_CARD = "card"      # about the card's content: shown while the recipient may open it
NOTIFICATION_ACCESS = "access"  # about the recipient's own access: directory line + decision only


class Notification(BaseModel):
    """A message for one user, e.g. 'a matter was reported on your customer'.

    `kind` decides who may still read it later (models/access_requests/requests.py): a
    "card" message names card content (a reported matter's title) and is shown only while
    the recipient may view that customer; an "access" message (a request decided, a grant
    given or revoked) carries only the directory line and the decision and is always shown.
    Anything else counts as "card": deny by default."""

    recipient = pw.ForeignKeyField(Staff, backref="notifications", index=True)
    customer = pw.ForeignKeyField(Customer, null=True, backref="+", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int | None]
    kind = pw.CharField(max_length=16, default=NOTIFICATION_CARD)
    message = pw.TextField()
    created_at = pw.DateTimeField(default=utcnow)
    read_at = pw.DateTimeField(null=True)


class AuditEntry(BaseModel):
    """Append-only, hash-chained. UPDATE and DELETE are refused by triggers."""

    at = pw.DateTimeField(default=utcnow)
    actor_id = pw.IntegerField(null=True, index=True)
    actor_name = pw.CharField(max_length=64, default="")
    machine = pw.CharField(max_length=128, default="")
    action = pw.CharField(max_length=48, index=True)
    target_type = pw.CharField(max_length=32, default="")
    target_id = pw.IntegerField(null=True)
    target_label = pw.CharField(max_length=200, default="", index=True)
    outcome = pw.CharField(max_length=16, default="allowed")
    details = pw.TextField(default="{}")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64, unique=True)




class Handover(BaseModel):
    leaver = pw.ForeignKeyField(Staff, backref="handovers_out")
    leaver_id: pw.ForeignKeyField[int]
    manager = pw.ForeignKeyField(Staff, backref="+")
    status = pw.CharField(max_length=16, default="open")
    created_at = pw.DateTimeField(default=utcnow)
    executed_at = pw.DateTimeField(null=True)
    completed_at = pw.DateTimeField(null=True)
    notes = pw.TextField(default="")


class HandoverItem(BaseModel):
    handover = pw.ForeignKeyField(Handover, backref="items", on_delete="CASCADE", index=True)
    handover_id: pw.ForeignKeyField[int]
    customer = pw.ForeignKeyField(Customer, backref="+")
    customer_id: pw.ForeignKeyField[int]
    receiver = pw.ForeignKeyField(Staff, backref="+", index=True)
    receiver_id: pw.ForeignKeyField[int]
    confirmed_at = pw.DateTimeField(null=True)
    confirmed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    confirmed_by_id: pw.ForeignKeyField[int | None]


class ServiceRecord(BaseModel):
    """A complaint (投诉) or after-sales request (售后服务单), v4. Times are naive UTC; the
    deadlines are computed on the working calendar by models.service and stored so lists
    can filter on them; the missed marks are never cleared (a reopened record keeps them)."""

    number = pw.CharField(max_length=20, unique=True)      # TS2026-000123, SH…, ZX…
    kind = pw.CharField(max_length=8)                      # 投诉 | 送货 … | 咨询
    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=True)
    customer_id: pw.ForeignKeyField[int]
    title = pw.CharField(max_length=200)
    content = pw.TextField(default="")                     # what happened
    demand = pw.TextField(default="")                      # what the customer asks for
    product = pw.CharField(max_length=200, default="")     # product or order concerned
    severity = pw.CharField(max_length=8)                  # 一般 | 重大 | 紧急
    channel = pw.CharField(max_length=8, default="")
    complainant = pw.CharField(max_length=100, default="")
    complainant_contact = pw.CharField(max_length=200, default="")
    received_at = pw.DateTimeField(index=True)
    status = pw.CharField(max_length=8, index=True)
    assignee = pw.ForeignKeyField(Staff, null=True, backref="+", index=True)
    assignee_id: pw.ForeignKeyField[int | None]
    opened_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    opened_by_id: pw.ForeignKeyField[int | None]
    # 判断 (complaints)
    verdict = pw.CharField(max_length=12, default="")      # justified | partly | unjustified
    verdict_reason = pw.TextField(default="")
    category = pw.CharField(max_length=8, default="")
    responsible_dept = pw.CharField(max_length=100, default="")
    # resolution and feedback
    resolution = pw.TextField(default="")
    corrective = pw.TextField(default="")
    preventive = pw.TextField(default="")
    feedback_told = pw.TextField(default="")
    satisfaction = pw.IntegerField(null=True)
    # after-sales fields
    appointment_at = pw.DateTimeField(null=True)
    address = pw.CharField(max_length=300, default="")
    warranty = pw.CharField(max_length=4, default="")      # in | out | ""
    item = pw.CharField(max_length=200, default="")        # 退换: the item
    return_reason = pw.TextField(default="")               # 退换: the reason
    # the clock
    first_response_at = pw.DateTimeField(null=True)
    resolved_at = pw.DateTimeField(null=True)
    feedback_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    respond_by = pw.DateTimeField(null=True)
    resolve_by = pw.DateTimeField(null=True, index=True)
    missed_response = pw.BooleanField(default=False)
    missed_resolution = pw.BooleanField(default=False)
    reopen_count = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=utcnow)
    version = pw.IntegerField(default=1)


class ServiceStep(BaseModel):
    """One step of a service record (who, when, what, the status it left it in) with the
    page-2 entry written in the same transaction."""

    record = pw.ForeignKeyField(ServiceRecord, backref="steps", on_delete="CASCADE", index=True)
    at = pw.DateTimeField()
    actor = pw.ForeignKeyField(Staff, null=True, backref="+")
    actor_id: pw.ForeignKeyField[int | None]
    action = pw.CharField(max_length=12)       # open | judge | assign | status | feedback | close | reopen
    status = pw.CharField(max_length=8)        # the record's status after the step
    note = pw.TextField(default="")
    event = pw.ForeignKeyField(Event, null=True, backref="+", on_delete="SET NULL")


class ClassChange(BaseModel):
    """One change of a customer's class (v6): from, to, who, when, why, and how
    (hand = page-1 edit, set = 调整分类 with a reason, suggestion = accepted suggestion,
    import, merge)."""

    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=True)
    at = pw.DateTimeField(default=utcnow)
    from_cls = pw.CharField(max_length=1)
    to_cls = pw.CharField(max_length=1)
    changed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    changed_by_id: pw.ForeignKeyField[int | None]
    source = pw.CharField(max_length=16, default="hand")
    reason = pw.TextField(default="")


class NurturePlan(BaseModel):
    """潜力客户培育 (v6): a plan on a customer, with its goal and the decision-maker to win."""

    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=True)
    customer_id: pw.ForeignKeyField[int]
    goal = pw.TextField()
    decision_maker = pw.CharField(max_length=100, default="")
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    created_at = pw.DateTimeField(default=utcnow)
    status = pw.CharField(max_length=16, default="open")


class NurtureStep(BaseModel):
    """One step of a plan; each step is a desk task (follow_up)."""

    plan = pw.ForeignKeyField(NurturePlan, backref="steps", on_delete="CASCADE", index=True)
    title = pw.CharField(max_length=200)
    channel = pw.CharField(max_length=16, default="")
    due_on = pw.DateField()
    task = pw.ForeignKeyField(FollowUp, null=True, backref="+", on_delete="SET NULL")
    task_id: pw.ForeignKeyField[int | None]


class SurveyTemplate(BaseModel):
    """A questionnaire (问卷模板), v7. A change makes a new version (a new row, `current`
    moves to it); surveys keep pointing at the version they were asked with."""

    name = pw.CharField(max_length=100)
    version = pw.IntegerField(default=1)
    current = pw.BooleanField(default=True)
    nps_question = pw.CharField(max_length=200, default="")    # "" = no 0-10 question
    auto_followup = pw.BooleanField(default=False)             # low score → a task, unasked
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("name", "version"), True),)


class SurveyQuestion(BaseModel):
    template = pw.ForeignKeyField(SurveyTemplate, backref="questions", on_delete="CASCADE", index=True)
    position = pw.IntegerField()
    text = pw.CharField(max_length=200)
    indicator = pw.CharField(max_length=32)


class Survey(BaseModel):
    """One survey or return visit (回访) of a customer, with its page-2 entry (v7)."""

    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE", index=True)
    contact = pw.ForeignKeyField(Contact, null=True, backref="+", on_delete="SET NULL")
    template = pw.ForeignKeyField(SurveyTemplate, backref="+", index=True)
    kind = pw.CharField(max_length=8)          # 满意度调查 | 回访
    channel = pw.CharField(max_length=8)       # 电话 | 问卷 | 信函 | 网络 | 上门
    survey_date = pw.DateField(index=True)
    nps = pw.IntegerField(null=True)
    comment = pw.TextField(default="")
    service_record = pw.ForeignKeyField(ServiceRecord, null=True, backref="+", on_delete="SET NULL")
    event = pw.ForeignKeyField(Event, null=True, backref="+", on_delete="SET NULL")
    recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    recorded_at = pw.DateTimeField(default=utcnow)


class SurveyAnswer(BaseModel):
    survey = pw.ForeignKeyField(Survey, backref="answers", on_delete="CASCADE", index=True)
    question = pw.ForeignKeyField(SurveyQuestion, null=True, backref="+", on_delete="SET NULL")
    indicator = pw.CharField(max_length=32)
    score = pw.IntegerField()


class QualityGoal(BaseModel):
    """A service goal (持续改进): a metric, its target and monitoring period (v7)."""

    metric = pw.CharField(max_length=32)
    target = pw.FloatField()
    unit = pw.CharField(max_length=16, default="")
    period = pw.CharField(max_length=8, default="month")     # month | quarter
    active = pw.BooleanField(default=True)
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    created_at = pw.DateTimeField(default=utcnow)


ALL_TABLES = [
    ArchiveMeta, Department, Staff, LoginAttempt, Customer, Contact, Project, Event, EventRevision,
    FollowUp, AccessRequest, Grant, Notification, AuditEntry, Handover, HandoverItem,
    ReminderDate, DeskMark, Activity, Invitation, HolidayYear, ServiceRecord, ServiceStep,
    ClassChange, NurturePlan, NurtureStep, SurveyTemplate, SurveyQuestion, Survey, SurveyAnswer, QualityGoal,
]


def set_meta(key: str, value: str) -> None:
    (ArchiveMeta.insert(key=key, value=value)
     .on_conflict(conflict_target=[ArchiveMeta.key], update={ArchiveMeta.value: value}).execute())


def get_meta(key: str, default: str = "") -> str:
    row = ArchiveMeta.get_or_none(ArchiveMeta.key == key)
    return row.value if row else default
