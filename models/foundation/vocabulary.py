"""The archive's vocabulary: codes stored in the database and the Chinese words users see.

A leaf module (no peewee, no Qt): the UI, the exports and the tables all take their
enums and labels from here.
"""
from __future__ import annotations

ROLES = ("agent", "manager", "staff")
ROLE_LABELS = {"agent": "客服专员", "manager": "客服主管", "staff": "业务人员"}
STAFF_STATUSES = ("active", "disabled", "frozen", "departed")
STAFF_STATUS_LABELS = {"active": "在职", "disabled": "已停用", "frozen": "交接中（冻结）", "departed": "离职"}
KINDS = ("company", "individual")
KIND_LABELS = {"company": "企业", "individual": "个人"}
CLASSES = ("A", "B", "C")
CLASS_LABELS = {"A": "A 重要客户", "B": "B 潜力客户", "C": "C 一般客户"}
SOURCE_CHANNELS = ("名片", "宣传资料", "报纸广告", "黄页", "企业网站", "企业内部资料", "转介绍", "其他")
CUSTOMER_STATUSES = ("active", "archived")
CUSTOMER_STATUS_LABELS = {"active": "正常", "archived": "已归档"}
PROJECT_STATUSES = ("洽谈中", "进行中", "已完成", "已终止")
EVENT_CATEGORIES = ("合作契机", "分店成立", "合作宣传", "公司走势", "投诉", "回访", "节日问候", "跟进",
                    "活动邀请", "售后服务", "满意度调查", "其他")
SCOPES = ("view", "sensitive", "edit", "export")
SCOPE_LABELS = {"view": "查看", "sensitive": "敏感信息", "edit": "编辑", "export": "打印/导出"}
REQUEST_STATUSES = ("pending", "approved", "rejected", "cancelled")
REQUEST_STATUS_LABELS = {"pending": "待审批", "approved": "已批准", "rejected": "已拒绝", "cancelled": "已取消"}
HANDOVER_STATUSES = ("open", "executed", "complete")

FIELD_LABELS = {
    "name": "客户名称", "kind": "类型", "organization": "组织机构", "industry": "所属行业",
    "industry_status": "行业地位", "founded_on": "成立日期", "address": "地址", "phone": "电话",
    "fax": "传真", "email": "电子邮箱", "wechat": "微信", "website": "网站",
    "source_channel": "信息来源", "cls": "客户分类", "classification": "客户分类", "notes": "备注", "owner": "负责客服",
    "status": "状态", "code": "客户编号",
    "credit_code": "统一社会信用代码", "legal_rep": "法定代表人", "registered_capital": "注册资本",
    "invoice_title": "开票名称", "invoice_tax_id": "税号", "invoice_address_phone": "开票地址电话",
    "invoice_bank_account": "开户行及账号",
}

CONTACT_LABELS = {
    "name": "姓名", "title": "职务", "role_in_org": "在机构中的作用", "phone": "电话",
    "mobile": "手机", "email": "电子邮箱", "wechat": "微信", "birthday": "生日",
    "family": "家庭", "personality": "性格分析", "hobbies": "兴趣爱好",
    "relationships": "人际关系与交际圈", "is_primary": "主要联系人",
}
SENSITIVE_FIELDS = ("birthday", "family", "personality", "hobbies", "relationships")
HIDDEN = "（敏感字段，已隐藏）"
PROJECT_LABELS = {"name": "项目名称", "started_on": "开始日期", "ended_on": "结束日期",
                  "amount": "金额", "status": "状态", "notes": "说明"}

EVENT_LABELS = {"event_date": "日期", "category": "类别", "title": "标题", "content": "内容",
          "source_department": "来源部门"}

HANDOVER_STATUS_LABELS = {"open": "待执行", "executed": "待接收确认", "complete": "已完成"}

AUDIT_ACTION_LABELS = {
    "add_task": "新建待办", "complete_task": "完成待办", "dismiss_task": "取消待办",
    "verify_card": "核实客户资料", "greet": "节日问候", "desk_dates_shown": "查看今日提醒（含个人日期）",
    "desk_mark": "处理今日提醒", "add_activity": "新建公司活动", "invite": "邀请客户",
    "invitation_reply": "记录活动回复", "holiday_schedule": "录入节假日安排", "update_activity": "修改公司活动",
    "login": "登录", "login_failed": "登录失败", "logout": "退出", "lock": "锁定", "unlock": "解锁",
    "view_card": "查看客户卡", "reveal_sensitive": "查看敏感信息", "create_customer": "新建客户",
    "update_customer": "修改客户", "archive_customer": "归档客户", "restore_customer": "恢复客户",
    "add_contact": "添加联系人", "update_contact": "修改联系人", "remove_contact": "删除联系人",
    "add_project": "添加合作项目", "update_project": "修改合作项目", "remove_project": "删除合作项目",
    "add_event": "添加重要事项", "edit_event": "更正重要事项", "report_event": "报告重要事项",
    "export_excel": "导出 Excel", "export_pdf": "打印/导出 PDF", "import": "导入",
    "import_dry_run": "导入检查（试运行）", "import_refused": "导入未通过检查（未写入）",
    "request_access": "申请查阅", "approve_request": "批准申请", "reject_request": "拒绝申请",
    "cancel_request": "取消申请", "grant": "授权", "revoke": "撤销授权",
    "handover_start": "发起交接", "handover_execute": "执行交接", "handover_confirm": "接收确认",
    "handover_complete": "交接完成", "create_user": "新建账号", "update_user": "修改账号",
    "change_password": "修改密码", "backup": "备份", "settings": "修改设置", "init": "初始化档案",
    "demo_data": "生成演示数据", "access_denied": "拒绝访问", "disable_user": "停用账号",
    "enable_user": "启用账号", "reset_password": "重置密码", "unlock_account": "解除登录锁定",
    "audit_checkpoint": "审计检查点", "audit_head_reset": "旧审计摘要另存", "restore": "从备份恢复",
    "service_open": "受理服务单", "service_judge": "投诉判断", "service_assign": "指派服务单",
    "service_step": "处理服务单", "service_feedback": "服务单回访", "service_close": "关闭服务单",
    "service_reopen": "重新打开服务单", "service_print": "打印服务单", "service_export": "导出服务单",
    "service_report": "导出服务报告",
}


