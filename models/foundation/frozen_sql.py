"""Frozen SQL of the migration steps, per database. Never edit a published step."""

# v3: the daily desk (核实, cadence, leap-month birthdays, tasks, reminders, activities, holidays)
V3_SQLITE = [
    'ALTER TABLE "customer" ADD COLUMN "verified_at" DATETIME',
    'ALTER TABLE "customer" ADD COLUMN "verified_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "customer" ADD COLUMN "last_contact_on" DATE',
    'ALTER TABLE "customer" ADD COLUMN "page1_at" DATETIME',
    'ALTER TABLE "contact" ADD COLUMN "birthday_leap" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "follow_up" ADD COLUMN "note" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "follow_up" ADD COLUMN "outcome" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "follow_up" ADD COLUMN "created_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "follow_up" ADD COLUMN "source_event_id" INTEGER REFERENCES "event" ("id") ON DELETE SET NULL',
    'ALTER TABLE "follow_up" ADD COLUMN "done_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "follow_up" ADD COLUMN "dismissed_at" DATETIME',
    'ALTER TABLE "follow_up" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1',
    'CREATE INDEX "customer_owner_id_classification_last_contact_on" ON "customer" ("owner_id", "classification", "last_contact_on")',
    'CREATE INDEX "customer_verified_by_id" ON "customer" ("verified_by_id")',
    'CREATE INDEX "follow_up_created_by_id" ON "follow_up" ("created_by_id")',
    'CREATE INDEX "follow_up_source_event_id" ON "follow_up" ("source_event_id")',
    'CREATE INDEX "follow_up_done_by_id" ON "follow_up" ("done_by_id")',
    'CREATE TABLE "reminder_date" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "contact_id" INTEGER, "kind" VARCHAR(16) NOT NULL, "next_on" DATE NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "reminder_date_customer_id" ON "reminder_date" ("customer_id")',
    'CREATE INDEX "reminder_date_contact_id" ON "reminder_date" ("contact_id")',
    'CREATE INDEX "reminder_date_next_on" ON "reminder_date" ("next_on")',
    'CREATE UNIQUE INDEX "reminder_date_customer_id_contact_id_kind" ON "reminder_date" ("customer_id", "contact_id", "kind")',
    'CREATE TABLE "desk_mark" ("id" INTEGER NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "item_key" VARCHAR(120) NOT NULL, "state" VARCHAR(16) NOT NULL, "until" DATE, "at" DATETIME NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "desk_mark_staff_id" ON "desk_mark" ("staff_id")',
    'CREATE UNIQUE INDEX "desk_mark_staff_id_item_key" ON "desk_mark" ("staff_id", "item_key")',
    'CREATE TABLE "activity" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(200) NOT NULL, "kind" VARCHAR(16) NOT NULL, "held_on" DATE NOT NULL, "place" VARCHAR(200) NOT NULL, "notes" TEXT NOT NULL, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "activity_held_on" ON "activity" ("held_on")',
    'CREATE INDEX "activity_created_by_id" ON "activity" ("created_by_id")',
    'CREATE TABLE "invitation" ("id" INTEGER NOT NULL PRIMARY KEY, "activity_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "status" VARCHAR(16) NOT NULL, "updated_at" DATETIME NOT NULL, "updated_by_id" INTEGER, FOREIGN KEY ("activity_id") REFERENCES "activity" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("updated_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "invitation_activity_id" ON "invitation" ("activity_id")',
    'CREATE INDEX "invitation_customer_id" ON "invitation" ("customer_id")',
    'CREATE INDEX "invitation_updated_by_id" ON "invitation" ("updated_by_id")',
    'CREATE UNIQUE INDEX "invitation_activity_id_customer_id" ON "invitation" ("activity_id", "customer_id")',
    'CREATE TABLE "holiday_year" ("id" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "text" TEXT NOT NULL, "entered_by_id" INTEGER, "entered_at" DATETIME NOT NULL, FOREIGN KEY ("entered_by_id") REFERENCES "staff" ("id"))',
    'CREATE UNIQUE INDEX "holiday_year_year" ON "holiday_year" ("year")',
    'CREATE INDEX "holiday_year_entered_by_id" ON "holiday_year" ("entered_by_id")',
]

