<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/access/__init__.py" line="38"/>
        <location filename="../../ui/access/inbox.py" line="297"/>
        <source>权限</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="39"/>
        <location filename="../../ui/staff_home.py" line="46"/>
        <source>申请查阅…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="41"/>
        <location filename="../../ui/access/__init__.py" line="80"/>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="43"/>
        <location filename="../../ui/access/audit_viewer.py" line="54"/>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="80"/>
        <source>审批（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="81"/>
        <source>%1 条查阅申请等待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="82"/>
        <source>没有待审批的查阅申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="102"/>
        <source>只有客服主管可以审批查阅申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="42"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="58"/>
        <source>审批与授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="61"/>
        <location filename="../../ui/access/approvals.py" line="80"/>
        <location filename="../../ui/access/audit_viewer.py" line="73"/>
        <location filename="../../ui/access/inbox.py" line="224"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="62"/>
        <location filename="../../ui/access/approvals.py" line="81"/>
        <location filename="../../ui/access/inbox.py" line="133"/>
        <location filename="../../ui/access/inbox.py" line="225"/>
        <location filename="../../ui/handover/wizard_pages.py" line="67"/>
        <location filename="../../ui/handover/wizard_pages.py" line="74"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="63"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="64"/>
        <location filename="../../ui/access/approvals.py" line="83"/>
        <location filename="../../ui/access/approvals.py" line="204"/>
        <location filename="../../ui/access/inbox.py" line="226"/>
        <location filename="../../ui/handover/wizard_pages.py" line="69"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="65"/>
        <location filename="../../ui/access/inbox.py" line="229"/>
        <source>申请时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="66"/>
        <location filename="../../ui/access/inbox.py" line="132"/>
        <location filename="../../ui/access/inbox.py" line="227"/>
        <location filename="../../ui/admin/accounts.py" line="60"/>
        <location filename="../../ui/desk/activities_window.py" line="52"/>
        <location filename="../../ui/desk/card_tasks.py" line="33"/>
        <location filename="../../ui/handover/common.py" line="31"/>
        <location filename="../../ui/handover/records.py" line="46"/>
        <location filename="../../ui/handover/records.py" line="57"/>
        <location filename="../../ui/handover/wizard_pages.py" line="71"/>
        <location filename="../../ui/service/record_window.py" line="50"/>
        <location filename="../../ui/value/card_tab.py" line="57"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="67"/>
        <location filename="../../ui/value/card_tab.py" line="50"/>
        <location filename="../../ui/value/suggestions_window.py" line="68"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="70"/>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="73"/>
        <source>拒绝理由（拒绝时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="74"/>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="76"/>
        <source>显示已处理的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="82"/>
        <location filename="../../ui/handover/wizard_pages.py" line="68"/>
        <source>被授权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="84"/>
        <location filename="../../ui/handover/wizard_pages.py" line="70"/>
        <source>到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="85"/>
        <location filename="../../ui/handover/wizard_pages.py" line="68"/>
        <source>授权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="87"/>
        <source>撤销授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="89"/>
        <source>直接授权…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="94"/>
        <source>查阅申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="99"/>
        <location filename="../../ui/access/approvals.py" line="205"/>
        <source>有效期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="106"/>
        <source>有效授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="148"/>
        <location filename="../../ui/access/approvals.py" line="155"/>
        <source>请先选中一条申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="163"/>
        <source>请先选中一条授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="181"/>
        <source>直接授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="183"/>
        <source>客户编号，如 KH000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="196"/>
        <source>授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="199"/>
        <location filename="../../ui/access/audit_viewer.py" line="90"/>
        <location filename="../../ui/access/request_dialog.py" line="174"/>
        <location filename="../../ui/admin/accounts.py" line="373"/>
        <location filename="../../ui/admin/restore_dialog.py" line="101"/>
        <location filename="../../ui/exports/__init__.py" line="106"/>
        <location filename="../../ui/exports/import_dialog.py" line="60"/>
        <location filename="../../ui/exports/preview.py" line="241"/>
        <location filename="../../ui/handover/wizard_pages.py" line="144"/>
        <location filename="../../ui/handover/wizard_pages.py" line="173"/>
        <location filename="../../ui/value/common.py" line="74"/>
        <location filename="../../ui/value/duplicates_window.py" line="65"/>
        <location filename="../../ui/widgets/confirm.py" line="17"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="202"/>
        <location filename="../../ui/access/audit_viewer.py" line="59"/>
        <location filename="../../ui/access/request_dialog.py" line="55"/>
        <location filename="../../ui/desk/activities_window.py" line="48"/>
        <location filename="../../ui/handover/common.py" line="26"/>
        <location filename="../../ui/handover/wizard_pages.py" line="108"/>
        <location filename="../../ui/value/pareto_window.py" line="61"/>
        <location filename="../../ui/value/plans_window.py" line="37"/>
        <location filename="../../ui/value/plans_window.py" line="42"/>
        <location filename="../../ui/value/suggestions_window.py" line="67"/>
        <source>客户编号</source>
        <translation type="unfinished">Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="203"/>
        <source>授权给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="57"/>
        <location filename="../../ui/admin/accounts.py" line="55"/>
        <location filename="../../ui/admin/accounts.py" line="103"/>
        <location filename="../../ui/admin/accounts.py" line="126"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="61"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="64"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="66"/>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="68"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="74"/>
        <location filename="../../ui/access/inbox.py" line="131"/>
        <location filename="../../ui/card/history_page.py" line="27"/>
        <location filename="../../ui/service/record_window.py" line="48"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="75"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="75"/>
        <source>电脑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="76"/>
        <location filename="../../ui/card/history_page.py" line="29"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="76"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="77"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="79"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="82"/>
        <location filename="../../ui/exports/__init__.py" line="54"/>
        <location filename="../../ui/value/pareto_window.py" line="49"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="84"/>
        <source>校验完整性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="136"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="158"/>
        <source>共 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="160"/>
        <source>（显示最新 %1 条；导出 Excel 包含全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="177"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="189"/>
        <source>正在校验审计日志……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="198"/>
        <source>审计日志完整：已校验 %1 条记录，未发现修改、删除或截断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="202"/>
        <source>审计日志异常（第 %1 条）：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="207"/>
        <source>导出审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="207"/>
        <source>审计日志.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="207"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="229"/>
        <source>已导出 %1 条到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="71"/>
        <source>已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="71"/>
        <source>已撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="72"/>
        <source>（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="105"/>
        <location filename="../../ui/access/inbox.py" line="293"/>
        <location filename="../../ui/access/inbox.py" line="330"/>
        <source>我的消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="111"/>
        <location filename="../../ui/access/request_dialog.py" line="78"/>
        <location filename="../../ui/exports/preview.py" line="149"/>
        <location filename="../../ui/handover/records.py" line="69"/>
        <location filename="../../ui/handover/records.py" line="172"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="132"/>
        <source>已读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="132"/>
        <source>未读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="135"/>
        <location filename="../../ui/access/inbox.py" line="295"/>
        <location filename="../../ui/access/inbox.py" line="329"/>
        <source>消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="140"/>
        <source>只显示未读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="143"/>
        <source>打开客户卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="145"/>
        <source>标为已读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="147"/>
        <source>全部标为已读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="154"/>
        <source>双击一条消息可打开相关的客户卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="163"/>
        <location filename="../../ui/access/inbox.py" line="178"/>
        <source>通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="176"/>
        <source>共 %1 条，未读 %2 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="194"/>
        <source>请先选中一条或几条消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="206"/>
        <source>请先选中一条消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="209"/>
        <source>这条消息不涉及具体客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="214"/>
        <source>您目前无权查阅客户 %1 的档案。如需查阅，请通过“权限 › 申请查阅…”提出申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="228"/>
        <source>授权到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="230"/>
        <location filename="../../ui/access/request_dialog.py" line="85"/>
        <source>申请理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="232"/>
        <source>审批人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="233"/>
        <source>审批意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="237"/>
        <source>撤回申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="240"/>
        <source>批准后，授权在到期时间自动失效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="247"/>
        <location filename="../../ui/access/inbox.py" line="259"/>
        <source>我的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="258"/>
        <source>我的申请（%1 条待审批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="272"/>
        <source>只能撤回待审批的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="321"/>
        <source>您有 %1 条未读消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="331"/>
        <source>%1 条未读消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="331"/>
        <source>没有未读消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="47"/>
        <source>申请查阅客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="50"/>
        <source>输入客户名称或编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="51"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="55"/>
        <location filename="../../ui/desk/activities_window.py" line="49"/>
        <location filename="../../ui/handover/common.py" line="27"/>
        <location filename="../../ui/handover/wizard_pages.py" line="108"/>
        <location filename="../../ui/value/duplicates_window.py" line="139"/>
        <location filename="../../ui/value/pareto_window.py" line="61"/>
        <location filename="../../ui/value/plans_window.py" line="37"/>
        <location filename="../../ui/value/plans_window.py" line="42"/>
        <location filename="../../ui/value/suggestions_window.py" line="67"/>
        <source>客户名称</source>
        <translation type="unfinished">Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="56"/>
        <location filename="../../ui/desk/activities_window.py" line="50"/>
        <location filename="../../ui/handover/common.py" line="28"/>
        <location filename="../../ui/handover/wizard_pages.py" line="109"/>
        <location filename="../../ui/value/plans_window.py" line="37"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="56"/>
        <location filename="../../ui/desk/activities_window.py" line="51"/>
        <location filename="../../ui/value/pareto_window.py" line="67"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="60"/>
        <source>申请理由（必填），例如：下周拜访该客户，需要了解合作历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="72"/>
        <source>提交申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="74"/>
        <location filename="../../ui/staff_home.py" line="37"/>
        <source>报告重要事项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="86"/>
        <source>申请范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="94"/>
        <source>客户目录（只显示编号、名称、分类和负责客服）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="116"/>
        <source>没有找到匹配的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="128"/>
        <location filename="../../ui/access/request_dialog.py" line="143"/>
        <source>请先查找并选中一位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="136"/>
        <source>已提交申请（编号 %1），等待主管审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="150"/>
        <source>重要事项已报告，负责客服会收到通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="162"/>
        <source>报告重要事项 — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="171"/>
        <source>提交报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="177"/>
        <location filename="../../ui/card/sections.py" line="78"/>
        <location filename="../../ui/desk/activities_window.py" line="36"/>
        <location filename="../../ui/value/card_tab.py" line="50"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="178"/>
        <location filename="../../ui/card/sections.py" line="79"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="179"/>
        <location filename="../../ui/card/sections.py" line="80"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="180"/>
        <location filename="../../ui/card/sections.py" line="81"/>
        <location filename="../../ui/exports/import_dialog.py" line="111"/>
        <location filename="../../ui/value/duplicates_window.py" line="53"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="26"/>
        <source>备份档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="26"/>
        <location filename="../../ui/admin/restore_dialog.py" line="127"/>
        <source>档案备份 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="37"/>
        <location filename="../../ui/admin/restore_dialog.py" line="217"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="38"/>
        <location filename="../../ui/admin/accounts.py" line="188"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="43"/>
        <source>备份档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="46"/>
        <source>把档案文件（连同审计日志校验信息）复制一份，工作中也可以备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="54"/>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="56"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="70"/>
        <source>只有管理员可以管理账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="94"/>
        <source>客户档案备份-%1.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="106"/>
        <source>已备份到 %1（%2 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="108"/>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="115"/>
        <source>密码已修改，下次登录请使用新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="56"/>
        <location filename="../../ui/admin/accounts.py" line="85"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="57"/>
        <location filename="../../ui/admin/accounts.py" line="86"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="58"/>
        <location filename="../../ui/admin/accounts.py" line="87"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="59"/>
        <location filename="../../ui/admin/accounts.py" line="88"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="59"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="61"/>
        <source>负责客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="62"/>
        <source>登录锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="63"/>
        <source>密码连续输错，锁定到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="81"/>
        <source>可以管理账号、公司名称和备份，查看审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="98"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="100"/>
        <source>登录用，如 zhangsan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="105"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="106"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="112"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="125"/>
        <source>编辑账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="133"/>
        <source>负责 %1 位客户；业务人员不能负责客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="138"/>
        <source>不能更改自己的角色或管理员权限，请由另一位管理员操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="155"/>
        <location filename="../../ui/admin/accounts.py" line="165"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="156"/>
        <source>为%1设置临时密码，同时解除登录锁定。请把临时密码告诉本人：本人下次登录时须先设置自己的新密码。本人和客服主管会收到重置通知。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="163"/>
        <location filename="../../ui/admin/password.py" line="40"/>
        <location filename="../../ui/admin/password.py" line="68"/>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="164"/>
        <location filename="../../ui/admin/password.py" line="41"/>
        <location filename="../../ui/admin/password.py" line="69"/>
        <source>再次输入新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="197"/>
        <source>新建账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="198"/>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="199"/>
        <source>重置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="200"/>
        <location filename="../../ui/admin/accounts.py" line="272"/>
        <location filename="../../ui/admin/accounts.py" line="365"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="201"/>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="202"/>
        <location filename="../../ui/handover/records.py" line="67"/>
        <location filename="../../ui/value/duplicates_window.py" line="145"/>
        <location filename="../../ui/value/suggestions_window.py" line="80"/>
        <source>刷新</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="207"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="208"/>
        <source>公司名称（印在客户卡、Excel 和交接单上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="263"/>
        <source>该账号正在交接或已离职，只能由离职交接处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="271"/>
        <source>自己的密码请用“文件 › 修改密码…”更改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="272"/>
        <location filename="../../ui/admin/accounts.py" line="365"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="274"/>
        <source>不能停用自己的账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="303"/>
        <source>请先选中一个账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="334"/>
        <source>已新建账号%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="346"/>
        <source>已保存%1的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="353"/>
        <source>已为%1重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="362"/>
        <source>启用%1的账号？启用后此人可以重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="364"/>
        <source>停用%1的账号？停用后此人不能登录，已打开的程序会在下一步操作时退出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="366"/>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="369"/>
        <source>此人名下的 %1 位客户仍归此人负责（停用适用于休假等临时情况）。如果此人离职，请改用“交接 › 发起离职交接…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="377"/>
        <source>已%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="386"/>
        <source>已解除%1的登录锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="390"/>
        <source>公司名称已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password.py" line="21"/>
        <source>至少 %1 个字符，含字母和数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password.py" line="28"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password.py" line="35"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password.py" line="39"/>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password.py" line="61"/>
        <source>设置新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password.py" line="62"/>
        <source>管理员已重置您的密码，刚才输入的是临时密码。请先设置您自己的新密码，设置后即登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password.py" line="70"/>
        <source>设置并登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="50"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="70"/>
        <source>（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="80"/>
        <source>（已更正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="82"/>
        <source>来源部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="83"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="83"/>
        <source>（报告）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="84"/>
        <source>记录时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/history_page.py" line="28"/>
        <location filename="../../ui/service/record_window.py" line="51"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/history_page.py" line="30"/>
        <source>修改内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="53"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="56"/>
        <source>打印预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="58"/>
        <source>打印客户卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="60"/>
        <source>保存 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="62"/>
        <source>导入 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="71"/>
        <source>导入 Excel…（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="88"/>
        <source>当前客户 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="91"/>
        <source>选中的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="93"/>
        <source>当前列表的全部客户：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="104"/>
        <source>另一项导出正在进行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="107"/>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="133"/>
        <source>已取消，未生成文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="149"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="149"/>
        <source>客户档案.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="149"/>
        <location filename="../../ui/exports/__init__.py" line="200"/>
        <location filename="../../ui/exports/import_dialog.py" line="217"/>
        <location filename="../../ui/value/pareto_window.py" line="125"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="156"/>
        <source>正在导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="162"/>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="162"/>
        <source>%1 %2 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="164"/>
        <source>已导出到 %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="171"/>
        <source>保存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="171"/>
        <source>客户资料信息卡.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="171"/>
        <location filename="../../ui/handover/records.py" line="130"/>
        <location filename="../../ui/handover/wizard.py" line="290"/>
        <location filename="../../ui/service/paper.py" line="37"/>
        <location filename="../../ui/value/pareto_window.py" line="125"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="183"/>
        <source>已保存 %1（%2 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="194"/>
        <source>正在生成客户资料信息卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="200"/>
        <source>导入 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="46"/>
        <source>导入 Excel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="56"/>
        <location filename="../../ui/handover/wizard_pages.py" line="119"/>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="58"/>
        <location filename="../../ui/exports/import_dialog.py" line="136"/>
        <source>检查数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="78"/>
        <source>第 1 步：核对每一列对应的字段（按表头自动识别，可手动调整）。“客户名称”必须有。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="81"/>
        <source>&lt;b&gt;文件中的表头&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="82"/>
        <source>&lt;b&gt;对应字段&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="87"/>
        <source>（忽略此列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="109"/>
        <source>第 2 步：检查结果。有问题时不会导入任何数据，请修改文件后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="111"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="111"/>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="111"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="111"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="114"/>
        <source>保存问题清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="118"/>
        <source>遇到重复客户（同编号、同名或同电话）时：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="136"/>
        <location filename="../../ui/exports/import_dialog.py" line="151"/>
        <source>开始导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="152"/>
        <source>将导入 %1 行：新建 %2 位客户，更新 %3 位，跳过 %4 位；另写入联系人 %5 位、合作项目 %6 项、重要事项 %7 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="157"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="163"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="163"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="191"/>
        <source>；发现重复 %1 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="209"/>
        <location filename="../../ui/handover/wizard_pages.py" line="162"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="217"/>
        <source>保存问题清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="217"/>
        <source>导入问题清单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="220"/>
        <source>问题清单已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="114"/>
        <source>打印预览 — 客户资料信息卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="128"/>
        <location filename="../../ui/staff_home.py" line="91"/>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="129"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="130"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="131"/>
        <source>末页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="135"/>
        <source>共 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="137"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="137"/>
        <source>适合页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="147"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="152"/>
        <source>第</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="156"/>
        <source>缩放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="241"/>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="242"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="249"/>
        <source>正在打印第 %1 / %2 页…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="39"/>
        <source>交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="40"/>
        <source>发起离职交接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="42"/>
        <location filename="../../ui/handover/records.py" line="40"/>
        <source>交接记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="44"/>
        <location filename="../../ui/handover/__init__.py" line="76"/>
        <location filename="../../ui/handover/records.py" line="157"/>
        <source>待确认的交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="75"/>
        <source>待确认的交接（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="81"/>
        <source>有 %1 位交接给您的客户待确认接收（交接 › 待确认的交接）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="21"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="21"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="33"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="34"/>
        <source>合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="35"/>
        <source>重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="38"/>
        <source>未办跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="43"/>
        <source>交接单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="44"/>
        <source>离职人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="45"/>
        <source>监交人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="47"/>
        <source>发起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="48"/>
        <source>执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="49"/>
        <location filename="../../ui/handover/records.py" line="56"/>
        <source>已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="54"/>
        <location filename="../../ui/handover/wizard_pages.py" line="110"/>
        <source>接收人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="55"/>
        <source>客户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="57"/>
        <source>已全部确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="57"/>
        <source>待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="63"/>
        <source>重新打印交接单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="65"/>
        <source>继续交接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="122"/>
        <source>%1：%2 离职交接，状态 %3，已确认 %4 / %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="130"/>
        <location filename="../../ui/handover/wizard.py" line="289"/>
        <source>保存交接单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="130"/>
        <location filename="../../ui/handover/wizard.py" line="289"/>
        <source>交接单_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="166"/>
        <source>全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="168"/>
        <source>全不选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="170"/>
        <source>确认接收所勾选的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="200"/>
        <source>没有待您确认的交接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="203"/>
        <source>交接单 %1：%2 离职，监交人 %3，移交给您 %4 位客户，尚有 %5 位待确认。请逐一核对客户档案（双击可打开客户卡），勾选后确认接收。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="221"/>
        <source>请先勾选已核对的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="227"/>
        <source>已确认接收 %1 位客户。%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="228"/>
        <source>交接已全部完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="45"/>
        <source>发起离职交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="59"/>
        <source>正在读取人员名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="41"/>
        <source>例如：调往华南分公司，最后工作日 6 月 30 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="107"/>
        <location filename="../../ui/handover/wizard_pages.py" line="42"/>
        <source>开始交接并冻结账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="45"/>
        <source>离职人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="46"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="47"/>
        <source>开始后该账号立即冻结：不能再登录或导出，正在使用的会话在下一次操作时停止；其待审批的查阅申请取消，持有的查阅授权撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="51"/>
        <source>&lt;b&gt;第 1 步：选择离职人员&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="66"/>
        <source>方向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="66"/>
        <source>持有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="66"/>
        <source>授予他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="71"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="71"/>
        <source>已撤销/已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="75"/>
        <source>跟进事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="30"/>
        <location filename="../../ui/handover/wizard_pages.py" line="76"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="31"/>
        <source>待办事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="32"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="35"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="79"/>
        <source>负责的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="80"/>
        <source>查阅授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="81"/>
        <source>未办跟进事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="83"/>
        <source>下一步：分配接收人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="86"/>
        <source>&lt;b&gt;第 2 步：清点移交内容&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="89"/>
        <source>稍后继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="98"/>
        <source>平均分配（按各人现有负责客户数均衡）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="99"/>
        <source>全部交给一人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="110"/>
        <source>（指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="115"/>
        <source>所选客户改交给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="237"/>
        <location filename="../../ui/handover/wizard_pages.py" line="117"/>
        <source>执行交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="130"/>
        <source>&lt;b&gt;第 3 步：选择接收人，预览分配&lt;/b&gt;（执行前不会改动任何数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="143"/>
        <source>正在执行交接……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="160"/>
        <source>保存/打印交接单 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard_pages.py" line="165"/>
        <source>&lt;b&gt;交接已执行&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="91"/>
        <source>请选择离职人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="93"/>
        <source>正在读取该账号的授权与申请…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="103"/>
        <source>将冻结 %1 的账号，结束其 %2 项授权与 %3 项待审申请。