TASK_STATES = ("open", "done", "dismissed", "overdue")
TASK_STATE_LABELS = {"open": "待办", "done": "已完成", "dismissed": "已取消", "overdue": "已逾期"}
GREETING_CHANNELS = ("短信", "微信", "电话", "贺卡", "礼品", "邮件")
ACTIVITY_KINDS = ("年会", "庆典", "客户联谊会", "其他")
INVITATION_STATUSES = ("pending", "invited", "accepted", "declined", "attended", "absent")
INVITATION_STATUS_LABELS = {"pending": "待邀请", "invited": "已邀请", "accepted": "已接受",
                            "declined": "已谢绝", "attended": "已出席", "absent": "未出席"}
DESK_KINDS = ("birthday", "anniversary", "festival", "task", "cadence", "stale", "event")
DESK_KIND_LABELS = {"birthday": "生日", "anniversary": "纪念日", "festival": "节日", "task": "待办",
                    "cadence": "待联系", "stale": "待核实", "event": "公司活动"}

# ---- service records (投诉与售后服务单, issue 14) ----
SERVICE_KINDS = ("投诉", "送货", "安装", "退换", "维修", "保养", "培训", "咨询")
AFTER_SALES_KINDS = ("送货", "安装", "退换", "维修", "保养", "培训")
APPOINTMENT_KINDS = ("送货", "安装", "维修", "保养", "培训")   # carry an appointment and address
# number prefixes: TS 投诉, SH the six after-sales services, ZX 咨询 (then year and a sequence)
SERVICE_PREFIXES = {"投诉": "TS", **{k: "SH" for k in AFTER_SALES_KINDS}, "咨询": "ZX"}
SEVERITIES = ("一般", "重大", "紧急")
SERVICE_CHANNELS = ("电话", "上门", "信函", "邮件", "微信", "网站", "其他")
SERVICE_STATUSES = ("已受理", "处理中", "待客户", "已解决", "已回访", "已关闭")
OPEN_SERVICE_STATUSES = ("已受理", "处理中", "待客户")
VERDICTS = ("justified", "partly", "unjustified")
VERDICT_LABELS = {"justified": "有效投诉", "partly": "部分有效", "unjustified": "无效投诉"}
COMPLAINT_CATEGORIES = ("服务态度", "服务质量", "产品质量", "配送", "价格", "其他")
SATISFACTION_LABELS = {1: "很不满意", 2: "不满意", 3: "一般", 4: "满意", 5: "很满意"}
WARRANTY_LABELS = {"in": "保修期内", "out": "保修期外", "": ""}
SERVICE_STEP_LABELS = {"open": "受理", "judge": "判断", "assign": "指派", "status": "处理",
                       "feedback": "回访", "close": "关闭", "reopen": "重新打开"}

# satisfaction surveys (issue 15)
SATISFACTION_GROUPINGS = ("indicator", "class", "custodian", "industry", "month")   # `satisfaction --by`
# service goal metrics: code -> (label, unit, which way is better)
QUALITY_METRICS = {
    "csat": ("满意度 CSAT（4、5 分占比）", "%", "higher"),
    "average": ("平均分（1–5）", "分", "higher"),
    "nps": ("净推荐值 NPS", "", "higher"),
    "first_response_hours": ("首次响应时间中位数", "工作小时", "lower"),
    "resolve_hours": ("解决时间中位数", "工作小时", "lower"),
    "on_time": ("按期解决率", "%", "higher"),
    "cadence": ("按周期联系率", "%", "higher"),
    "complaints_per_100": ("每百客户投诉数", "件", "lower"),
    "return_visits": ("完成回访数", "次", "higher"),
}
SURVEY_CHANNELS = ("电话", "问卷", "信函", "网络", "上门")
SURVEY_KINDS = ("满意度调查", "回访")
DEFAULT_INDICATORS = ("产品质量", "服务质量", "价格", "交付及时性", "投诉处理")
GOAL_PERIODS = ("month", "quarter")
AUDIT_ACTION_LABELS.update({
    "survey_record": "记录满意度调查", "survey_template": "设置问卷", "goal_add": "新增服务目标",
    "monthly_report": "生成月度服务报告", "survey_import": "导入满意度调查",
    "survey_import_dry_run": "满意度调查导入检查（试运行）",
    "survey_import_refused": "满意度调查导入未通过检查（未写入）"})
# customer value (issue 16)
AUDIT_ACTION_LABELS.update({
    "change_class": "调整客户分类", "keep_class": "保留客户分类", "set_class_rules": "设置分类规则",
    "export_pareto": "导出二八分析", "merge_customer": "合并客户", "add_plan": "新建培育计划"})

# what an import does with a row matching an existing card (`import --on-duplicate`)
IMPORT_DUPLICATE_CHOICES = ("skip", "update", "fail")

# company identity on page 1 (issue 16): 统一社会信用代码, 法定代表人, 注册资本, 开票信息
IDENTITY_FIELDS = ("credit_code", "legal_rep", "registered_capital", "invoice_title",
                   "invoice_tax_id", "invoice_address_phone", "invoice_bank_account")