V3_POSTGRES = [
    'ALTER TABLE "customer" ADD COLUMN "verified_at" TIMESTAMP',
    'ALTER TABLE "customer" ADD COLUMN "verified_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "customer" ADD COLUMN "last_contact_on" DATE',
    'ALTER TABLE "customer" ADD COLUMN "page1_at" TIMESTAMP',
    'ALTER TABLE "contact" ADD COLUMN "birthday_leap" BOOLEAN NOT NULL DEFAULT FALSE',
    'ALTER TABLE "follow_up" ADD COLUMN "note" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "follow_up" ADD COLUMN "outcome" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "follow_up" ADD COLUMN "created_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "follow_up" ADD COLUMN "source_event_id" INTEGER REFERENCES "event" ("id") ON DELETE SET NULL',
    'ALTER TABLE "follow_up" ADD COLUMN "done_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "follow_up" ADD COLUMN "dismissed_at" TIMESTAMP',
    'ALTER TABLE "follow_up" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1',
    'CREATE INDEX "customer_owner_id_classification_last_contact_on" ON "customer" ("owner_id", "classification", "last_contact_on")',
    'CREATE INDEX "customer_verified_by_id" ON "customer" ("verified_by_id")',
    'CREATE INDEX "follow_up_created_by_id" ON "follow_up" ("created_by_id")',
    'CREATE INDEX "follow_up_source_event_id" ON "follow_up" ("source_event_id")',
    'CREATE INDEX "follow_up_done_by_id" ON "follow_up" ("done_by_id")',
    'CREATE TABLE "reminder_date" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "contact_id" INTEGER, "kind" VARCHAR(16) NOT NULL, "next_on" DATE NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "reminder_date_customer_id" ON "reminder_date" ("customer_id")',
    'CREATE INDEX "reminder_date_contact_id" ON "reminder_date" ("contact_id")',
    'CREATE INDEX "reminder_date_next_on" ON "reminder_date" ("next_on")',
    'CREATE UNIQUE INDEX "reminder_date_customer_id_contact_id_kind" ON "reminder_date" ("customer_id", "contact_id", "kind")',
    'CREATE TABLE "desk_mark" ("id" SERIAL NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "item_key" VARCHAR(120) NOT NULL, "state" VARCHAR(16) NOT NULL, "until" DATE, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "desk_mark_staff_id" ON "desk_mark" ("staff_id")',
    'CREATE UNIQUE INDEX "desk_mark_staff_id_item_key" ON "desk_mark" ("staff_id", "item_key")',
    'CREATE TABLE "activity" ("id" SERIAL NOT NULL PRIMARY KEY, "title" VARCHAR(200) NOT NULL, "kind" VARCHAR(16) NOT NULL, "held_on" DATE NOT NULL, "place" VARCHAR(200) NOT NULL, "notes" TEXT NOT NULL, "created_by_id" INTEGER, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "activity_held_on" ON "activity" ("held_on")',
    'CREATE INDEX "activity_created_by_id" ON "activity" ("created_by_id")',
    'CREATE TABLE "invitation" ("id" SERIAL NOT NULL PRIMARY KEY, "activity_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "status" VARCHAR(16) NOT NULL, "updated_at" TIMESTAMP NOT NULL, "updated_by_id" INTEGER, FOREIGN KEY ("activity_id") REFERENCES "activity" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("updated_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "invitation_activity_id" ON "invitation" ("activity_id")',
    'CREATE INDEX "invitation_customer_id" ON "invitation" ("customer_id")',
    'CREATE INDEX "invitation_updated_by_id" ON "invitation" ("updated_by_id")',
    'CREATE UNIQUE INDEX "invitation_activity_id_customer_id" ON "invitation" ("activity_id", "customer_id")',
    'CREATE TABLE "holiday_year" ("id" SERIAL NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "text" TEXT NOT NULL, "entered_by_id" INTEGER, "entered_at" TIMESTAMP NOT NULL, FOREIGN KEY ("entered_by_id") REFERENCES "staff" ("id"))',
    'CREATE UNIQUE INDEX "holiday_year_year" ON "holiday_year" ("year")',
    'CREATE INDEX "holiday_year_entered_by_id" ON "holiday_year" ("entered_by_id")',
]


