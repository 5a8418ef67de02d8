<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/access/__init__.py" line="31"/>
        <location filename="../../ui/access/inbox.py" line="297"/>
        <source>权限</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="32"/>
        <source>申请查阅…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="34"/>
        <location filename="../../ui/access/__init__.py" line="73"/>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="36"/>
        <location filename="../../ui/access/audit_viewer.py" line="54"/>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="73"/>
        <source>审批（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="74"/>
        <source>%1 条查阅申请等待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="75"/>
        <source>没有待审批的查阅申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="95"/>
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
        <location filename="../../ui/handover/wizard.py" line="114"/>
        <location filename="../../ui/handover/wizard.py" line="121"/>
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
        <location filename="../../ui/access/approvals.py" line="209"/>
        <location filename="../../ui/access/inbox.py" line="226"/>
        <location filename="../../ui/handover/wizard.py" line="116"/>
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
        <location filename="../../ui/handover/common.py" line="26"/>
        <location filename="../../ui/handover/records.py" line="46"/>
        <location filename="../../ui/handover/records.py" line="57"/>
        <location filename="../../ui/handover/wizard.py" line="118"/>
        <location filename="../../ui/service/record_window.py" line="51"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="67"/>
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
        <location filename="../../ui/handover/wizard.py" line="115"/>
        <source>被授权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="84"/>
        <location filename="../../ui/handover/wizard.py" line="117"/>
        <source>到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="85"/>
        <location filename="../../ui/handover/wizard.py" line="115"/>
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
        <location filename="../../ui/access/approvals.py" line="210"/>
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
        <location filename="../../ui/access/approvals.py" line="201"/>
        <source>授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="204"/>
        <location filename="../../ui/access/audit_viewer.py" line="90"/>
        <location filename="../../ui/access/request_dialog.py" line="174"/>
        <location filename="../../ui/admin/accounts.py" line="373"/>
        <location filename="../../ui/exports/__init__.py" line="93"/>
        <location filename="../../ui/exports/import_dialog.py" line="60"/>
        <location filename="../../ui/exports/preview.py" line="236"/>
        <location filename="../../ui/handover/wizard.py" line="189"/>
        <location filename="../../ui/handover/wizard.py" line="216"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="207"/>
        <location filename="../../ui/access/audit_viewer.py" line="59"/>
        <location filename="../../ui/access/request_dialog.py" line="55"/>
        <location filename="../../ui/handover/common.py" line="21"/>
        <location filename="../../ui/handover/wizard.py" line="154"/>
        <source>客户编号</source>
        <translation type="unfinished">Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="208"/>
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
        <location filename="../../ui/card/sections.py" line="103"/>
        <location filename="../../ui/service/record_window.py" line="49"/>
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
        <location filename="../../ui/card/sections.py" line="105"/>
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
        <location filename="../../ui/exports/__init__.py" line="52"/>
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
        <location filename="../../ui/exports/preview.py" line="145"/>
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
        <location filename="../../ui/handover/common.py" line="22"/>
        <location filename="../../ui/handover/wizard.py" line="154"/>
        <source>客户名称</source>
        <translation type="unfinished">Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="56"/>
        <location filename="../../ui/handover/common.py" line="23"/>
        <location filename="../../ui/handover/wizard.py" line="155"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="56"/>
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
        <location filename="../../ui/card/sections.py" line="70"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="178"/>
        <location filename="../../ui/card/sections.py" line="71"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="179"/>
        <location filename="../../ui/card/sections.py" line="72"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="180"/>
        <location filename="../../ui/card/sections.py" line="73"/>
        <location filename="../../ui/exports/import_dialog.py" line="111"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="24"/>
        <source>备份档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="24"/>
        <source>档案备份 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="35"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="36"/>
        <location filename="../../ui/admin/accounts.py" line="188"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="41"/>
        <source>备份档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="44"/>
        <source>把档案文件（连同审计日志校验信息）复制一份，工作中也可以备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="52"/>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="54"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="68"/>
        <source>只有管理员可以管理账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="89"/>
        <source>客户档案备份-%1.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="97"/>
        <source>已备份到 %1（%2 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="99"/>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="106"/>
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
        <location filename="../../ui/card/sections.py" line="43"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="62"/>
        <source>（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="72"/>
        <source>（已更正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="74"/>
        <source>来源部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="75"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="75"/>
        <source>（报告）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="76"/>
        <source>记录时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="104"/>
        <location filename="../../ui/service/record_window.py" line="52"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="106"/>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="107"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="108"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="51"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="54"/>
        <source>打印预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="56"/>
        <source>打印客户卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="58"/>
        <source>保存 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="60"/>
        <source>导入 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="75"/>
        <source>当前客户 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="78"/>
        <source>选中的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="80"/>
        <source>当前列表的全部客户：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="91"/>
        <source>另一项导出正在进行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="94"/>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="120"/>
        <source>已取消，未生成文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="136"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="136"/>
        <source>客户档案.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="136"/>
        <location filename="../../ui/exports/__init__.py" line="183"/>
        <location filename="../../ui/exports/import_dialog.py" line="200"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="141"/>
        <source>正在导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="147"/>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="147"/>
        <source>%1 %2 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="149"/>
        <source>已导出到 %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="156"/>
        <source>保存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="156"/>
        <source>客户资料信息卡.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="156"/>
        <location filename="../../ui/handover/records.py" line="130"/>
        <location filename="../../ui/handover/wizard.py" line="411"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="168"/>
        <source>已保存 %1（%2 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="177"/>
        <source>正在生成客户资料信息卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/__init__.py" line="183"/>
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
        <location filename="../../ui/handover/wizard.py" line="165"/>
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
        <source>开始导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="150"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="150"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="178"/>
        <source>；发现重复 %1 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="192"/>
        <location filename="../../ui/handover/wizard.py" line="206"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="200"/>
        <source>保存问题清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="200"/>
        <source>导入问题清单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="203"/>
        <source>问题清单已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="110"/>
        <source>打印预览 — 客户资料信息卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="124"/>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="125"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="126"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="127"/>
        <source>末页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="131"/>
        <source>共 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="133"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="133"/>
        <source>适合页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="143"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="148"/>
        <source>第</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="152"/>
        <source>缩放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="236"/>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="237"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="244"/>
        <source>正在打印第 %1 / %2 页…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="36"/>
        <source>交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="37"/>
        <source>发起离职交接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="39"/>
        <location filename="../../ui/handover/records.py" line="40"/>
        <source>交接记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="41"/>
        <location filename="../../ui/handover/__init__.py" line="61"/>
        <location filename="../../ui/handover/records.py" line="157"/>
        <source>待确认的交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="60"/>
        <source>待确认的交接（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="63"/>
        <source>有 %1 位交接给您的客户待确认接收（交接 › 待确认的交接）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="16"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="16"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="28"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="29"/>
        <source>合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="30"/>
        <source>重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/common.py" line="33"/>
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
        <location filename="../../ui/handover/wizard.py" line="156"/>
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
        <location filename="../../ui/handover/wizard.py" line="410"/>
        <source>保存交接单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="130"/>
        <location filename="../../ui/handover/wizard.py" line="410"/>
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
        <location filename="../../ui/handover/wizard.py" line="58"/>
        <source>发起离职交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="73"/>
        <source>正在读取人员名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="89"/>
        <source>例如：调往华南分公司，最后工作日 6 月 30 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="90"/>
        <source>开始交接并冻结账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="93"/>
        <source>离职人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="94"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="95"/>
        <source>开始后该账号立即冻结：不能再登录或导出，正在使用的会话在下一次操作时停止；其待审批的查阅申请取消，持有的查阅授权撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="99"/>
        <source>&lt;b&gt;第 1 步：选择离职人员&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="113"/>
        <source>方向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="113"/>
        <source>持有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="113"/>
        <source>授予他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="118"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="118"/>
        <source>已撤销/已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="122"/>
        <source>跟进事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="123"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="126"/>
        <source>负责的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="127"/>
        <source>查阅授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="128"/>
        <source>未办跟进事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="130"/>
        <source>下一步：分配接收人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="133"/>
        <source>&lt;b&gt;第 2 步：清点移交内容&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="136"/>
        <source>稍后继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="144"/>
        <source>平均分配（按各人现有负责客户数均衡）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="145"/>
        <source>全部交给一人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="156"/>
        <source>（指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="161"/>
        <source>所选客户改交给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="163"/>
        <source>执行交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="176"/>
        <source>&lt;b&gt;第 3 步：选择接收人，预览分配&lt;/b&gt;（执行前不会改动任何数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="188"/>
        <source>正在执行交接……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="204"/>
        <source>保存/打印交接单 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="209"/>
        <source>&lt;b&gt;交接已执行&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="241"/>
        <source>请选择离职人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="243"/>
        <source>正在冻结账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="252"/>
        <source>正在清点…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="262"/>
        <source>交接单 %1：%2（%3）名下 &lt;b&gt;%4&lt;/b&gt; 位客户，联系人 %5 人、合作项目 %6 个、重要事项 %7 条；未办跟进事项 %8 条；其授予他人且仍有效的查阅授权 %9 项（保留，可在权限中撤销）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="271"/>
        <source>离职交接 %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="277"/>
        <source>正在读取接收人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="322"/>
        <source>请勾选至少一位接收人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="324"/>
        <source>正在生成分配预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="341"/>
        <source>%1：现负责 %2 位，接收 &lt;b&gt;%3&lt;/b&gt; 位，交接后 %4 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="344"/>
        <source>离职人员名下没有客户，执行后交接即完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="352"/>
        <source>请先在表中选择要改交的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="373"/>
        <source>正在取消……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="384"/>
        <source>已取消交接，没有做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="390"/>
        <source>交接失败，没有做任何改动：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="397"/>
        <source>%1（%2）：%3 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="400"/>
        <source>离职人员名下没有客户，交接已完成，账号已标记为离职。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="401"/>
        <source>请各接收人在“交接 › 待确认的交接”中核对并确认接收；全部确认后，离职人员的账号标记为离职。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="403"/>
        <source>交接单 &lt;b&gt;%1&lt;/b&gt;：%2 位客户已移交，%3 条未办跟进事项随客户移交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="436"/>
        <source>无法保存交接单：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="440"/>
        <source>交接单已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="29"/>
        <source>程序出错，已写入错误报告：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="25"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="26"/>
        <source>服务单列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="28"/>
        <source>新建投诉/售后服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="30"/>
        <source>服务报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/__init__.py" line="61"/>
        <source>已登记服务单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/common.py" line="51"/>
        <source>发生了意外错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="50"/>
        <source>步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="53"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/small.py" line="92"/>
        <source>关于客户档案管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="99"/>
        <source>&lt;h3&gt;客户档案管家 0.1&lt;/h3&gt;&lt;p&gt;客户资料信息卡（基本资料 + 重要事项记录）、查阅权限、交接与导出。&lt;/p&gt;&lt;p&gt;本档案：%1&lt;/p&gt;&lt;p&gt;界面字体：Droid Sans Fallback（Apache-2.0）。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="105"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="57"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="112"/>
        <source>档案以只读方式打开（文件不可写）：%1。可以查看，不能修改。</source>
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
        <location filename="../../ui/service/action_dialogs.py" line="114"/>
        <source>指派处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="114"/>
        <source>指派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="119"/>
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
        <location filename="../../ui/service/report_dialog.py" line="48"/>
        <source>（没有数据）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="57"/>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="59"/>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="37"/>
        <source>年份（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="31"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="33"/>
        <source>闰月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="34"/>
        <source>农历闰月出生（如闰四月）；没有该闰月的年份按四月提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="84"/>
        <source>%1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="135"/>
        <source>生日：年份需为数字，如 1975</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEditing</name>
    <message>
        <location filename="../../ui/card/editing.py" line="77"/>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="79"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="80"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="91"/>
        <source>删除联系人“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/editing.py" line="95"/>
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
    <name>CardWindow</name>
    <message>
        <location filename="../../ui/card/window.py" line="42"/>
        <source>客户分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="43"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="78"/>
        <source>正在加载客户卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="79"/>
        <source>客户资料信息卡 — 正在加载…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="100"/>
        <location filename="../../ui/card/window.py" line="430"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="101"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="102"/>
        <source>查看敏感信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="103"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="104"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="105"/>
        <source>核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="106"/>
        <source>确认第一页资料仍然准确（记录核实人和时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="134"/>
        <source>负责人 / 联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="136"/>
        <source>合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="158"/>
        <source>第一页 基本资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="159"/>
        <source>第二页 重要事项记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="160"/>
        <source>变更记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="212"/>
        <source>%1 · %2 · 负责客服：%3 · 最后更新：%4（%5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="219"/>
        <source> · 上次核实：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="221"/>
        <source>从未核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="225"/>
        <source>权限不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="257"/>
        <source>客户资料信息卡 — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="277"/>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="359"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="381"/>
        <source>请修改标红的字段后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="370"/>
        <source>已保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="432"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="426"/>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="427"/>
        <source>这张客户卡有未保存的修改。要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="431"/>
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
    <name>CompanyForm</name>
    <message>
        <location filename="../../ui/card/company_form.py" line="78"/>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/company_form.py" line="85"/>
        <source>如 2015-03-18 或 2015年3月18日</source>
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
        <location filename="../../ui/dialogs/contact.py" line="144"/>
        <source>编辑联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="144"/>
        <source>添加联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="149"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="173"/>
        <source>敏感信息（生日、家庭、性格、爱好、人际关系）：权限不足，无法查看或修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="36"/>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="37"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="38"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="39"/>
        <source>所属行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="40"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="41"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/customer_table.py" line="42"/>
        <source>最后更新</source>
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
        <location filename="../../ui/card/sections.py" line="181"/>
        <source>添加记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="182"/>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="219"/>
        <source>还没有重要事项记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="225"/>
        <source>来源部门：%1&#x3000;记录人：%2&#x3000;记录时间：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="230"/>
        <source>更正前的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="233"/>
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
        <location filename="../../ui/exports/options.py" line="80"/>
        <source>加浅色水印（打印人姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="85"/>
        <source>版式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="88"/>
        <source>完整客户卡（两页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="88"/>
        <source>摘要（每位客户一页，含最近 10 条事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="89"/>
        <source>对外版（不含任何敏感个人信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="92"/>
        <source>模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="94"/>
        <source>从新到旧（与屏幕一致）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="95"/>
        <source>从旧到新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="97"/>
        <source>重要事项顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="98"/>
        <source>双面打印：每位客户从右页（奇数页）开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="99"/>
        <source>需要时插入空白页，打印后可按客户分开（仅多位客户时生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="104"/>
        <source>导出和打印均记录在审计日志中。内部资料，注意保密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="111"/>
        <source>导出</source>
        <translation type="unfinished">Export</translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="111"/>
        <source>继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="113"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="164"/>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="164"/>
        <source>记录回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="167"/>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="170"/>
        <source>告知客户的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="171"/>
        <source>客户满意度</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="22"/>
        <source>搜索：名称、编号、联系人、电话、拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="26"/>
        <location filename="../../ui/widgets/filter_bar.py" line="30"/>
        <location filename="../../ui/widgets/filter_bar.py" line="35"/>
        <location filename="../../ui/widgets/filter_bar.py" line="59"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="33"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="34"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="39"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="41"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="41"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="42"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="67"/>
        <source>%1问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="69"/>
        <source>%1（%2）：共 %3 位客户待问候，勾选已发送的客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="78"/>
        <source>  · 联系人 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="85"/>
        <source>问候方式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="90"/>
        <source>导出名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="97"/>
        <source>标记为已发送</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="92"/>
        <source>投诉判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="92"/>
        <source>判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="102"/>
        <source>是否有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="103"/>
        <source>判断理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="104"/>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="105"/>
        <source>责任部门</source>
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
        <location filename="../../ui/widgets/lock_page.py" line="37"/>
        <source>长时间未操作，程序已自动锁定。请输入 %1 的密码以继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lock_page.py" line="53"/>
        <location filename="../../ui/widgets/lock_page.py" line="54"/>
        <source>正在验证…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="22"/>
        <source>客户档案管家 — 登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="28"/>
        <source>客户档案管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="39"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="40"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="43"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="44"/>
        <source>退出</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="59"/>
        <source>请输入用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="89"/>
        <source>管理员已重置该账号的密码：须先设置新密码才能登录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="77"/>
        <source>客户档案管家 — %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="90"/>
        <source>客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="117"/>
        <source>·管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="148"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="152"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="153"/>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="156"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="158"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="168"/>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="172"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="178"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="186"/>
        <source>当前用户：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="197"/>
        <source>功能模块加载失败：%1，已写入错误报告：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="414"/>
        <source>无法连接数据库，请稍后再试：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="262"/>
        <source>客户档案管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="281"/>
        <location filename="../../ui/mainwindow.py" line="291"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="315"/>
        <source>共 %1 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="410"/>
        <source>管理员已重置您的密码：请用临时密码重新登录，并设置新密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/small.py" line="54"/>
        <source>新建客户</source>
        <translation type="unfinished">New customer</translation>
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
        <location filename="../../ui/desk/dialogs.py" line="41"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="51"/>
        <source>请简要写下处理结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/project.py" line="14"/>
        <source>编辑合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project.py" line="14"/>
        <source>添加合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project.py" line="19"/>
        <source>YYYY-MM-DD，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/project.py" line="21"/>
        <source>元，如 12,500.00 或 3万</source>
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
        <location filename="../../ui/service/record_window.py" line="68"/>
        <source>服务单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="90"/>
        <source>期限（工作时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="92"/>
        <source>响应期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="93"/>
        <source>解决期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="105"/>
        <source>处理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="114"/>
        <source>判断…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="114"/>
        <source>指派…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="114"/>
        <source>处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="115"/>
        <source>回访…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="115"/>
        <source>关闭服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="116"/>
        <source>重新打开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="116"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="117"/>
        <source>打开客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="152"/>
        <source>客户：%1 %2 · 状态：%3 · 处理人：%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="154"/>
        <source>（待客户，计时暂停）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="158"/>
        <source>严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="158"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="159"/>
        <source>受理渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="159"/>
        <source>受理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="160"/>
        <source>投诉人/联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="161"/>
        <source>产品/订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="161"/>
        <source>情况描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="161"/>
        <source>客户要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="163"/>
        <source>预约时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="163"/>
        <source>服务地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="165"/>
        <source>保修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="167"/>
        <source>退换物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="167"/>
        <source>退换原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="169"/>
        <source>判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="169"/>
        <source>（未判断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="170"/>
        <source>判断理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="170"/>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="171"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="172"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="174"/>
        <source>纠正措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="174"/>
        <source>预防措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="175"/>
        <source>回访告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="175"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="177"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="177"/>
        <source>%1 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="198"/>
        <source>（已超期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="252"/>
        <source>已生成 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/record_window.py" line="258"/>
        <source>打印预览 — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="47"/>
        <source>新建投诉/售后服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="53"/>
        <location filename="../../ui/service/register_dialog.py" line="74"/>
        <source>客户编号</source>
        <translation type="unfinished">Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="71"/>
        <source>（客户的负责客服）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="73"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="75"/>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="76"/>
        <source>情况描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="77"/>
        <source>客户要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="78"/>
        <source>产品/订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="79"/>
        <source>受理渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="80"/>
        <source>投诉人/联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="81"/>
        <source>联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="82"/>
        <source>严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="83"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="84"/>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="96"/>
        <source>预约时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="97"/>
        <source>服务地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="98"/>
        <source>保修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="99"/>
        <source>退换物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="100"/>
        <source>退换原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="109"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="110"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/register_dialog.py" line="163"/>
        <source>请填写客户编号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="179"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="181"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="79"/>
        <source>服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="86"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="88"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="94"/>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="100"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="100"/>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="121"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="129"/>
        <source>服务单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="129"/>
        <location filename="../../ui/service/report_dialog.py" line="152"/>
        <source>按类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="130"/>
        <source>按投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="130"/>
        <source>按严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="131"/>
        <source>按责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="132"/>
        <source>有效投诉占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="132"/>
        <source>（已判断 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="133"/>
        <source>首次响应中位数（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="134"/>
        <source>首次响应 P90（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="135"/>
        <source>解决用时中位数（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="136"/>
        <source>解决用时 P90（工作小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="137"/>
        <source>按期解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="137"/>
        <source>（已解决 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="138"/>
        <source>一次解决率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="139"/>
        <source>平均满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="141"/>
        <source>重复投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="159"/>
        <source>导出服务报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="159"/>
        <source>服务报告_%1_%2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="160"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/report_dialog.py" line="172"/>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceListWindow</name>
    <message>
        <location filename="../../ui/service/list_window.py" line="49"/>
        <source>服务单列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="50"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="51"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="52"/>
        <source>全部严重程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="54"/>
        <source>全部处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="55"/>
        <source>只看超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="56"/>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="66"/>
        <source>新建服务单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="68"/>
        <source>刷新</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="137"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/list_window.py" line="154"/>
        <source>共 %1 张服务单，其中 %2 张超期</source>
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
        <location filename="../../ui/dialogs/small.py" line="119"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="122"/>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="124"/>
        <source>无操作自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="38"/>
        <source>客户档案管家 — 首次使用设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="39"/>
        <source>欢迎使用客户档案管家。请创建第一个账号：它是客服主管，同时拥有系统管理权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="49"/>
        <source>它记到第 %1 条审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="50"/>
        <source>文件内容已无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="52"/>
        <source>注意：这里原先有一个档案，留下了库外的审计摘要 %1（%2）。继续创建新档案时，这个旧摘要会改名另存为 %1.old-日期-时间，并记入新档案的审计日志。如果您要用的是原来的档案，请先退出，从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="59"/>
        <source>登录用的用户名，如 wang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="61"/>
        <location filename="../../ui/dialogs/setup.py" line="121"/>
        <source>客服部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="64"/>
        <source>至少 8 个字符，包含字母和数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="67"/>
        <source>填充演示数据（%1 位客户，%2 名客服专员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="70"/>
        <source>公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="71"/>
        <source>主管用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="72"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="73"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="74"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="75"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="83"/>
        <source>创建并进入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="84"/>
        <source>退出</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="100"/>
        <source>请填写公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="102"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="108"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="138"/>
        <source>正在生成演示数据 %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="150"/>
        <source>演示数据生成失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="129"/>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="129"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="138"/>
        <source>处理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="139"/>
        <location filename="../../ui/service/action_dialogs.py" line="152"/>
        <source>处理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="140"/>
        <source>纠正措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="141"/>
        <source>预防措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="142"/>
        <source>待客户：等待客户期间不计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service/action_dialogs.py" line="152"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../ui/card/sections.py" line="139"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="140"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="141"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/desk/today_page.py" line="34"/>
        <location filename="../../ui/desk/today_page.py" line="132"/>
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
        <location filename="../../ui/desk/today_page.py" line="132"/>
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
        <location filename="../../ui/desk/today_page.py" line="129"/>
        <source>部门概览（各客服今日事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="132"/>
        <source>客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="132"/>
        <source>逾期待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="133"/>
        <source>待联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="133"/>
        <source>待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="140"/>
        <source>完成所选事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="168"/>
        <source>今日  %1年%2月%3日 星期%4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="192"/>
        <source>另有 %1 位客户未列出（已按超期时间列出最紧急的 %2 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="200"/>
        <source>未来 %1 天没有需要处理的事项。
