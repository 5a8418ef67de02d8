"""The core's labels as lupdate sees them (context "Vocabulary").

The core never imports Qt, so the Chinese labels it defines (models/foundation/vocabulary.py,
models/transfer/importing.DUPLICATE_LABELS, exports/xlsx_import.FIELD_LABELS, the mask hint
in models/foundation/dto.py) cannot be marked for lupdate where they are. They are repeated
here; the UI shows a core label through `core_label(text)`. tests/gui/test_translations.py fails
when a label in those tables is missing here (add the line it prints).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

LABELS = frozenset((
    # vocabulary.ROLE_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "客服专员"), QT_TRANSLATE_NOOP("Vocabulary", "客服主管"),
    QT_TRANSLATE_NOOP("Vocabulary", "业务人员"),
    # vocabulary.STAFF_STATUS_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "在职"), QT_TRANSLATE_NOOP("Vocabulary", "已停用"),
    QT_TRANSLATE_NOOP("Vocabulary", "交接中（冻结）"), QT_TRANSLATE_NOOP("Vocabulary", "离职"),
    # vocabulary.KIND_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "企业"), QT_TRANSLATE_NOOP("Vocabulary", "个人"),
    # vocabulary.CLASS_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "A 重要客户"), QT_TRANSLATE_NOOP("Vocabulary", "B 潜力客户"),
    QT_TRANSLATE_NOOP("Vocabulary", "C 一般客户"),
    # vocabulary.CUSTOMER_STATUS_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "正常"), QT_TRANSLATE_NOOP("Vocabulary", "已归档"),
    # vocabulary.SCOPE_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "查看"), QT_TRANSLATE_NOOP("Vocabulary", "敏感信息"),
    QT_TRANSLATE_NOOP("Vocabulary", "编辑"), QT_TRANSLATE_NOOP("Vocabulary", "打印/导出"),
    # vocabulary.REQUEST_STATUS_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "待审批"), QT_TRANSLATE_NOOP("Vocabulary", "已批准"),
    QT_TRANSLATE_NOOP("Vocabulary", "已拒绝"), QT_TRANSLATE_NOOP("Vocabulary", "已取消"),
    # vocabulary.HANDOVER_STATUS_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "待执行"), QT_TRANSLATE_NOOP("Vocabulary", "待接收确认"),
    QT_TRANSLATE_NOOP("Vocabulary", "已完成"),
    # vocabulary.FIELD_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "客户名称"), QT_TRANSLATE_NOOP("Vocabulary", "类型"),
    QT_TRANSLATE_NOOP("Vocabulary", "组织机构"), QT_TRANSLATE_NOOP("Vocabulary", "所属行业"),
    QT_TRANSLATE_NOOP("Vocabulary", "行业地位"), QT_TRANSLATE_NOOP("Vocabulary", "成立日期"),
    QT_TRANSLATE_NOOP("Vocabulary", "地址"), QT_TRANSLATE_NOOP("Vocabulary", "电话"),
    QT_TRANSLATE_NOOP("Vocabulary", "传真"), QT_TRANSLATE_NOOP("Vocabulary", "电子邮箱"),
    QT_TRANSLATE_NOOP("Vocabulary", "微信"), QT_TRANSLATE_NOOP("Vocabulary", "网站"),
    QT_TRANSLATE_NOOP("Vocabulary", "信息来源"), QT_TRANSLATE_NOOP("Vocabulary", "客户分类"),
    QT_TRANSLATE_NOOP("Vocabulary", "备注"), QT_TRANSLATE_NOOP("Vocabulary", "负责客服"),
    QT_TRANSLATE_NOOP("Vocabulary", "状态"), QT_TRANSLATE_NOOP("Vocabulary", "客户编号"),
    # vocabulary.CONTACT_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "姓名"), QT_TRANSLATE_NOOP("Vocabulary", "职务"),
    QT_TRANSLATE_NOOP("Vocabulary", "在机构中的作用"), QT_TRANSLATE_NOOP("Vocabulary", "手机"),
    QT_TRANSLATE_NOOP("Vocabulary", "生日"), QT_TRANSLATE_NOOP("Vocabulary", "家庭"),
    QT_TRANSLATE_NOOP("Vocabulary", "性格分析"), QT_TRANSLATE_NOOP("Vocabulary", "兴趣爱好"),
    QT_TRANSLATE_NOOP("Vocabulary", "人际关系与交际圈"), QT_TRANSLATE_NOOP("Vocabulary", "主要联系人"),
    # vocabulary.PROJECT_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "项目名称"), QT_TRANSLATE_NOOP("Vocabulary", "开始日期"),
    QT_TRANSLATE_NOOP("Vocabulary", "结束日期"), QT_TRANSLATE_NOOP("Vocabulary", "金额"),
    QT_TRANSLATE_NOOP("Vocabulary", "说明"),
    # vocabulary.EVENT_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "日期"), QT_TRANSLATE_NOOP("Vocabulary", "类别"),
    QT_TRANSLATE_NOOP("Vocabulary", "标题"), QT_TRANSLATE_NOOP("Vocabulary", "内容"),
    QT_TRANSLATE_NOOP("Vocabulary", "来源部门"),
    # vocabulary.AUDIT_ACTION_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "审计检查点"),
    QT_TRANSLATE_NOOP("Vocabulary", "旧审计摘要另存"), QT_TRANSLATE_NOOP("Vocabulary", "从备份恢复"),
    QT_TRANSLATE_NOOP("Vocabulary", "受理服务单"),
    QT_TRANSLATE_NOOP("Vocabulary", "投诉判断"),
    QT_TRANSLATE_NOOP("Vocabulary", "指派服务单"),
    QT_TRANSLATE_NOOP("Vocabulary", "处理服务单"),
    QT_TRANSLATE_NOOP("Vocabulary", "服务单回访"),
    QT_TRANSLATE_NOOP("Vocabulary", "关闭服务单"),
    QT_TRANSLATE_NOOP("Vocabulary", "重新打开服务单"),
    QT_TRANSLATE_NOOP("Vocabulary", "打印服务单"),
    QT_TRANSLATE_NOOP("Vocabulary", "导出服务单"),
    QT_TRANSLATE_NOOP("Vocabulary", "导出服务报告"),
    QT_TRANSLATE_NOOP("Vocabulary", "调整客户分类"),
    QT_TRANSLATE_NOOP("Vocabulary", "保留客户分类"),
    QT_TRANSLATE_NOOP("Vocabulary", "设置分类规则"),
    QT_TRANSLATE_NOOP("Vocabulary", "导出二八分析"),
    QT_TRANSLATE_NOOP("Vocabulary", "合并客户"),
    QT_TRANSLATE_NOOP("Vocabulary", "新建培育计划"),
    QT_TRANSLATE_NOOP("Vocabulary", "新建待办"),
    QT_TRANSLATE_NOOP("Vocabulary", "完成待办"),
    QT_TRANSLATE_NOOP("Vocabulary", "取消待办"),
    QT_TRANSLATE_NOOP("Vocabulary", "核实客户资料"),
    QT_TRANSLATE_NOOP("Vocabulary", "节日问候"),
    QT_TRANSLATE_NOOP("Vocabulary", "查看今日提醒（含个人日期）"),
    QT_TRANSLATE_NOOP("Vocabulary", "处理今日提醒"),
    QT_TRANSLATE_NOOP("Vocabulary", "新建公司活动"),
    QT_TRANSLATE_NOOP("Vocabulary", "修改公司活动"),
    QT_TRANSLATE_NOOP("Vocabulary", "邀请客户"),
    QT_TRANSLATE_NOOP("Vocabulary", "记录活动回复"),
    QT_TRANSLATE_NOOP("Vocabulary", "录入节假日安排"),
    QT_TRANSLATE_NOOP("Vocabulary", "登录"), QT_TRANSLATE_NOOP("Vocabulary", "登录失败"),
    QT_TRANSLATE_NOOP("Vocabulary", "退出"), QT_TRANSLATE_NOOP("Vocabulary", "锁定"),
    QT_TRANSLATE_NOOP("Vocabulary", "解锁"), QT_TRANSLATE_NOOP("Vocabulary", "查看客户卡"),
    QT_TRANSLATE_NOOP("Vocabulary", "查看敏感信息"), QT_TRANSLATE_NOOP("Vocabulary", "新建客户"),
    QT_TRANSLATE_NOOP("Vocabulary", "修改客户"), QT_TRANSLATE_NOOP("Vocabulary", "归档客户"),
    QT_TRANSLATE_NOOP("Vocabulary", "恢复客户"), QT_TRANSLATE_NOOP("Vocabulary", "添加联系人"),
    QT_TRANSLATE_NOOP("Vocabulary", "修改联系人"), QT_TRANSLATE_NOOP("Vocabulary", "删除联系人"),
    QT_TRANSLATE_NOOP("Vocabulary", "添加合作项目"), QT_TRANSLATE_NOOP("Vocabulary", "修改合作项目"),
    QT_TRANSLATE_NOOP("Vocabulary", "删除合作项目"), QT_TRANSLATE_NOOP("Vocabulary", "添加重要事项"),
    QT_TRANSLATE_NOOP("Vocabulary", "更正重要事项"), QT_TRANSLATE_NOOP("Vocabulary", "报告重要事项"),
    QT_TRANSLATE_NOOP("Vocabulary", "导出 Excel"), QT_TRANSLATE_NOOP("Vocabulary", "打印/导出 PDF"),
    QT_TRANSLATE_NOOP("Vocabulary", "导入"), QT_TRANSLATE_NOOP("Vocabulary", "申请查阅"),
    QT_TRANSLATE_NOOP("Vocabulary", "批准申请"), QT_TRANSLATE_NOOP("Vocabulary", "拒绝申请"),
    QT_TRANSLATE_NOOP("Vocabulary", "取消申请"), QT_TRANSLATE_NOOP("Vocabulary", "授权"),
    QT_TRANSLATE_NOOP("Vocabulary", "撤销授权"), QT_TRANSLATE_NOOP("Vocabulary", "发起交接"),
    QT_TRANSLATE_NOOP("Vocabulary", "执行交接"), QT_TRANSLATE_NOOP("Vocabulary", "接收确认"),
    QT_TRANSLATE_NOOP("Vocabulary", "交接完成"), QT_TRANSLATE_NOOP("Vocabulary", "新建账号"),
    QT_TRANSLATE_NOOP("Vocabulary", "修改账号"), QT_TRANSLATE_NOOP("Vocabulary", "修改密码"),
    QT_TRANSLATE_NOOP("Vocabulary", "备份"), QT_TRANSLATE_NOOP("Vocabulary", "修改设置"),
    QT_TRANSLATE_NOOP("Vocabulary", "初始化档案"), QT_TRANSLATE_NOOP("Vocabulary", "生成演示数据"),
    QT_TRANSLATE_NOOP("Vocabulary", "拒绝访问"), QT_TRANSLATE_NOOP("Vocabulary", "停用账号"),
    QT_TRANSLATE_NOOP("Vocabulary", "启用账号"), QT_TRANSLATE_NOOP("Vocabulary", "重置密码"),
    QT_TRANSLATE_NOOP("Vocabulary", "解除登录锁定"),
    # importing.DUPLICATE_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "跳过"), QT_TRANSLATE_NOOP("Vocabulary", "更新"),
    QT_TRANSLATE_NOOP("Vocabulary", "停止"),
    # xlsx_import.FIELD_LABELS (the import's field names)
    QT_TRANSLATE_NOOP("Vocabulary", "分类"), QT_TRANSLATE_NOOP("Vocabulary", "行业"),
    QT_TRANSLATE_NOOP("Vocabulary", "邮箱"), QT_TRANSLATE_NOOP("Vocabulary", "归档原因"),
    QT_TRANSLATE_NOOP("Vocabulary", "联系人"), QT_TRANSLATE_NOOP("Vocabulary", "联系人职务"),
    QT_TRANSLATE_NOOP("Vocabulary", "联系人手机"), QT_TRANSLATE_NOOP("Vocabulary", "联系人电话"),
    QT_TRANSLATE_NOOP("Vocabulary", "联系人邮箱"), QT_TRANSLATE_NOOP("Vocabulary", "联系人生日"),
    # dto.MASK_HINT
    QT_TRANSLATE_NOOP("Vocabulary", "权限不足"),
    # the service records (SERVICE_KINDS, SEVERITIES, SERVICE_CHANNELS, SERVICE_STATUSES,
    # VERDICT_LABELS, COMPLAINT_CATEGORIES, SATISFACTION_LABELS, WARRANTY_LABELS, SERVICE_STEP_LABELS)
    QT_TRANSLATE_NOOP("Vocabulary", "投诉"), QT_TRANSLATE_NOOP("Vocabulary", "送货"), QT_TRANSLATE_NOOP("Vocabulary", "安装"),
    QT_TRANSLATE_NOOP("Vocabulary", "退换"), QT_TRANSLATE_NOOP("Vocabulary", "维修"), QT_TRANSLATE_NOOP("Vocabulary", "保养"),
    QT_TRANSLATE_NOOP("Vocabulary", "培训"), QT_TRANSLATE_NOOP("Vocabulary", "咨询"), QT_TRANSLATE_NOOP("Vocabulary", "一般"),
    QT_TRANSLATE_NOOP("Vocabulary", "重大"), QT_TRANSLATE_NOOP("Vocabulary", "紧急"), QT_TRANSLATE_NOOP("Vocabulary", "上门"),
    QT_TRANSLATE_NOOP("Vocabulary", "信函"), QT_TRANSLATE_NOOP("Vocabulary", "邮件"), QT_TRANSLATE_NOOP("Vocabulary", "其他"),
    QT_TRANSLATE_NOOP("Vocabulary", "已受理"), QT_TRANSLATE_NOOP("Vocabulary", "处理中"), QT_TRANSLATE_NOOP("Vocabulary", "待客户"),
    QT_TRANSLATE_NOOP("Vocabulary", "已解决"), QT_TRANSLATE_NOOP("Vocabulary", "已回访"), QT_TRANSLATE_NOOP("Vocabulary", "已关闭"),
    QT_TRANSLATE_NOOP("Vocabulary", "有效投诉"), QT_TRANSLATE_NOOP("Vocabulary", "部分有效"), QT_TRANSLATE_NOOP("Vocabulary", "无效投诉"),
    QT_TRANSLATE_NOOP("Vocabulary", "服务态度"), QT_TRANSLATE_NOOP("Vocabulary", "服务质量"), QT_TRANSLATE_NOOP("Vocabulary", "产品质量"),
    QT_TRANSLATE_NOOP("Vocabulary", "配送"), QT_TRANSLATE_NOOP("Vocabulary", "价格"), QT_TRANSLATE_NOOP("Vocabulary", "很不满意"),
    QT_TRANSLATE_NOOP("Vocabulary", "不满意"), QT_TRANSLATE_NOOP("Vocabulary", "满意"), QT_TRANSLATE_NOOP("Vocabulary", "很满意"),
    QT_TRANSLATE_NOOP("Vocabulary", "保修期内"), QT_TRANSLATE_NOOP("Vocabulary", "保修期外"), QT_TRANSLATE_NOOP("Vocabulary", "受理"),
    QT_TRANSLATE_NOOP("Vocabulary", "判断"), QT_TRANSLATE_NOOP("Vocabulary", "指派"), QT_TRANSLATE_NOOP("Vocabulary", "处理"),
    QT_TRANSLATE_NOOP("Vocabulary", "回访"), QT_TRANSLATE_NOOP("Vocabulary", "关闭"), QT_TRANSLATE_NOOP("Vocabulary", "重新打开"),
    # added with the value and quality work
    QT_TRANSLATE_NOOP("Vocabulary", "导入检查（试运行）"),
    QT_TRANSLATE_NOOP("Vocabulary", "导入未通过检查（未写入）"),
    QT_TRANSLATE_NOOP("Vocabulary", "开户行及账号"),
    QT_TRANSLATE_NOOP("Vocabulary", "开票名称"),
    QT_TRANSLATE_NOOP("Vocabulary", "开票地址电话"),
    QT_TRANSLATE_NOOP("Vocabulary", "法定代表人"),
    QT_TRANSLATE_NOOP("Vocabulary", "注册资本"),
    QT_TRANSLATE_NOOP("Vocabulary", "税号"),
    QT_TRANSLATE_NOOP("Vocabulary", "统一社会信用代码"),
    # the satisfaction audit actions (issue 15)
    QT_TRANSLATE_NOOP("Vocabulary", "记录满意度调查"), QT_TRANSLATE_NOOP("Vocabulary", "设置问卷"),
    QT_TRANSLATE_NOOP("Vocabulary", "新增服务目标"), QT_TRANSLATE_NOOP("Vocabulary", "生成月度服务报告"),
    QT_TRANSLATE_NOOP("Vocabulary", "导入满意度调查"),
    QT_TRANSLATE_NOOP("Vocabulary", "满意度调查导入检查（试运行）"),
    QT_TRANSLATE_NOOP("Vocabulary", "满意度调查导入未通过检查（未写入）"),
))


def core_label(text: str) -> str:
    """A core label in the UI's language (the text itself while untranslated)."""
    return QCoreApplication.translate(CONTEXT, text)