%1 名下有 %4 位客户，下一步为其选择接收人。冻结后不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="107"/>
        <source>冻结并开始交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="111"/>
        <source>正在冻结账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="120"/>
        <source>正在清点…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="130"/>
        <source>交接单 %1：%2（%3）名下 &lt;b&gt;%4&lt;/b&gt; 位客户，联系人 %5 人、合作项目 %6 个、重要事项 %7 条；未办跟进事项 %8 条；其授予他人且仍有效的查阅授权 %9 项（保留，可在权限中撤销）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="139"/>
        <source>离职交接 %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="145"/>
        <source>正在读取接收人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="190"/>
        <source>请勾选至少一位接收人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="192"/>
        <source>正在生成分配预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="209"/>
        <source>%1：现负责 %2 位，接收 &lt;b&gt;%3&lt;/b&gt; 位，交接后 %4 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="212"/>
        <source>离职人员名下没有客户，执行后交接即完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="220"/>
        <source>请先在表中选择要改交的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="231"/>
        <source>将把 %1 位客户转交给 %2 人：%3。
执行后客户即转到接收人名下。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="233"/>
        <source>%1 %2 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="236"/>
        <source>离职人员名下没有客户：执行后交接即完成，账号保持冻结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="252"/>
        <source>正在取消……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="263"/>
        <source>已取消交接，没有做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="269"/>
        <source>交接失败，没有做任何改动：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="276"/>
        <source>%1（%2）：%3 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="279"/>
        <source>离职人员名下没有客户，交接已完成，账号已标记为离职。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="280"/>
        <source>请各接收人在“交接 › 待确认的交接”中核对并确认接收；全部确认后，离职人员的账号标记为离职。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="282"/>
        <source>交接单 &lt;b&gt;%1&lt;/b&gt;：%2 位客户已移交，%3 条未办跟进事项随客户移交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="123"/>
        <source>无法保存交接单：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="127"/>
        <source>交接单已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="29"/>
        <source>程序出错，已写入错误报告：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="30"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="31"/>
        <source>服务单列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="33"/>
        <location filename="../../ui/staff_home.py" line="40"/>
        <source>新建投诉/售后服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="35"/>
        <source>服务报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="37"/>
        <source>服务设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="45"/>
        <source>打印空白表单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="47"/>
        <source>顾客投诉登记表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="47"/>
        <source>售后服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="79"/>
        <source>已登记服务单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="101"/>
        <source>空白顾客投诉登记表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="101"/>
        <source>空白售后服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="129"/>
        <source>服务设置已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/common.py" line="51"/>
        <location filename="../../ui/value/common.py" line="31"/>
        <source>发生了意外错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="49"/>
        <location filename="../../ui/value/plan_dialogs.py" line="53"/>
        <location filename="../../ui/value/plans_window.py" line="37"/>
        <source>步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="52"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="72"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="75"/>
        <source>选择要恢复的备份（档案旁边 backups 文件夹里的副本，或用“浏览…”选择其他文件）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="77"/>
        <source>备份时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="77"/>
        <location filename="../../ui/desk/activities_window.py" line="37"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="77"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="90"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="94"/>
        <source>选择一份备份后，程序会先检查它（完整性、版本、审计日志），再显示其中的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="99"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="127"/>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="139"/>
        <source>正在检查备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="152"/>
        <source>恢复将：① 把当前档案另存为一份“恢复前”备份（在 %1，恢复它即可撤销）；② 用这个备份替换当前档案；③ 恢复后请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="155"/>
        <source>检查通过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="162"/>
        <source>不能用这个备份恢复：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="172"/>
        <source>正在恢复，请稍候…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="184"/>
        <source>恢复没有完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="192"/>
        <source>最近登记：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="193"/>
        <source>尚未登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="194"/>
        <source>提醒：服务器备份已超过 7 天未登记（%1）。pg_dump 后运行 backups --record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="195"/>
        <source>服务器备份登记于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="197"/>
        <source>自动备份失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="199"/>
        <source>尚无备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="200"/>
        <source>上次备份：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="210"/>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="213"/>
        <source>检查一份备份并用它替换当前档案（当前档案先另存为备份，可以撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="260"/>
        <source>部门共用的 PostgreSQL 档案请在数据库服务器上用 pg_restore 恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="268"/>
        <source>档案已从备份恢复（%1）。原档案另存为 %2，恢复它即可撤销。请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="38"/>
        <source>活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="39"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="40"/>
        <source>已邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="41"/>
        <source>待回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="42"/>
        <source>已接受</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/pending_banner.py" line="23"/>
        <source>确认接收…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/pending_banner.py" line="33"/>
        <source>有 %1 位交接给您的客户待确认接收，请核对后确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="27"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="28"/>
        <source>记录满意度调查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="29"/>
        <source>为客户档案中选中的客户记录一次满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="31"/>
        <source>满意度分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="33"/>
        <source>服务目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="35"/>
        <source>导入调查结果…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="37"/>
        <source>问卷与指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="39"/>
        <source>月度服务报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/__init__.py" line="64"/>
        <source>请先在客户档案中选中一位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/common.py" line="57"/>
        <source>%1 %2 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/paper.py" line="27"/>
        <source>打印预览 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/paper.py" line="28"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/paper.py" line="37"/>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/paper.py" line="43"/>
        <source>已保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_home.py" line="28"/>
        <source>您好，%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_home.py" line="30"/>
        <source>您的账号不负责客户，客户档案需申请后查阅。在这里您可以：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_home.py" line="38"/>
        <source>客户来电、投诉线索或商机：找到客户后报告，负责客服会收到通知（您不必能查看该客户）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_home.py" line="41"/>
        <source>登记客户的投诉或售后需求，交给负责客服处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_home.py" line="43"/>
        <source>查找负责客服…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_home.py" line="44"/>
        <source>在客户目录中按名称或编号找到客户，看到由哪位客服负责。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_home.py" line="47"/>
        <source>需要查看客户档案时提出申请，客服主管批准后即可在客户档案页打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/__init__.py" line="23"/>
        <location filename="../../ui/value/card_tab.py" line="126"/>
        <location filename="../../ui/value/card_tab.py" line="177"/>
        <source>客户价值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/__init__.py" line="24"/>
        <source>分级建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/__init__.py" line="26"/>
        <source>80/20 分析…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/__init__.py" line="28"/>
        <source>培育计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/__init__.py" line="30"/>
        <source>疑似重复客户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="42"/>
        <source>打开存续客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="50"/>
        <source>原分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="50"/>
        <source>新分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="50"/>
        <source>调整人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="50"/>
        <location filename="../../ui/value/card_tab.py" line="57"/>
        <location filename="../../ui/value/plan_dialogs.py" line="55"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="53"/>
        <source>分类历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="57"/>
        <source>培育目标 / 步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="57"/>
        <location filename="../../ui/value/plan_dialogs.py" line="54"/>
        <source>完成期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="62"/>
        <location filename="../../ui/value/plans_window.py" line="45"/>
        <source>新建培育计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="64"/>
        <source>添加步骤…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="71"/>
        <location filename="../../ui/value/plans_window.py" line="30"/>
        <source>潜力客户培育计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="90"/>
        <source>本卡已合并到 %1，资料均已转入该客户卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="105"/>
        <source>（关键决策人：%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="106"/>
        <source>%1 步，未完成 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="110"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="110"/>
        <location filename="../../ui/value/plans_window.py" line="38"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="110"/>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="120"/>
        <location filename="../../ui/value/plans_window.py" line="81"/>
        <source>共 %1 个培育计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="121"/>
        <source>还没有培育计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/card_tab.py" line="126"/>
        <source>客户价值（%1 步逾期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="41"/>
        <source>合并客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="49"/>
        <source>保留（存续）的客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="50"/>
        <source>并入后归档的客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="53"/>
        <source>将转入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="53"/>
        <source>存续卡现有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="63"/>
        <source>确认合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="87"/>
        <source>请选择两张不同的客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="91"/>
        <location filename="../../ui/value/pareto_window.py" line="103"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="100"/>
        <source>%1 %2 的全部资料将转入 %3 %4，并在其第二页记录本次合并；%1 将归档，并注明已合并到 %3。合并在一个事务中完成，并记入审计日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="112"/>
        <source>正在合并…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="132"/>
        <source>疑似重复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="135"/>
        <source>统一社会信用代码相同、电话相同，或去掉“有限公司”“股份”“（分公司）”和空格后名称相同的客户。选中一组，点“合并…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="139"/>
        <source>重复依据 / 客户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="143"/>
        <source>合并…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="159"/>
        <source>正在查找…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="166"/>
        <source>%1 张客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="175"/>
        <source>共 %1 组疑似重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="176"/>
        <source>没有发现疑似重复的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/duplicates_window.py" line="200"/>
        <source>已合并：转入 %1 行资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="33"/>
        <source>80/20 分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="39"/>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="40"/>
        <source>近 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="42"/>
        <source>全部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="42"/>
        <source>我可查看的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="45"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="51"/>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="61"/>
        <source>排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="61"/>
        <source>合作金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="62"/>
        <source>累计占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="67"/>
        <source>统计期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="109"/>
        <source>%1 · %2 至 %3 · 客户 %4 位（有合作金额 %5 位）· 合计 ¥%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="124"/>
        <source>二八分析_近%1个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="126"/>
        <source>导出 80/20 分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="135"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_window.py" line="141"/>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="18"/>
        <source>新建培育计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="20"/>
        <source>客户：%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="22"/>
        <source>如：成为长期合作客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="27"/>
        <location filename="../../ui/value/plans_window.py" line="37"/>
        <source>培育目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="28"/>
        <source>关键决策人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="34"/>
        <source>请填写培育目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="41"/>
        <source>添加培育步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="43"/>
        <source>培育目标：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="45"/>
        <source>如：拜访采购总监，介绍年度方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="50"/>
        <source>（未指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="56"/>
        <source>步骤会作为待办出现在“今日”页，完成时写入第二页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plan_dialogs.py" line="63"/>
        <source>请填写步骤内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plans_window.py" line="35"/>
        <source>只看有逾期步骤的计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plans_window.py" line="38"/>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plans_window.py" line="52"/>
        <source>培育计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plans_window.py" line="56"/>
        <source>这些 B 类（潜力）客户还没有培育计划：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plans_window.py" line="62"/>
        <source>没有培育计划的 B 类客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plans_window.py" line="70"/>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/plans_window.py" line="80"/>
        <source>没有培育计划的 B 类客户（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="39"/>
        <source>保留当前分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="41"/>
        <source>%1 %2：当前 %3，建议 %4。
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="48"/>
        <source>保留理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="53"/>
        <source>请填写保留当前分类的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="60"/>
        <source>分级建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="62"/>
        <source>也显示已保留当前分类的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="64"/>
        <source>按合作项目的金额和年限计算的建议分类与当前分类不同的客户。采纳后记录分类历史，并写入客户卡第二页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="67"/>
        <source>当前分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="67"/>
        <source>建议分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="72"/>
        <source>采纳所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="74"/>
        <source>全部采纳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="76"/>
        <source>保留当前分类…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="78"/>
        <source>打开客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="99"/>
        <source>正在计算建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="105"/>
        <source>（已保留当前分类：%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="107"/>
        <source>共 %1 位客户的建议与当前分类不同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="108"/>
        <source>所有客户的分类都与建议一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="132"/>
        <source>将 %1 %2 的分类由 %3 调整为 %4。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="135"/>
        <source>将采纳 %1 位客户的分类建议，并为每位客户记录分类历史。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="137"/>
        <source>采纳分类建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="137"/>
        <source>采纳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="141"/>
        <source>正在采纳…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="143"/>
        <source>已采纳 %1 条分类建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/suggestions_window.py" line="157"/>
        <source>已保留 %1 的当前分类</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="63"/>
        <source>关于客户档案管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="65"/>
        <source>&lt;h3&gt;客户档案管家&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="66"/>
        <source>客户资料信息卡（基本资料 + 重要事项记录）、查阅权限、交接与导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="72"/>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="75"/>
        <source>本档案：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="76"/>
        <source>档案位置：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="77"/>
        <source>档案版本：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="78"/>
        <source>日志与错误报告：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="79"/>
        <source>界面字体：Droid Sans Fallback（Apache-2.0）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="82"/>
        <source>打开日志文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="83"/>
        <source>复制详细信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="117"/>
        <source>&lt;h3&gt;客户档案管家 %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="122"/>
        <source>第 %1 版（与本程序一致）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="124"/>
        <source>第 %1 版（本程序为第 %2 版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="127"/>
        <source>联系 IT 时，请点“复制详细信息”，把内容粘贴到邮件里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="136"/>
        <source>读取档案信息失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="141"/>
        <source>已复制到剪贴板。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="154"/>
        <source>无法打开文件夹，请手动打开：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="88"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesWindow</name>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="66"/>
        <source>公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="73"/>
        <source>新建活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="75"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="80"/>
        <source>活动（即将举行的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="96"/>
        <source>邀请客户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="101"/>
        <source>&#x3000;记录所选客户的回复：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="108"/>
        <source>打印名单（PDF）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="110"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="163"/>
        <source>还没有公司活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="163"/>
        <source>点“新建活动…”添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="174"/>
        <source>%1：%2&#x3000;%3&#x3000;%4&#x3000;已邀请 %5 位，待回复 %6 位，已接受 %7 位，已出席 %8 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="222"/>
        <source>已邀请 %1 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="240"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="240"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="241"/>
        <source>保存邀请名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="242"/>
        <source>%1邀请名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activities_window.py" line="249"/>
        <source>邀请名单已保存：%1（%2 位客户）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="38"/>
        <source>修改公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="38"/>
        <source>新建公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="41"/>
        <source>例如：2027 年度客户答谢年会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="53"/>
        <source>活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="53"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="54"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="54"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="55"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="71"/>
        <source>满意度分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="79"/>
        <source>快速选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="79"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="79"/>
        <source>上月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="80"/>
        <source>本季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="80"/>
        <source>今年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="80"/>
        <source>近 12 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="84"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="84"/>
        <source>客户分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="85"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="85"/>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="85"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="88"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="90"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="94"/>
        <source>调查日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="95"/>
        <location filename="../../ui/quality/analysis_window.py" line="104"/>
        <source>分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="104"/>
        <location filename="../../ui/quality/analysis_window.py" line="169"/>
        <source>调查数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="104"/>
        <location filename="../../ui/quality/analysis_window.py" line="107"/>
        <source>平均分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="104"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="104"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="105"/>
        <source>NPS：推荐者（9–10 分）占比减去贬损者（0–6 分）占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="106"/>
        <source>CSAT：4、5 分的回答占全部回答的百分比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="107"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="109"/>
        <source>双击打开客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="114"/>
        <source>评分最低的客户（平均分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="152"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="165"/>
        <source>这段时间没有您可以查看的调查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="168"/>
        <source>回答数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="173"/>
        <source>合计（调查 %1 次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="185"/>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="185"/>
        <source>NPS —（未问推荐意愿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="186"/>
        <source>共 %1 次调查 · 平均 %2 分 · CSAT %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="189"/>
        <source>CSAT（%）按%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="191"/>
        <source>满意度趋势（CSAT %，按月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="206"/>
        <source>导出满意度分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="207"/>
        <source>满意度分析_%1_%2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="208"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="211"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/analysis_window.py" line="216"/>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="161"/>
        <source>档案以只读方式打开（文件不可写）：%1。可以查看，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="178"/>
        <source>档案将从第 %1 版升级到第 %2 版，%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>升级前已备份到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="181"/>
        <source>PostgreSQL 档案请确认已用 pg_dump 备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>正在升级，请勿关闭程序…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="191"/>
        <source>档案已从第 %1 版升级到第 %2 版。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="193"/>
        <source>升级前的备份：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/dialogs/small.py" line="30"/>
        <source>归档客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="31"/>
        <source>归档后，%1 将不再出现在正常客户列表中，资料完整保留，可随时恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="37"/>
        <source>归档原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="38"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="43"/>
        <source>请填写归档原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="75"/>
        <source>指派处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="75"/>
        <source>指派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="80"/>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="32"/>
        <source>允许</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="33"/>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="44"/>
        <source>（没有数据）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="59"/>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="61"/>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="39"/>
        <source>年份（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="33"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="35"/>
        <source>闰月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="36"/>
        <source>农历闰月出生（如闰四月）；没有该闰月的年份按四月提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="86"/>
        <source>%1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="137"/>
        <source>生日：年份需为数字，如 1975</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEditing</name>
    <message>
        <location filename="../../ui/card/editing.py" line="92"/>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="94"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="95"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="106"/>
        <source>删除联系人“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="110"/>
        <source>删除合作项目“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardServiceTab</name>
    <message>
        <location filename="../../ui/service/card_tab.py" line="28"/>
        <source>新建服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/card_tab.py" line="47"/>
        <source>共 %1 张服务单，未结 %2 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/card_tab.py" line="52"/>
        <source>服务单（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/card_tab.py" line="52"/>
        <source>服务单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTasks</name>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="24"/>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="24"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="25"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="25"/>
        <source>已忽略</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTasksTab</name>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="56"/>
        <source>新建待办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="58"/>
        <source>完成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="59"/>
        <source>写下处理结果，记入第二页重要事项记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="81"/>
        <source>共 %1 条待办，未完成 %2 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="85"/>
        <source>待办（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="86"/>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="120"/>
        <source>跟进：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="121"/>
        <source>来自重要事项记录 %1 %2：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="124"/>
        <source>由此建待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="126"/>
        <source>已添加待办：%1（%2 到期，负责人 %3）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../../ui/card/window.py" line="47"/>
        <source>客户分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="48"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="83"/>
        <source>正在加载客户卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="84"/>
        <source>客户资料信息卡 — 正在加载…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="107"/>
        <location filename="../../ui/card/window.py" line="455"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="108"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="109"/>
        <source>查看敏感信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="110"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="111"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="112"/>
        <source>核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="113"/>
        <source>确认第一页资料仍然准确（记录核实人和时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="142"/>
        <source>负责人 / 联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="144"/>
        <source>合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="166"/>
        <source>第一页 基本资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="167"/>
        <source>第二页 重要事项记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="168"/>
        <source>变更记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="190"/>
        <source>已隐藏 · 点击“查看敏感信息”查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="237"/>
        <source>%1 · %2 · 负责客服：%3 · 最后更新：%4（%5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="244"/>
        <source> · 上次核实：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="246"/>
        <source>从未核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="250"/>
        <source>权限不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="282"/>
        <source>客户资料信息卡 — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="302"/>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="384"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="406"/>
        <source>请修改标红的字段后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="395"/>
        <source>已保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="457"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="451"/>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="452"/>
        <source>这张客户卡有未保存的修改。要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="456"/>
        <source>不保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../ui/card/banner.py" line="24"/>
        <source>已被他人修改：这张客户卡在别处有了新的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/banner.py" line="25"/>
        <source>重新加载</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/banner.py" line="27"/>
        <source>稍后</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="155"/>
        <source>关闭服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="155"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="156"/>
        <source>关闭前须已回访（告知客户的结果和客户的满意度）。关闭后如需继续处理，可重新打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="159"/>
        <source>关闭时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/customer_list/columns.py" line="51"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_list/columns.py" line="57"/>
        <source>%1（搜索时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_list/columns.py" line="62"/>
        <source>只显示，不能按此列排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_list/columns.py" line="65"/>
        <source>恢复默认列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_list/columns.py" line="125"/>
        <source>“%1”列不能排序</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../ui/card/company_form.py" line="77"/>
        <source>企业身份与开票信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/company_form.py" line="89"/>
        <source>18 位，如 91330100MA27XK1A2T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/company_form.py" line="111"/>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="16"/>
        <source>保存冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="17"/>
        <source>（未能识别具体字段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="18"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="20"/>
        <source>在您编辑期间，%1 保存了这张客户卡。