# v5: complaints and after-sales records (issue 14): the record and its steps
V5_SQLITE = [
    'CREATE TABLE "service_record" ("id" INTEGER NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "kind" VARCHAR(8) NOT NULL, "customer_id" INTEGER NOT NULL, "title" VARCHAR(200) NOT NULL, "content" TEXT NOT NULL, "demand" TEXT NOT NULL, "product" VARCHAR(200) NOT NULL, "severity" VARCHAR(8) NOT NULL, "channel" VARCHAR(8) NOT NULL, "complainant" VARCHAR(100) NOT NULL, "complainant_contact" VARCHAR(200) NOT NULL, "received_at" DATETIME NOT NULL, "status" VARCHAR(8) NOT NULL, "assignee_id" INTEGER, "opened_by_id" INTEGER, "verdict" VARCHAR(12) NOT NULL, "verdict_reason" TEXT NOT NULL, "category" VARCHAR(8) NOT NULL, "responsible_dept" VARCHAR(100) NOT NULL, "resolution" TEXT NOT NULL, "corrective" TEXT NOT NULL, "preventive" TEXT NOT NULL, "feedback_told" TEXT NOT NULL, "satisfaction" INTEGER, "appointment_at" DATETIME, "address" VARCHAR(300) NOT NULL, "warranty" VARCHAR(4) NOT NULL, "item" VARCHAR(200) NOT NULL, "return_reason" TEXT NOT NULL, "first_response_at" DATETIME, "resolved_at" DATETIME, "feedback_at" DATETIME, "closed_at" DATETIME, "respond_by" DATETIME, "resolve_by" DATETIME, "missed_response" INTEGER NOT NULL, "missed_resolution" INTEGER NOT NULL, "reopen_count" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("assignee_id") REFERENCES "staff" ("id"), FOREIGN KEY ("opened_by_id") REFERENCES "staff" ("id"))',
    'CREATE UNIQUE INDEX "service_record_number" ON "service_record" ("number")',
    'CREATE INDEX "service_record_customer_id" ON "service_record" ("customer_id")',
    'CREATE INDEX "service_record_received_at" ON "service_record" ("received_at")',
    'CREATE INDEX "service_record_status" ON "service_record" ("status")',
    'CREATE INDEX "service_record_assignee_id" ON "service_record" ("assignee_id")',
    'CREATE INDEX "service_record_opened_by_id" ON "service_record" ("opened_by_id")',
    'CREATE INDEX "service_record_resolve_by" ON "service_record" ("resolve_by")',
    'CREATE TABLE "service_step" ("id" INTEGER NOT NULL PRIMARY KEY, "record_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "actor_id" INTEGER, "action" VARCHAR(12) NOT NULL, "status" VARCHAR(8) NOT NULL, "note" TEXT NOT NULL, "event_id" INTEGER, FOREIGN KEY ("record_id") REFERENCES "service_record" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "staff" ("id"), FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "service_step_record_id" ON "service_step" ("record_id")',
    'CREATE INDEX "service_step_actor_id" ON "service_step" ("actor_id")',
    'CREATE INDEX "service_step_event_id" ON "service_step" ("event_id")',
]
V5_POSTGRES = [
    'CREATE TABLE "service_record" ("id" SERIAL NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "kind" VARCHAR(8) NOT NULL, "customer_id" INTEGER NOT NULL, "title" VARCHAR(200) NOT NULL, "content" TEXT NOT NULL, "demand" TEXT NOT NULL, "product" VARCHAR(200) NOT NULL, "severity" VARCHAR(8) NOT NULL, "channel" VARCHAR(8) NOT NULL, "complainant" VARCHAR(100) NOT NULL, "complainant_contact" VARCHAR(200) NOT NULL, "received_at" TIMESTAMP NOT NULL, "status" VARCHAR(8) NOT NULL, "assignee_id" INTEGER, "opened_by_id" INTEGER, "verdict" VARCHAR(12) NOT NULL, "verdict_reason" TEXT NOT NULL, "category" VARCHAR(8) NOT NULL, "responsible_dept" VARCHAR(100) NOT NULL, "resolution" TEXT NOT NULL, "corrective" TEXT NOT NULL, "preventive" TEXT NOT NULL, "feedback_told" TEXT NOT NULL, "satisfaction" INTEGER, "appointment_at" TIMESTAMP, "address" VARCHAR(300) NOT NULL, "warranty" VARCHAR(4) NOT NULL, "item" VARCHAR(200) NOT NULL, "return_reason" TEXT NOT NULL, "first_response_at" TIMESTAMP, "resolved_at" TIMESTAMP, "feedback_at" TIMESTAMP, "closed_at" TIMESTAMP, "respond_by" TIMESTAMP, "resolve_by" TIMESTAMP, "missed_response" BOOLEAN NOT NULL, "missed_resolution" BOOLEAN NOT NULL, "reopen_count" INTEGER NOT NULL, "created_at" TIMESTAMP NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("assignee_id") REFERENCES "staff" ("id"), FOREIGN KEY ("opened_by_id") REFERENCES "staff" ("id"))',
    'CREATE UNIQUE INDEX "service_record_number" ON "service_record" ("number")',
    'CREATE INDEX "service_record_customer_id" ON "service_record" ("customer_id")',
    'CREATE INDEX "service_record_received_at" ON "service_record" ("received_at")',
    'CREATE INDEX "service_record_status" ON "service_record" ("status")',
    'CREATE INDEX "service_record_assignee_id" ON "service_record" ("assignee_id")',
    'CREATE INDEX "service_record_opened_by_id" ON "service_record" ("opened_by_id")',
    'CREATE INDEX "service_record_resolve_by" ON "service_record" ("resolve_by")',
    'CREATE TABLE "service_step" ("id" SERIAL NOT NULL PRIMARY KEY, "record_id" INTEGER NOT NULL, "at" TIMESTAMP NOT NULL, "actor_id" INTEGER, "action" VARCHAR(12) NOT NULL, "status" VARCHAR(8) NOT NULL, "note" TEXT NOT NULL, "event_id" INTEGER, FOREIGN KEY ("record_id") REFERENCES "service_record" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "staff" ("id"), FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "service_step_record_id" ON "service_step" ("record_id")',
    'CREATE INDEX "service_step_actor_id" ON "service_step" ("actor_id")',
    'CREATE INDEX "service_step_event_id" ON "service_step" ("event_id")',
]