可以到“客户档案”中查看客户，或在客户卡上添加待办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="212"/>
        <source>部门概览加载失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="226"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="226"/>
        <source>明天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="226"/>
        <source>后天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="227"/>
        <source>%1月%2日 周%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="289"/>
        <source>%1月%2日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="298"/>
        <source>导出问候名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="299"/>
        <source>%1问候名单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="300"/>
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
        <location filename="../../ui/vocabulary_tr.py" line="65"/>
        <source>新建待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="66"/>
        <source>完成待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="67"/>
        <source>取消待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="68"/>
        <source>核实客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="69"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="70"/>
        <source>查看今日提醒（含个人日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="71"/>
        <source>处理今日提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="72"/>
        <source>新建公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="73"/>
        <source>邀请客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="74"/>
        <source>记录活动回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="75"/>
        <source>录入节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="76"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="76"/>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="77"/>
        <source>退出</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="77"/>
        <source>锁定</source>
        <translation type="unfinished">Lock</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="78"/>
        <source>解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="78"/>
        <source>查看客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="79"/>
        <source>查看敏感信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="79"/>
        <source>新建客户</source>
        <translation type="unfinished">New customer</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="80"/>
        <source>修改客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="80"/>
        <source>归档客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="81"/>
        <source>恢复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="81"/>
        <source>添加联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="82"/>
        <source>修改联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="82"/>
        <source>删除联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="83"/>
        <source>添加合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="83"/>
        <source>修改合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="84"/>
        <source>删除合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="84"/>
        <source>添加重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="85"/>
        <source>更正重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="85"/>
        <source>报告重要事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="86"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="86"/>
        <source>打印/导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="87"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="87"/>
        <source>申请查阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="88"/>
        <source>批准申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="88"/>
        <source>拒绝申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="89"/>
        <source>取消申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="89"/>
        <source>授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="90"/>
        <source>撤销授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="90"/>
        <source>发起交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="91"/>
        <source>执行交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="91"/>
        <source>接收确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="92"/>
        <source>交接完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="92"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="93"/>
        <source>修改账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="93"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="94"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="94"/>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="95"/>
        <source>初始化档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="95"/>
        <source>生成演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="96"/>
        <source>拒绝访问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="96"/>
        <source>停用账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="97"/>
        <source>启用账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="97"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="98"/>
        <source>解除登录锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="100"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="100"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="101"/>
        <source>停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="103"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="103"/>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="104"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="104"/>
        <source>归档原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="105"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="105"/>
        <source>联系人职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="106"/>
        <source>联系人手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="106"/>
        <source>联系人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="107"/>
        <source>联系人邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="107"/>
        <source>联系人生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="109"/>
        <source>权限不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="112"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="112"/>
        <source>送货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="112"/>
        <source>安装</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="113"/>
        <source>退换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="113"/>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="113"/>
        <source>保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="114"/>
        <source>培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="114"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="114"/>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="115"/>
        <source>重大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="115"/>
        <source>紧急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="115"/>
        <source>上门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="116"/>
        <source>信函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="116"/>
        <source>邮件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="116"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="117"/>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="117"/>
        <source>处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="117"/>
        <source>待客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="118"/>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="118"/>
        <source>已回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="118"/>
        <source>已关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="119"/>
        <source>有效投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="119"/>
        <source>部分有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="119"/>
        <source>无效投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="120"/>
        <source>服务态度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="120"/>
        <source>服务质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="120"/>
        <source>产品质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="121"/>
        <source>配送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="121"/>
        <source>价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="121"/>
        <source>很不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="122"/>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="122"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="122"/>
        <source>很满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="123"/>
        <source>保修期内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="123"/>
        <source>保修期外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="123"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="124"/>
        <source>判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="124"/>
        <source>指派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="124"/>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="125"/>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="125"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="125"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="127"/>
        <source>导入检查（试运行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="128"/>
        <source>导入未通过检查（未写入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="129"/>
        <source>开户行及账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="130"/>
        <source>开票名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="131"/>
        <source>开票地址电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="132"/>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="133"/>
        <source>注册资本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="134"/>
        <source>税号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_tr.py" line="135"/>
        <source>统一社会信用代码</source>
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
    <name>window.today_page</name>
    <message>
        <location filename="../../ui/desk/__init__.py" line="9"/>
        <source>今日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