对方修改了：%2
您修改了：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="21"/>
        <source>其他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="23"/>
        <source>注意：%1 两人都改了，重新应用将以您的输入为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="26"/>
        <source>重新加载（放弃我的修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="27"/>
        <source>重新应用我的修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="151"/>
        <source>编辑联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="151"/>
        <source>添加联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="157"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="181"/>
        <source>已隐藏 · 点击“查看敏感信息”后可查看和修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="189"/>
        <source> 已隐藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="193"/>
        <source>敏感信息（生日、家庭、性格、爱好、人际关系）已隐藏，不是没有填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="195"/>
        <source>敏感信息（生日、家庭、性格、爱好、人际关系）需要“敏感信息”权限才能填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="197"/>
        <source>敏感信息（生日、家庭、性格、爱好、人际关系）已隐藏：你没有查看这位客户敏感信息的权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="204"/>
        <source>查看敏感信息</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../../ui/customer_list/view.py" line="58"/>
        <source>列…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_list/view.py" line="59"/>
        <source>选择列表显示的列（也可在表头上点右键）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="47"/>
        <location filename="../../ui/itemmodels/customer_table.py" line="70"/>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="48"/>
        <location filename="../../ui/itemmodels/customer_table.py" line="71"/>
        <location filename="../../ui/itemmodels/customer_table.py" line="90"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="49"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="50"/>
        <source>所属行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="51"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="52"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="53"/>
        <source>最后更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="55"/>
        <source>匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="56"/>
        <location filename="../../ui/itemmodels/customer_table.py" line="72"/>
        <location filename="../../ui/itemmodels/customer_table.py" line="77"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="57"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="58"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="59"/>
        <source>最近联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="60"/>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="61"/>
        <source>权限</source>
        <translation type="unfinished">Access</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="73"/>
        <source>传真</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="74"/>
        <location filename="../../ui/itemmodels/customer_table.py" line="79"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="75"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="76"/>
        <source>关键人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="78"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="88"/>
        <source>拼音：%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="89"/>
        <source>拼音首字母：%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="91"/>
        <source>%1的%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="92"/>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="93"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="94"/>
        <source>明天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="95"/>
        <source>临时查阅，%1 %2 到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="96"/>
        <source>%1月%2日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="97"/>
        <source>%1年%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="98"/>
        <source>临时查阅，至 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="99"/>
        <source>搜索词出现在哪个字段（搜索时显示）；此列不能排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="100"/>
        <source>此列不能排序（只为当前这一页读取）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="101"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="102"/>
        <source>匹配：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="103"/>
        <source>经授权查看，授权将在24小时内结束（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="104"/>
        <source>经授权查看，授权到 %1 结束</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="42"/>
        <source>如 2024-03-05、2024/3/5 或 2024年3月5日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskFeature</name>
    <message>
        <location filename="../../ui/desk/__init__.py" line="17"/>
        <source>公司活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/__init__.py" line="18"/>
        <source>年会、庆典、客户联谊会：邀请客户，记录回复和出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/__init__.py" line="20"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyListHint</name>
    <message>
        <location filename="../../ui/list_empty.py" line="22"/>
        <source>申请查阅…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_empty.py" line="50"/>
        <source>没有找到与“%1”相符、您可查看的客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_empty.py" line="57"/>
        <source>没有符合筛选条件的客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_empty.py" line="59"/>
        <source>还没有您可查看的客户。点“新建客户”（Ctrl+N）建档，或在“权限 → 申请查阅…”中查找其他客服负责的客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_empty.py" line="62"/>
        <source>您不负责客户档案。可在“权限 → 申请查阅…”中按名称或编号查找客户并申请查阅。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_empty.py" line="69"/>
        <source>没有找到与“%1”相符、您可查看的客户。客户目录中有 %2 位相符的客户由其他客服负责，可以申请查阅。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event.py" line="19"/>
        <source>更正重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event.py" line="19"/>
        <source>添加重要事项记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/card/sections.py" line="168"/>
        <source>添加记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="169"/>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="206"/>
        <source>还没有重要事项记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="212"/>
        <source>来源部门：%1&#x3000;记录人：%2&#x3000;记录时间：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="217"/>
        <source>更正前的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="220"/>
        <source>%1 由 %2 更正前：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/exports/options.py" line="53"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="53"/>
        <source>打印客户资料信息卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="56"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="62"/>
        <source>%1（%2 位客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="66"/>
        <source>列表中没有客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="67"/>
        <source>批量打印/导出仅限客服主管；可逐张打印自己负责的客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="77"/>
        <source>遮盖敏感个人信息（生日、家庭、性格、爱好、人际关系）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="78"/>
        <source>不勾选时，您有权查看的客户的敏感信息将包含在文件中，其余仍以 ●●●● 遮盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="86"/>
        <source>加浅色水印（打印人姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="91"/>
        <source>版式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="94"/>
        <source>完整客户卡（两页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="94"/>
        <source>摘要（每位客户一页，含最近 10 条事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="95"/>
        <source>对外版（不含任何敏感个人信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="98"/>
        <source>模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="100"/>
        <source>从新到旧（与屏幕一致）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="101"/>
        <source>从旧到新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="103"/>
        <source>重要事项顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="104"/>
        <source>双面打印：每位客户从右页（奇数页）开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="105"/>
        <source>需要时插入空白页，打印后可按客户分开（仅多位客户时生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="110"/>
        <source>导出和打印均记录在审计日志中。内部资料，注意保密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="117"/>
        <source>导出</source>
        <translation type="unfinished">Export</translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="117"/>
        <source>继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="119"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="126"/>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="126"/>
        <source>记录回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="129"/>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="132"/>
        <source>告知客户的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="133"/>
        <source>客户满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="134"/>
        <source>回访时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="24"/>
        <source>搜索：名称、编号、联系人、电话、拼音首字母、信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="28"/>
        <location filename="../../ui/widgets/filter_bar.py" line="32"/>
        <location filename="../../ui/widgets/filter_bar.py" line="37"/>
        <location filename="../../ui/widgets/filter_bar.py" line="66"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="35"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="36"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="38"/>
        <source>待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="39"/>
        <source>只显示资料久未核实的客户（与“今日”页的待核实规则相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="43"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="45"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="45"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="46"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/service/form_dialog.py" line="65"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="50"/>
        <source>修改服务目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="50"/>
        <source>新增服务目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="58"/>
        <source>留空则用指标的默认单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="60"/>
        <source>每月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="60"/>
        <source>每季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="63"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="64"/>
        <source>目标值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="65"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="66"/>
        <source>监测周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="79"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="80"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsWindow</name>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="120"/>
        <source>服务目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="125"/>
        <source>新增目标…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="126"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="127"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="134"/>
        <source>监测期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="141"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="141"/>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="141"/>
        <source>实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="141"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="142"/>
        <source>周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="142"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="165"/>
        <source>正在计算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="171"/>
        <source>每月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="171"/>
        <source>每季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="175"/>
        <source>达成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="175"/>
        <source>未达成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="184"/>
        <source>%1：%2 个目标，达成 %3 个，未达成 %4 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="187"/>
        <source>还没有服务目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="187"/>
        <source>：点“新增目标…”设定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/goals_window.py" line="211"/>
        <source>%1 趋势（虚线为目标 %2）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="68"/>
        <source>%1问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="70"/>
        <source>%1（%2）：共 %3 位客户待问候，勾选已发送的客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="79"/>
        <source>  · 联系人 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="86"/>
        <source>问候方式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="91"/>
        <source>导出名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="98"/>
        <source>标记为已发送</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/card/history_page.py" line="53"/>
        <source>还没有修改记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="88"/>
        <source>邀请客户参加“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="90"/>
        <source>全部分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="94"/>
        <source>全部负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="97"/>
        <source>行业（包含）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="99"/>
        <source>客户名称或编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="100"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="108"/>
        <source>全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="111"/>
        <source>全不选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="120"/>
        <source>邀请所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="121"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="166"/>
        <source>（已邀请）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/activity_dialogs.py" line="190"/>
        <source>找到 %1 位客户，已勾选 %2 位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="52"/>
        <source>投诉判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="52"/>
        <source>判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="62"/>
        <source>是否有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="63"/>
        <source>判断理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="64"/>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="65"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="66"/>
        <source>判断时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="102"/>
        <source>（没有数据）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="15"/>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="22"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="26"/>
        <source>解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="38"/>
        <source>长时间未操作，程序已自动锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="39"/>
        <source>程序已锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="40"/>
        <source>请输入 %1 的密码以继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="55"/>
        <location filename="../../ui/widgets/lock_page.py" line="56"/>
        <source>正在验证…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="39"/>
        <source>客户档案管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="50"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="51"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="37"/>
        <location filename="../../ui/dialogs/login.py" line="54"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="55"/>
        <source>退出</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="82"/>
        <source>请输入用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="98"/>
        <source>正在验证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="141"/>
        <source>管理员已重置该账号的密码：须先设置新密码才能登录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="97"/>
        <source>客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>·管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="146"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150"/>
        <location filename="../../ui/menu_keys.py" line="10"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="151"/>
        <location filename="../../ui/toolbar_icons.py" line="12"/>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="155"/>
        <source>新建一张客户档案卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="156"/>
        <location filename="../../ui/toolbar_icons.py" line="13"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="158"/>
        <location filename="../../ui/toolbar_icons.py" line="14"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="169"/>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="171"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="173"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="179"/>
        <source>视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="182"/>
        <location filename="../../ui/menu_keys.py" line="14"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="183"/>
        <source>快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="189"/>
        <source>当前用户：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="200"/>
        <source>功能模块加载失败：%1，已写入错误报告：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="323"/>
        <source>正在计数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="71"/>
        <source>密码错误，请重新输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="83"/>
        <source>无法连接数据库，请稍后再试：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="282"/>
        <source>客户档案管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="86"/>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="300"/>
        <location filename="../../ui/mainwindow.py" line="309"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="325"/>
        <source>共 %1 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="78"/>
        <source>管理员已重置您的密码：请用临时密码重新登录，并设置新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menu_keys.py" line="10"/>
        <source>导出</source>
        <translation type="unfinished">Export</translation>
    </message>
    <message>
        <location filename="../../ui/menu_keys.py" line="11"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menu_keys.py" line="11"/>
        <source>客户价值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menu_keys.py" line="12"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menu_keys.py" line="12"/>
        <source>权限</source>
        <translation type="unfinished">Access</translation>
    </message>
    <message>
        <location filename="../../ui/menu_keys.py" line="13"/>
        <source>交接</source>
        <translation type="unfinished">Handover</translation>
    </message>
    <message>
        <location filename="../../ui/menu_keys.py" line="13"/>
        <source>管理</source>
        <translation type="unfinished">Administration</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar_icons.py" line="15"/>
        <source>申请查阅…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/toolbar_icons.py" line="16"/>
        <source>审批</source>
        <translation type="unfinished">Approvals</translation>
    </message>
    <message>
        <location filename="../../ui/toolbar_icons.py" line="17"/>
        <source>消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/toolbar_icons.py" line="18"/>
        <source>服务单列表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="29"/>
        <source>月度服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="34"/>
        <source>PDF（打印用，含图表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="35"/>
        <source>Excel 工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="37"/>
        <source>内容：服务目标与实际、满意度、服务单、问候与活动、待核实名片、各客服工作量。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="42"/>
        <source>生成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="43"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="47"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="48"/>
        <source>格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="61"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="61"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="62"/>
        <source>保存月度服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="62"/>
        <source>月度服务报告_%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="69"/>
        <source>正在生成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/monthly_dialog.py" line="75"/>
        <source>已生成：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/small.py" line="62"/>
        <source>新建客户</source>
        <translation type="unfinished">New customer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="64"/>
        <source>企业可填，18 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="122"/>
        <source>正在查找可能重复的客户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="132"/>
        <source>%1&#x3000;%2（%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="134"/>
        <source>可能重复的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="135"/>
        <source>档案中可能已有这家客户：