# v6: customer value (issue 16): company identity and the merge pointer on the customer,
# class history, nurturing plans and their steps
_V6_CUSTOMER_COLUMNS = [
    'ALTER TABLE "customer" ADD COLUMN "credit_code" VARCHAR(18) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "customer" ADD COLUMN "legal_rep" VARCHAR(100) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "customer" ADD COLUMN "registered_capital" VARCHAR(100) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "customer" ADD COLUMN "invoice_title" VARCHAR(200) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "customer" ADD COLUMN "invoice_tax_id" VARCHAR(32) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "customer" ADD COLUMN "invoice_address_phone" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "customer" ADD COLUMN "invoice_bank_account" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "customer" ADD COLUMN "merged_into_id" INTEGER REFERENCES "customer" ("id") ON DELETE SET NULL',
    'CREATE INDEX "customer_credit_code" ON "customer" ("credit_code")',
    'CREATE INDEX "customer_merged_into_id" ON "customer" ("merged_into_id")',
]
_V6_INDEXES = [
    'CREATE INDEX "class_change_customer_id" ON "class_change" ("customer_id")',
    'CREATE INDEX "class_change_changed_by_id" ON "class_change" ("changed_by_id")',
    'CREATE INDEX "nurture_plan_customer_id" ON "nurture_plan" ("customer_id")',
    'CREATE INDEX "nurture_plan_created_by_id" ON "nurture_plan" ("created_by_id")',
    'CREATE INDEX "nurture_step_plan_id" ON "nurture_step" ("plan_id")',
    'CREATE INDEX "nurture_step_task_id" ON "nurture_step" ("task_id")',
]
V6_SQLITE = _V6_CUSTOMER_COLUMNS + [
    'CREATE TABLE "class_change" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "from_cls" VARCHAR(1) NOT NULL, "to_cls" VARCHAR(1) NOT NULL, "changed_by_id" INTEGER, "source" VARCHAR(16) NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("changed_by_id") REFERENCES "staff" ("id"))',
    'CREATE TABLE "nurture_plan" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "goal" TEXT NOT NULL, "decision_maker" VARCHAR(100) NOT NULL, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, "status" VARCHAR(16) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE TABLE "nurture_step" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "title" VARCHAR(200) NOT NULL, "channel" VARCHAR(16) NOT NULL, "due_on" DATE NOT NULL, "task_id" INTEGER, FOREIGN KEY ("plan_id") REFERENCES "nurture_plan" ("id") ON DELETE CASCADE, FOREIGN KEY ("task_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL)',
] + _V6_INDEXES
V6_POSTGRES = _V6_CUSTOMER_COLUMNS + [
    'CREATE TABLE "class_change" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "at" TIMESTAMP NOT NULL, "from_cls" VARCHAR(1) NOT NULL, "to_cls" VARCHAR(1) NOT NULL, "changed_by_id" INTEGER, "source" VARCHAR(16) NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("changed_by_id") REFERENCES "staff" ("id"))',
    'CREATE TABLE "nurture_plan" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "goal" TEXT NOT NULL, "decision_maker" VARCHAR(100) NOT NULL, "created_by_id" INTEGER, "created_at" TIMESTAMP NOT NULL, "status" VARCHAR(16) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE TABLE "nurture_step" ("id" SERIAL NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "title" VARCHAR(200) NOT NULL, "channel" VARCHAR(16) NOT NULL, "due_on" DATE NOT NULL, "task_id" INTEGER, FOREIGN KEY ("plan_id") REFERENCES "nurture_plan" ("id") ON DELETE CASCADE, FOREIGN KEY ("task_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL)',
] + _V6_INDEXES