%1

要仍然新建一张客户卡吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="137"/>
        <source>仍然创建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="138"/>
        <source>打开已有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="139"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="143"/>
        <source>您无权查看已有的客户卡；如需核对，请联系其负责客服或客服主管</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="28"/>
        <source>完成待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="30"/>
        <source>待办：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="31"/>
        <source>处理结果（将记入重要事项记录）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="42"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="52"/>
        <source>请简要写下处理结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <location filename="../../ui/value/pareto_chart.py" line="55"/>
        <source>（这段时间没有合作金额）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_chart.py" line="85"/>
        <source>客户（按合作金额从高到低，占客户总数的百分比）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_chart.py" line="86"/>
        <source>金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_chart.py" line="88"/>
        <source>累计占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/value/pareto_chart.py" line="130"/>
        <source>80% 线 · 前 %1 位客户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/project.py" line="15"/>
        <source>编辑合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project.py" line="15"/>
        <source>添加合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project.py" line="20"/>
        <source>如 2024-03-05 或 2024年3月5日，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project.py" line="23"/>
        <source>元，如 12,500.00 或 3万</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="38"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="39"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="86"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="109"/>
        <source>发生了意外错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../ui/service/record_window.py" line="67"/>
        <source>服务单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="89"/>
        <source>期限（工作时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="91"/>
        <source>响应期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="92"/>
        <source>解决期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="104"/>
        <source>处理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="113"/>
        <source>判断…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="113"/>
        <source>指派…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="113"/>
        <source>处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="114"/>
        <source>回访…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="114"/>
        <source>关闭服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="115"/>
        <source>重新打开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="115"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="116"/>
        <source>打开客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="151"/>
        <source>客户：%1 %2 · 状态：%3 · 处理人：%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="153"/>
        <source>（待客户，计时暂停）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="157"/>
        <source>严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="157"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="158"/>
        <source>受理渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="158"/>
        <source>受理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="159"/>
        <source>投诉人/联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="160"/>
        <source>产品/订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="160"/>
        <source>情况描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="160"/>
        <source>客户要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="162"/>
        <source>预约时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="162"/>
        <source>服务地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="164"/>
        <source>保修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="166"/>
        <source>退换物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="166"/>
        <source>退换原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="168"/>
        <source>判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="168"/>
        <source>（未判断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="169"/>
        <source>判断理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="169"/>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="170"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="171"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="173"/>
        <source>纠正措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="173"/>
        <source>预防措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="174"/>
        <source>回访告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="174"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="176"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="176"/>
        <source>%1 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="197"/>
        <source>（已超期）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="28"/>
        <source>新建投诉/售后服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="34"/>
        <location filename="../../ui/service/register_dialog.py" line="55"/>
        <source>客户编号</source>
        <translation type="unfinished">Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="52"/>
        <source>（客户的负责客服）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="54"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="56"/>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="57"/>
        <source>情况描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="58"/>
        <source>客户要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="59"/>
        <source>产品/订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="60"/>
        <source>受理渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="61"/>
        <source>投诉人/联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="62"/>
        <source>联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="63"/>
        <source>严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="64"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="66"/>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="78"/>
        <source>预约时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="79"/>
        <source>服务地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="80"/>
        <source>保修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="81"/>
        <source>退换物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="82"/>
        <source>退换原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="108"/>
        <source>响应期限：%1&#x3000;解决期限：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="28"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="145"/>
        <source>请填写客户编号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="142"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="144"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="145"/>
        <source>重新打开时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="44"/>
        <source>服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="51"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="54"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="60"/>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="66"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="66"/>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="87"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="95"/>
        <source>服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="95"/>
        <location filename="../../ui/service/report_dialog.py" line="118"/>
        <source>按类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="96"/>
        <source>按投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="96"/>
        <source>按严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="97"/>
        <source>按责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="98"/>
        <source>有效投诉占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="98"/>
        <source>（已判断 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="99"/>
        <source>首次响应中位数（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="100"/>
        <source>首次响应 P90（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="101"/>
        <source>解决用时中位数（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="102"/>
        <source>解决用时 P90（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="103"/>
        <source>按期解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="103"/>
        <source>（已解决 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="104"/>
        <source>一次解决率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="105"/>
        <source>平均满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="107"/>
        <source>重复投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="125"/>
        <source>导出服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="125"/>
        <source>服务报告_%1_%2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="126"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="138"/>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="50"/>
        <source>每日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="51"/>
        <source>每周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="52"/>
        <source>升级前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="53"/>
        <source>导入前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="54"/>
        <source>手动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="55"/>
        <source>恢复前</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceListWindow</name>
    <message>
        <location filename="../../ui/service/list_window.py" line="52"/>
        <source>服务单列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="53"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="54"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="55"/>
        <source>全部严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="57"/>
        <source>全部处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="58"/>
        <source>只看超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="59"/>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="69"/>
        <source>新建服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="71"/>
        <source>刷新</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="73"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="143"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="161"/>
        <source>只显示前 %1 张服务单（未结的在前，再按受理时间从新到旧），其中 %2 张超期；请用筛选或日期缩小范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="165"/>
        <source>共 %1 张服务单，其中 %2 张超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="186"/>
        <source>导出服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="186"/>
        <source>服务单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="187"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="199"/>
        <source>已导出 %1 张服务单到 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../ui/service/list_model.py" line="15"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="15"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="16"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="16"/>
        <source>严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="17"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="17"/>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="18"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="18"/>
        <source>解决期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="19"/>
        <source>（已超期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_model.py" line="20"/>
        <source>已错过期限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/small.py" line="172"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="175"/>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="177"/>
        <source>无操作自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="46"/>
        <source>服务设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="46"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="50"/>
        <source>%1 响应期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="50"/>
        <source>%1 解决期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="56"/>
        <source>工作时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="59"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="60"/>
        <source>不自动安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/settings_dialog.py" line="61"/>
        <source>解决后回访</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="39"/>
        <source>首次使用设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="40"/>
        <source>欢迎使用客户档案管家。请创建第一个账号：它是客服主管，同时拥有系统管理权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="50"/>
        <source>它记到第 %1 条审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="51"/>
        <source>文件内容已无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="53"/>
        <source>注意：这里原先有一个档案，留下了库外的审计摘要 %1（%2）。继续创建新档案时，这个旧摘要会改名另存为 %1.old-日期-时间，并记入新档案的审计日志。如果您要用的是原来的档案，请先退出，从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="60"/>
        <source>登录用的用户名，如 wang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="62"/>
        <location filename="../../ui/dialogs/setup.py" line="133"/>
        <source>客服部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="65"/>
        <source>至少 8 个字符，包含字母和数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="68"/>
        <source>填充演示数据（%1 位客户，%2 名客服专员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="71"/>
        <source>公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="72"/>
        <source>主管用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="73"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="74"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="75"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="76"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="89"/>
        <source>创建并进入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="90"/>
        <source>退出</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="107"/>
        <source>请填写主管用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="109"/>
        <source>请填写公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="111"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="117"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="150"/>
        <source>正在生成演示数据 %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="165"/>
        <source>演示数据已生成：%1 位客户，%2 名客服专员。演示账号 agent01 至 agent%3，密码均为 %4（退出后在登录时使用，可体验客服专员看到的档案）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="171"/>
        <source>进入档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="178"/>
        <source>演示数据生成失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="18"/>
        <location filename="../../ui/shortcuts.py" line="19"/>
        <location filename="../../ui/shortcuts.py" line="20"/>
        <location filename="../../ui/shortcuts.py" line="21"/>
        <location filename="../../ui/shortcuts.py" line="22"/>
        <location filename="../../ui/shortcuts.py" line="23"/>
        <location filename="../../ui/shortcuts.py" line="25"/>
        <location filename="../../ui/shortcuts.py" line="26"/>
        <location filename="../../ui/shortcuts.py" line="27"/>
        <source>主窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="18"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="19"/>
        <source>新建客户</source>
        <translation type="unfinished">New customer</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="20"/>
        <source>在搜索框中：到结果列表的第一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="21"/>
        <source>打开选中的客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="22"/>
        <source>给选中的客户记一笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="24"/>
        <source>在列表中：跳到列表末尾（当前排序的最后一位客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="25"/>
        <source>在列表中：回到列表开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="26"/>
        <source>刷新</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="27"/>
        <source>锁定</source>
        <translation type="unfinished">Lock</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="28"/>
        <location filename="../../ui/shortcuts.py" line="29"/>
        <location filename="../../ui/shortcuts.py" line="31"/>
        <location filename="../../ui/shortcuts.py" line="33"/>
        <location filename="../../ui/shortcuts.py" line="35"/>
        <source>客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="28"/>
        <source>保存第一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="30"/>
        <source>记一笔（新的重要事项记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="32"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="34"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="36"/>
        <source>关闭（有未保存的修改时先询问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="37"/>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>对话框</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>确定（在多行文本框里也可用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/card/status_line.py" line="25"/>
        <source>已归档：%1。这张卡只读；恢复后可再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/status_line.py" line="26"/>
        <source>未写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/status_line.py" line="30"/>
        <source>经授权查看 · 至 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="90"/>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="90"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="99"/>
        <source>处理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="100"/>
        <location filename="../../ui/service/action_dialogs.py" line="114"/>
        <source>处理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="101"/>
        <source>纠正措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="102"/>
        <source>预防措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="103"/>
        <source>处理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="104"/>
        <source>待客户：等待客户期间不计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="114"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="54"/>
        <source>记录回访（服务单 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="55"/>
        <source>记录满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="56"/>
        <source>正在加载…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="72"/>
        <source>回访时填写服务单号（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="74"/>
        <source>问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="75"/>
        <source>受访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="76"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="77"/>
        <source>调查日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="78"/>
        <source>服务单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="88"/>
        <source>（未回答）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="95"/>
        <source>客户意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="108"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="110"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="118"/>
        <source>登记服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="119"/>
        <source>创建跟进待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="120"/>
        <source>不需要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="139"/>
        <source>评分（1 很不满意 … 5 很满意；不适用的问题可不选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="158"/>
        <source>客户：%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="163"/>
        <source>还没有问卷：请客服主管在“满意度 → 问卷与指标”中新建问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="165"/>
        <source>（不指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="170"/>
        <source>%1（第 %2 版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="215"/>
        <source>推荐意愿（0–10）：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="235"/>
        <source>低分：%1。此问卷设为自动跟进，保存时将为负责客服创建跟进待办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="237"/>
        <source>低分：%1。保存后可以登记服务单或创建跟进待办（由您决定）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="249"/>
        <source>请至少为一个问题评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="267"/>
        <source>已保存。本次调查有低分（%1）：要跟进吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="272"/>
        <source>已保存调查；低分（%1）已自动创建跟进待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="274"/>
        <source>已保存满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="295"/>
        <source>满意度调查低分：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/survey_dialog.py" line="306"/>
        <source>已创建跟进待办</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="32"/>
        <source>导入满意度调查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="34"/>
        <source>选择 Excel 文件（.xlsx），每行一个回答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="36"/>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="37"/>
        <source>选择调查结果文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="37"/>
        <location filename="../../ui/quality/import_dialog.py" line="77"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="39"/>
        <source>下载模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="41"/>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="42"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="45"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="47"/>
        <source>必填列：客户编号、调查日期、渠道、问卷、指标、分数；可选：推荐意愿、客户意见、受访人、服务单号、调查序号。文件中任何一行有问题都不会导入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="51"/>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="51"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="51"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="51"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="77"/>
        <source>保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="77"/>
        <source>满意度调查导入模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="82"/>
        <source>已保存模板：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="88"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/import_dialog.py" line="88"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../ui/card/sections.py" line="117"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="118"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="119"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="28"/>
        <source>新建待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="31"/>
        <source>要做什么，例如：回访新店开业情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="38"/>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="42"/>
        <source>待办事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="43"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="44"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="45"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/task_dialog.py" line="54"/>
        <source>（负责客服）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="52"/>
        <source>修改问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="52"/>
        <source>新建问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="56"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="56"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="59"/>
        <source>添加问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="60"/>
        <source>删除所选问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="64"/>
        <source>例如：您会向朋友推荐我们吗？（留空则不问推荐意愿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="65"/>
        <source>低分时自动为负责客服创建跟进待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="71"/>
        <source>您对我们的%1满意吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="72"/>
        <source>保存后成为第 %1 版；已有的回答仍按原来的问题保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="79"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="80"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="84"/>
        <source>问卷名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="85"/>
        <source>推荐意愿问题（0–10）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="93"/>
        <source>问题（每题 1–5 分，每个指标只问一次）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="142"/>
        <source>问卷与指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="144"/>
        <source>问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="144"/>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="144"/>
        <source>问题（指标）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="145"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="145"/>
        <source>低分自动跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="152"/>
        <source>显示旧版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="154"/>
        <source>新建问卷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="155"/>
        <source>修改（生成新版本）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="165"/>
        <source>新指标名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="166"/>
        <source>添加指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="170"/>
        <source>任何一题的分数小于或等于此值即为低分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="174"/>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="175"/>
        <source>不按计划调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="178"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="179"/>
        <source>不自动安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="180"/>
        <source>保存设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="182"/>
        <source>指标与设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="184"/>
        <source>满意度指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="189"/>
        <source>低分阈值（≤）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="191"/>
        <source>%1 类客户调查周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="192"/>
        <source>服务单解决后回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="218"/>
        <source>第 %1 版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="219"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="219"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/templates_window.py" line="255"/>
        <source>已保存设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/desk/today_page.py" line="34"/>
        <location filename="../../ui/desk/today_page.py" line="134"/>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="35"/>
        <source>满意度调查（按调查计划）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="36"/>
        <location filename="../../ui/desk/today_page.py" line="134"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="37"/>
        <source>纪念日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="38"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="39"/>
        <source>公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="40"/>
        <source>待联系（超过联系周期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="41"/>
        <source>待核实（资料久未更新）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="43"/>
        <source>一二三四五六日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="66"/>
        <source>提前 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="67"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="68"/>
        <source>生日、纪念日、节日和待办提前多少天提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="70"/>
        <source>刷新</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="84"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="84"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="84"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="99"/>
        <location filename="../../ui/desk/today_page.py" line="242"/>
        <source>打开客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="101"/>
        <source>完成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="103"/>
        <source>问候名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="106"/>
        <source>推迟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="109"/>
        <source>推迟到明天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="109"/>
        <source>推迟 3 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="109"/>
        <source>推迟一周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="112"/>
        <source>忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="131"/>
        <source>部门概览（各客服今日事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="134"/>
        <source>客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="134"/>
        <source>逾期待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="135"/>
        <source>待联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="135"/>
        <source>待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="142"/>
        <source>完成所选事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="170"/>
        <source>今日  %1年%2月%3日 星期%4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="194"/>
        <source>另有 %1 位客户未列出（已按超期时间列出最紧急的 %2 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="202"/>
        <source>未来 %1 天没有需要处理的事项。