# v7: satisfaction surveys, questionnaires with versions, service goals (issue 15)
V7_SQLITE = [
    'CREATE TABLE "survey_template" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "version" INTEGER NOT NULL, "current" INTEGER NOT NULL, "nps_question" VARCHAR(200) NOT NULL, "auto_followup" INTEGER NOT NULL, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "survey_template_created_by_id" ON "survey_template" ("created_by_id")',
    'CREATE UNIQUE INDEX "survey_template_name_version" ON "survey_template" ("name", "version")',
    'CREATE TABLE "survey_question" ("id" INTEGER NOT NULL PRIMARY KEY, "template_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "text" VARCHAR(200) NOT NULL, "indicator" VARCHAR(32) NOT NULL, FOREIGN KEY ("template_id") REFERENCES "survey_template" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "survey_question_template_id" ON "survey_question" ("template_id")',
    'CREATE TABLE "survey" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "contact_id" INTEGER, "template_id" INTEGER NOT NULL, "kind" VARCHAR(8) NOT NULL, "channel" VARCHAR(8) NOT NULL, "survey_date" DATE NOT NULL, "nps" INTEGER, "comment" TEXT NOT NULL, "service_record_id" INTEGER, "event_id" INTEGER, "recorded_by_id" INTEGER, "recorded_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("template_id") REFERENCES "survey_template" ("id"), FOREIGN KEY ("service_record_id") REFERENCES "service_record" ("id") ON DELETE SET NULL, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "survey_customer_id" ON "survey" ("customer_id")',
    'CREATE INDEX "survey_contact_id" ON "survey" ("contact_id")',
    'CREATE INDEX "survey_template_id" ON "survey" ("template_id")',
    'CREATE INDEX "survey_survey_date" ON "survey" ("survey_date")',
    'CREATE INDEX "survey_service_record_id" ON "survey" ("service_record_id")',
    'CREATE INDEX "survey_event_id" ON "survey" ("event_id")',
    'CREATE INDEX "survey_recorded_by_id" ON "survey" ("recorded_by_id")',
    'CREATE TABLE "survey_answer" ("id" INTEGER NOT NULL PRIMARY KEY, "survey_id" INTEGER NOT NULL, "question_id" INTEGER, "indicator" VARCHAR(32) NOT NULL, "score" INTEGER NOT NULL, FOREIGN KEY ("survey_id") REFERENCES "survey" ("id") ON DELETE CASCADE, FOREIGN KEY ("question_id") REFERENCES "survey_question" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "survey_answer_survey_id" ON "survey_answer" ("survey_id")',
    'CREATE INDEX "survey_answer_question_id" ON "survey_answer" ("question_id")',
    'CREATE TABLE "quality_goal" ("id" INTEGER NOT NULL PRIMARY KEY, "metric" VARCHAR(32) NOT NULL, "target" REAL NOT NULL, "unit" VARCHAR(16) NOT NULL, "period" VARCHAR(8) NOT NULL, "active" INTEGER NOT NULL, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "quality_goal_created_by_id" ON "quality_goal" ("created_by_id")',
]
V7_POSTGRES = [
    'CREATE TABLE "survey_template" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "version" INTEGER NOT NULL, "current" BOOLEAN NOT NULL, "nps_question" VARCHAR(200) NOT NULL, "auto_followup" BOOLEAN NOT NULL, "created_by_id" INTEGER, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "survey_template_created_by_id" ON "survey_template" ("created_by_id")',
    'CREATE UNIQUE INDEX "survey_template_name_version" ON "survey_template" ("name", "version")',
    'CREATE TABLE "survey_question" ("id" SERIAL NOT NULL PRIMARY KEY, "template_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "text" VARCHAR(200) NOT NULL, "indicator" VARCHAR(32) NOT NULL, FOREIGN KEY ("template_id") REFERENCES "survey_template" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "survey_question_template_id" ON "survey_question" ("template_id")',
    'CREATE TABLE "survey" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "contact_id" INTEGER, "template_id" INTEGER NOT NULL, "kind" VARCHAR(8) NOT NULL, "channel" VARCHAR(8) NOT NULL, "survey_date" DATE NOT NULL, "nps" INTEGER, "comment" TEXT NOT NULL, "service_record_id" INTEGER, "event_id" INTEGER, "recorded_by_id" INTEGER, "recorded_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("template_id") REFERENCES "survey_template" ("id"), FOREIGN KEY ("service_record_id") REFERENCES "service_record" ("id") ON DELETE SET NULL, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "survey_customer_id" ON "survey" ("customer_id")',
    'CREATE INDEX "survey_contact_id" ON "survey" ("contact_id")',
    'CREATE INDEX "survey_template_id" ON "survey" ("template_id")',
    'CREATE INDEX "survey_survey_date" ON "survey" ("survey_date")',
    'CREATE INDEX "survey_service_record_id" ON "survey" ("service_record_id")',
    'CREATE INDEX "survey_event_id" ON "survey" ("event_id")',
    'CREATE INDEX "survey_recorded_by_id" ON "survey" ("recorded_by_id")',
    'CREATE TABLE "survey_answer" ("id" SERIAL NOT NULL PRIMARY KEY, "survey_id" INTEGER NOT NULL, "question_id" INTEGER, "indicator" VARCHAR(32) NOT NULL, "score" INTEGER NOT NULL, FOREIGN KEY ("survey_id") REFERENCES "survey" ("id") ON DELETE CASCADE, FOREIGN KEY ("question_id") REFERENCES "survey_question" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "survey_answer_survey_id" ON "survey_answer" ("survey_id")',
    'CREATE INDEX "survey_answer_question_id" ON "survey_answer" ("question_id")',
    'CREATE TABLE "quality_goal" ("id" SERIAL NOT NULL PRIMARY KEY, "metric" VARCHAR(32) NOT NULL, "target" REAL NOT NULL, "unit" VARCHAR(16) NOT NULL, "period" VARCHAR(8) NOT NULL, "active" BOOLEAN NOT NULL, "created_by_id" INTEGER, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "quality_goal_created_by_id" ON "quality_goal" ("created_by_id")',
]