可以到“客户档案”中查看客户，或在客户卡上添加待办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="214"/>
        <source>部门概览加载失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="228"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="228"/>
        <source>明天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="228"/>
        <source>后天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="229"/>
        <source>%1月%2日 周%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="241"/>
        <source>打开公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="299"/>
        <source>%1月%2日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="312"/>
        <location filename="../../ui/desk/today_page.py" line="315"/>
        <source>标记为已发送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="313"/>
        <source>将在 %1 位客户的档案中各记一条“%2问候”（问候方式：%3）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="319"/>
        <source>导出问候名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="320"/>
        <source>%1问候名单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="321"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="17"/>
        <source>客服专员</source>
        <translation>Customer service agent</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="17"/>
        <source>客服主管</source>
        <translation>Customer service manager</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="18"/>
        <source>业务人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="20"/>
        <source>在职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="20"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="21"/>
        <source>交接中（冻结）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="21"/>
        <source>离职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="23"/>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="23"/>
        <source>个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="25"/>
        <source>A 重要客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="25"/>
        <source>B 潜力客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="26"/>
        <source>C 一般客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="28"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="28"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="30"/>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="30"/>
        <source>敏感信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="31"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="31"/>
        <source>打印/导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="33"/>
        <source>待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="33"/>
        <source>已批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="34"/>
        <source>已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="34"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="36"/>
        <source>待执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="36"/>
        <source>待接收确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="37"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="39"/>
        <source>客户名称</source>
        <translation type="unfinished">Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="39"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="40"/>
        <source>组织机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="40"/>
        <source>所属行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="41"/>
        <source>行业地位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="41"/>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="42"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="42"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="43"/>
        <source>传真</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="43"/>
        <source>电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="44"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="44"/>
        <source>网站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="45"/>
        <source>信息来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="45"/>
        <source>客户分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="46"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="46"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="47"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="47"/>
        <source>客户编号</source>
        <translation type="unfinished">Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="49"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="49"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="50"/>
        <source>在机构中的作用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="50"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="51"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="51"/>
        <source>家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="52"/>
        <source>性格分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="52"/>
        <source>兴趣爱好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="53"/>
        <source>人际关系与交际圈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="53"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="55"/>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="55"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="56"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="56"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="57"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="59"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="59"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="60"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="60"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="61"/>
        <source>来源部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="63"/>
        <source>审计检查点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="64"/>
        <source>旧审计摘要另存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="64"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="65"/>
        <source>受理服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="66"/>
        <source>投诉判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="67"/>
        <source>指派服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="68"/>
        <source>处理服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="69"/>
        <source>服务单回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="70"/>
        <source>关闭服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="71"/>
        <source>重新打开服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="72"/>
        <source>打印服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="73"/>
        <source>导出服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="74"/>
        <source>导出服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="75"/>
        <source>调整客户分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="76"/>
        <source>保留客户分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="77"/>
        <source>设置分类规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="78"/>
        <source>导出二八分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="79"/>
        <source>合并客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="80"/>
        <source>新建培育计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="81"/>
        <source>新建待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="82"/>
        <source>完成待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="83"/>
        <source>取消待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="84"/>
        <source>核实客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="85"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="86"/>
        <source>查看今日提醒（含个人日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="87"/>
        <source>处理今日提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="88"/>
        <source>新建公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="89"/>
        <source>修改公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="90"/>
        <source>邀请客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="91"/>
        <source>记录活动回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="92"/>
        <source>录入节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="93"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="93"/>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="94"/>
        <source>退出</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="94"/>
        <source>锁定</source>
        <translation type="unfinished">Lock</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="95"/>
        <source>解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="95"/>
        <source>查看客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="96"/>
        <source>查看敏感信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="96"/>
        <source>新建客户</source>
        <translation type="unfinished">New customer</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="97"/>
        <source>修改客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="97"/>
        <source>归档客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="98"/>
        <source>恢复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="98"/>
        <source>添加联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="99"/>
        <source>修改联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="99"/>
        <source>删除联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="100"/>
        <source>添加合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="100"/>
        <source>修改合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="101"/>
        <source>删除合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="101"/>
        <source>添加重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="102"/>
        <source>更正重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="102"/>
        <source>报告重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="103"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="103"/>
        <source>打印/导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="104"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="104"/>
        <source>申请查阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="105"/>
        <source>批准申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="105"/>
        <source>拒绝申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="106"/>
        <source>取消申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="106"/>
        <source>授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="107"/>
        <source>撤销授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="107"/>
        <source>发起交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="108"/>
        <source>执行交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="108"/>
        <source>接收确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="109"/>
        <source>交接完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="109"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="110"/>
        <source>修改账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="110"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="111"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="111"/>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="112"/>
        <source>初始化档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="112"/>
        <source>生成演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="113"/>
        <source>拒绝访问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="113"/>
        <source>停用账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="114"/>
        <source>启用账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="114"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="115"/>
        <source>解除登录锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="117"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="117"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="118"/>
        <source>停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="120"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="120"/>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="121"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="121"/>
        <source>归档原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="122"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="122"/>
        <source>联系人职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="123"/>
        <source>联系人手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="123"/>
        <source>联系人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="124"/>
        <source>联系人邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="124"/>
        <source>联系人生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="126"/>
        <source>权限不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="129"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="129"/>
        <source>送货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="129"/>
        <source>安装</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="130"/>
        <source>退换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="130"/>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="130"/>
        <source>保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="131"/>
        <source>培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="131"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="131"/>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="132"/>
        <source>重大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="132"/>
        <source>紧急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="132"/>
        <source>上门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="133"/>
        <source>信函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="133"/>
        <source>邮件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="133"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="134"/>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="134"/>
        <source>处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="134"/>
        <source>待客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="135"/>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="135"/>
        <source>已回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="135"/>
        <source>已关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="136"/>
        <source>有效投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="136"/>
        <source>部分有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="136"/>
        <source>无效投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="137"/>
        <source>服务态度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="137"/>
        <source>服务质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="137"/>
        <source>产品质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="138"/>
        <source>配送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="138"/>
        <source>价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="138"/>
        <source>很不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="139"/>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="139"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="139"/>
        <source>很满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="140"/>
        <source>保修期内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="140"/>
        <source>保修期外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="140"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="141"/>
        <source>判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="141"/>
        <source>指派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="141"/>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="142"/>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="142"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="142"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="144"/>
        <source>导入检查（试运行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="145"/>
        <source>导入未通过检查（未写入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="146"/>
        <source>开户行及账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="147"/>
        <source>开票名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="148"/>
        <source>开票地址电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="149"/>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="150"/>
        <source>注册资本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="151"/>
        <source>税号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="152"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="154"/>
        <source>记录满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="154"/>
        <source>设置问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="155"/>
        <source>新增服务目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="155"/>
        <source>生成月度服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="156"/>
        <source>导入满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="157"/>
        <source>满意度调查导入检查（试运行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="158"/>
        <source>满意度调查导入未通过检查（未写入）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <location filename="../../ui/card/keys.py" line="46"/>
        <source>记一笔（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/keys.py" line="47"/>
        <source>新的重要事项记录（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/keys.py" line="49"/>
        <source>保存第一页的修改（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/card_hook.py" line="27"/>
        <source>记录满意度调查…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>card.service_tab</name>
    <message>
        <location filename="../../ui/service/card_tab.py" line="73"/>
        <source>服务单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/quality/today_hook.py" line="26"/>
        <source>记录调查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality/today_hook.py" line="27"/>
        <source>为所选的满意度调查或回访事项记录客户的评分</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="161"/>
        <location filename="../../ui/desk/card_tasks.py" line="178"/>
        <source>由此建待办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="162"/>
        <source>为所选记录建一条跟进待办（标题取自记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="188"/>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="189"/>
        <source>新建待办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/card_tasks.py" line="190"/>
        <source>为这位客户建一条跟进待办</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window.today_page</name>
    <message>
        <location filename="../../ui/desk/__init__.py" line="46"/>
        <source>今日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