# v8 (the desk's step): covering indexes for
# the 今日 page, so neither list reads a row per card it does not show — a custodian's active
# cards with what cadence and stale cards look at (id last: PostgreSQL's index-only scan), a
# customer's reminder dates by day (SQLite goes from the cards to their dates) and the days'
# reminder dates with their customers (PostgreSQL hashes the day's dates against the cards).
V8_DESK_INDEXES = [
    'CREATE INDEX IF NOT EXISTS customer_desk ON customer (owner_id, status, classification, '
    'last_contact_on, created_at, page1_at, verified_at, id)',
    'CREATE INDEX IF NOT EXISTS reminder_date_customer_next ON reminder_date (customer_id, next_on, kind, '
    'contact_id)',
    'CREATE INDEX IF NOT EXISTS reminder_date_next_cover ON reminder_date (next_on, customer_id, kind, '
    'contact_id)',
]

_V9_LIST_INDEXES = [
    f'CREATE INDEX IF NOT EXISTS "customer_status_{col}" ON "customer" ("status", "{col}")'
    for col in ("updated_at", "code", "name", "classification", "industry")] + [
    'CREATE INDEX IF NOT EXISTS "customer_owner_id_status_updated_at" ON "customer" ("owner_id", "status", "updated_at")']

# v9: the search index (issue #13; models/archive/search_text.py says what it holds) and an
# index for sorting the list by industry. SQLite: a contentless FTS5 table of hex-coded
# grams plus its vocabulary (document counts per gram); the back-fill is the step's Python
# part (search_text.rebuild_index). PostgreSQL: a GIN expression index over the grams of
# the column itself — it builds and maintains itself.
V9_SQLITE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS customer_search USING fts5("
    "grams, content='', detail=none, tokenize='ascii')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS customer_search_vocab USING fts5vocab(customer_search, 'row')",
    'CREATE INDEX IF NOT EXISTS "customer_industry" ON "customer" ("industry")',
] + _V9_LIST_INDEXES
V9_POSTGRES = [
    """CREATE OR REPLACE FUNCTION search_grams(t text) RETURNS text[]
       LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT coalesce(array_agg(DISTINCT substr(p, i, n)), '{}'::text[])
       FROM unnest(string_to_array(t, chr(31))) AS p,
            generate_series(1, char_length(p)) AS i, (VALUES (1), (2), (3)) AS k(n)
       WHERE i + n - 1 <= char_length(p) $$""",
    "CREATE INDEX IF NOT EXISTS customer_search_grams ON customer USING gin (search_grams(search_text))",
    'CREATE INDEX IF NOT EXISTS "customer_industry" ON "customer" ("industry")',
] + _V9_LIST_INDEXES

# v10: the name's pinyin sort key (issue 12; models/foundation/name_order.py says what it holds)
# and the list's index for sorting by it within a status, id last (the keyset's tie-break;
# PostgreSQL's index-only order). PostgreSQL compares the ASCII key byte by byte (COLLATE
# "C"), as SQLite's BINARY does. The indexes come after the step's back-fill.
V10_SQLITE_COLUMN = 'ALTER TABLE "customer" ADD COLUMN "name_sort" TEXT NOT NULL DEFAULT \'\''
V10_POSTGRES_COLUMN = 'ALTER TABLE "customer" ADD COLUMN "name_sort" TEXT NOT NULL DEFAULT \'\' COLLATE "C"'
V10_INDEXES = [
    'CREATE INDEX IF NOT EXISTS "customer_status_name_sort_id" ON "customer" ("status", "name_sort", "id")',
    # an agent's own cards by name (customer_list merges them with their grants)
    'CREATE INDEX IF NOT EXISTS "customer_owner_id_status_name_sort_id" ON "customer" '
    '("owner_id", "status", "name_sort", "id")',
]

# v11: an agent's own cards in the list's other sorts (issue #13): with 100,000 cards of their
# own (a 1,000,000-card archive) the list sorted by 客户编号, 分类, 所属行业 or 状态 walked the
# (status, X) index probing a list of everything they see (145–245 ms a page); these let
# customer_list read their own cards in order and merge the grants, as by 最后更新 and name.
# Also: the list's sort columns compare by code point on PostgreSQL too (COLLATE "C"; a
# locale's collation, which Python cannot reproduce, made those sorts one query over all an
# agent sees), and the manager's (status, class / industry) indexes end in id, which
# PostgreSQL's do not by themselves (a page sorted by 分类 sorted a third of the archive);
# (status, name) goes: nothing has read it since the list sorts by the pinyin key (v10).
V11_POSTGRES_COLLATION = [
    'ALTER TABLE "customer" ALTER COLUMN "code" TYPE VARCHAR(32) COLLATE "C"',
    'ALTER TABLE "customer" ALTER COLUMN "industry" TYPE VARCHAR(100) COLLATE "C"',
    'ALTER TABLE "customer" ALTER COLUMN "classification" TYPE VARCHAR(1) COLLATE "C"',
    'ALTER TABLE "customer" ALTER COLUMN "status" TYPE VARCHAR(16) COLLATE "C"',
]
V11_INDEXES = [
    'DROP INDEX IF EXISTS "customer_status_name"',   # the list sorts by name_sort since v10
    'DROP INDEX IF EXISTS "customer_status_classification"',
    'DROP INDEX IF EXISTS "customer_status_industry"',
    'CREATE INDEX IF NOT EXISTS "customer_status_classification_id" ON "customer" ("status", "classification", "id")',
    'CREATE INDEX IF NOT EXISTS "customer_status_industry_id" ON "customer" ("status", "industry", "id")',
    'CREATE INDEX IF NOT EXISTS "customer_owner_id_status_code_id" ON "customer" ("owner_id", "status", "code", "id")',
    'CREATE INDEX IF NOT EXISTS "customer_owner_id_status_classification_id" ON "customer" '
    '("owner_id", "status", "classification", "id")',
    'CREATE INDEX IF NOT EXISTS "customer_owner_id_status_industry_id" ON "customer" '
    '("owner_id", "status", "industry", "id")',
    'CREATE INDEX IF NOT EXISTS "customer_owner_id_status_id" ON "customer" ("owner_id", "status", "id")',
]
