<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/access/__init__.py" line="30"/>
        <location filename="../../ui/access/inbox.py" line="289"/>
        <source>权限</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="31"/>
        <source>申请查阅…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="33"/>
        <location filename="../../ui/access/__init__.py" line="69"/>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="35"/>
        <location filename="../../ui/access/audit_viewer.py" line="47"/>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="69"/>
        <source>审批（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="70"/>
        <source>%1 条查阅申请等待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="71"/>
        <source>没有待审批的查阅申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/__init__.py" line="93"/>
        <source>只有客服主管可以审批查阅申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="41"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="51"/>
        <source>审批与授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="54"/>
        <location filename="../../ui/access/approvals.py" line="73"/>
        <location filename="../../ui/access/audit_viewer.py" line="66"/>
        <location filename="../../ui/access/inbox.py" line="212"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="55"/>
        <location filename="../../ui/access/approvals.py" line="74"/>
        <location filename="../../ui/access/inbox.py" line="116"/>
        <location filename="../../ui/access/inbox.py" line="213"/>
        <location filename="../../ui/handover/wizard.py" line="98"/>
        <location filename="../../ui/handover/wizard.py" line="105"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="56"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="57"/>
        <location filename="../../ui/access/approvals.py" line="76"/>
        <location filename="../../ui/access/approvals.py" line="202"/>
        <location filename="../../ui/access/inbox.py" line="214"/>
        <location filename="../../ui/handover/wizard.py" line="100"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="58"/>
        <location filename="../../ui/access/inbox.py" line="217"/>
        <source>申请时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="59"/>
        <location filename="../../ui/access/inbox.py" line="115"/>
        <location filename="../../ui/access/inbox.py" line="215"/>
        <location filename="../../ui/admin/accounts.py" line="59"/>
        <location filename="../../ui/handover/common.py" line="26"/>
        <location filename="../../ui/handover/records.py" line="44"/>
        <location filename="../../ui/handover/records.py" line="55"/>
        <location filename="../../ui/handover/wizard.py" line="102"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="60"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="63"/>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="66"/>
        <source>拒绝理由（拒绝时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="67"/>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="69"/>
        <source>显示已处理的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="75"/>
        <location filename="../../ui/handover/wizard.py" line="99"/>
        <source>被授权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="77"/>
        <location filename="../../ui/handover/wizard.py" line="101"/>
        <source>到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="78"/>
        <location filename="../../ui/handover/wizard.py" line="99"/>
        <source>授权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="80"/>
        <source>撤销授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="82"/>
        <source>直接授权…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="87"/>
        <source>查阅申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="92"/>
        <location filename="../../ui/access/approvals.py" line="203"/>
        <source>有效期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="99"/>
        <source>有效授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="140"/>
        <location filename="../../ui/access/approvals.py" line="148"/>
        <source>请先选中一条申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="156"/>
        <source>请先选中一条授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="174"/>
        <source>直接授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="176"/>
        <source>客户编号，如 KH000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="194"/>
        <source>授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="197"/>
        <location filename="../../ui/access/audit_viewer.py" line="83"/>
        <location filename="../../ui/access/request_dialog.py" line="166"/>
        <location filename="../../ui/admin/accounts.py" line="368"/>
        <location filename="../../ui/exports/__init__.py" line="93"/>
        <location filename="../../ui/exports/import_dialog.py" line="59"/>
        <location filename="../../ui/handover/wizard.py" line="173"/>
        <location filename="../../ui/handover/wizard.py" line="200"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="200"/>
        <location filename="../../ui/access/audit_viewer.py" line="52"/>
        <location filename="../../ui/access/request_dialog.py" line="51"/>
        <location filename="../../ui/handover/common.py" line="21"/>
        <location filename="../../ui/handover/wizard.py" line="138"/>
        <source>客户编号</source>
        <translation type="unfinished">Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/access/approvals.py" line="201"/>
        <source>授权给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="50"/>
        <location filename="../../ui/admin/accounts.py" line="54"/>
        <location filename="../../ui/admin/accounts.py" line="102"/>
        <location filename="../../ui/admin/accounts.py" line="125"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="54"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="57"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="59"/>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="61"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="67"/>
        <location filename="../../ui/access/inbox.py" line="114"/>
        <location filename="../../ui/card/sections.py" line="103"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="68"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="68"/>
        <source>电脑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="69"/>
        <location filename="../../ui/card/sections.py" line="105"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="69"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="70"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="72"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="75"/>
        <location filename="../../ui/exports/__init__.py" line="52"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="77"/>
        <source>校验完整性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="130"/>
        <source>共 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="132"/>
        <source>（显示最新 %1 条；导出 Excel 包含全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="149"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="160"/>
        <source>正在校验审计日志……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="169"/>
        <source>审计日志完整：已校验 %1 条记录，未发现修改、删除或截断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="173"/>
        <source>审计日志异常（第 %1 条）：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="178"/>
        <source>导出审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="178"/>
        <source>审计日志.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="178"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="200"/>
        <source>已导出 %1 条到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="54"/>
        <source>已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="54"/>
        <source>已撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="55"/>
        <source>（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="88"/>
        <location filename="../../ui/access/inbox.py" line="285"/>
        <location filename="../../ui/access/inbox.py" line="309"/>
        <source>我的消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="94"/>
        <location filename="../../ui/access/request_dialog.py" line="74"/>
        <location filename="../../ui/exports/preview.py" line="69"/>
        <location filename="../../ui/handover/records.py" line="67"/>
        <location filename="../../ui/handover/records.py" line="166"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="115"/>
        <source>已读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="115"/>
        <source>未读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="118"/>
        <location filename="../../ui/access/inbox.py" line="287"/>
        <location filename="../../ui/access/inbox.py" line="308"/>
        <source>消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="123"/>
        <source>只显示未读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="126"/>
        <source>打开客户卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="128"/>
        <source>标为已读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="130"/>
        <source>全部标为已读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="137"/>
        <source>双击一条消息可打开相关的客户卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="146"/>
        <location filename="../../ui/access/inbox.py" line="159"/>
        <source>通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="157"/>
        <source>共 %1 条，未读 %2 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="178"/>
        <source>请先选中一条或几条消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="194"/>
        <source>请先选中一条消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="197"/>
        <source>这条消息不涉及具体客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="203"/>
        <source>您目前无权查阅客户 %1 的档案。如需查阅，请通过“权限 › 申请查阅…”提出申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="216"/>
        <source>授权到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="218"/>
        <location filename="../../ui/access/request_dialog.py" line="81"/>
        <source>申请理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="220"/>
        <source>审批人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="221"/>
        <source>审批意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="225"/>
        <source>撤回申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="228"/>
        <source>批准后，授权在到期时间自动失效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="235"/>
        <location filename="../../ui/access/inbox.py" line="248"/>
        <source>我的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="247"/>
        <source>我的申请（%1 条待审批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="261"/>
        <source>只能撤回待审批的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="298"/>
        <source>您有 %1 条未读消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="310"/>
        <source>%1 条未读消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/inbox.py" line="310"/>
        <source>没有未读消息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="43"/>
        <source>申请查阅客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="46"/>
        <source>输入客户名称或编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="47"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="51"/>
        <location filename="../../ui/handover/common.py" line="22"/>
        <location filename="../../ui/handover/wizard.py" line="138"/>
        <source>客户名称</source>
        <translation type="unfinished">Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="52"/>
        <location filename="../../ui/handover/common.py" line="23"/>
        <location filename="../../ui/handover/wizard.py" line="139"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="52"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="56"/>
        <source>申请理由（必填），例如：下周拜访该客户，需要了解合作历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="68"/>
        <source>提交申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="70"/>
        <source>报告重要事项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="82"/>
        <source>申请范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="90"/>
        <source>客户目录（只显示编号、名称、分类和负责客服）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="109"/>
        <source>没有找到匹配的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="121"/>
        <location filename="../../ui/access/request_dialog.py" line="135"/>
        <source>请先查找并选中一位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="128"/>
        <source>已提交申请（编号 %1），等待主管审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="142"/>
        <source>重要事项已报告，负责客服会收到通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="154"/>
        <source>报告重要事项 — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="163"/>
        <source>提交报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="169"/>
        <location filename="../../ui/card/sections.py" line="70"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="170"/>
        <location filename="../../ui/card/sections.py" line="71"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="171"/>
        <location filename="../../ui/card/sections.py" line="72"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/request_dialog.py" line="172"/>
        <location filename="../../ui/card/sections.py" line="73"/>
        <location filename="../../ui/exports/import_dialog.py" line="110"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="23"/>
        <source>备份档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="23"/>
        <source>档案备份 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="34"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="35"/>
        <location filename="../../ui/admin/accounts.py" line="184"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="40"/>
        <source>备份档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="43"/>
        <source>把档案文件（连同审计日志校验信息）复制一份，工作中也可以备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="51"/>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="53"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="75"/>
        <source>只有管理员可以管理账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="97"/>
        <source>客户档案备份-%1.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="105"/>
        <source>已备份到 %1（%2 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="108"/>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="116"/>
        <source>密码已修改，下次登录请使用新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="55"/>
        <location filename="../../ui/admin/accounts.py" line="84"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="56"/>
        <location filename="../../ui/admin/accounts.py" line="85"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="57"/>
        <location filename="../../ui/admin/accounts.py" line="86"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="58"/>
        <location filename="../../ui/admin/accounts.py" line="87"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="58"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="60"/>
        <source>负责客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="61"/>
        <source>登录锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="62"/>
        <source>密码连续输错，锁定到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="80"/>
        <source>可以管理账号、公司名称和备份，查看审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="97"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="99"/>
        <source>登录用，如 zhangsan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="104"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="105"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="111"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="124"/>
        <source>编辑账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="132"/>
        <source>负责 %1 位客户；业务人员不能负责客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="137"/>
        <source>不能更改自己的角色或管理员权限，请由另一位管理员操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="154"/>
        <location filename="../../ui/admin/accounts.py" line="164"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="155"/>
        <source>为%1设置临时密码，同时解除登录锁定。请把临时密码告诉本人：本人下次登录时须先设置自己的新密码。本人和客服主管会收到重置通知。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="162"/>
        <location filename="../../ui/admin/password.py" line="40"/>
        <location filename="../../ui/admin/password.py" line="68"/>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="163"/>
        <location filename="../../ui/admin/password.py" line="41"/>
        <location filename="../../ui/admin/password.py" line="69"/>
        <source>再次输入新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="193"/>
        <source>新建账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="194"/>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="195"/>
        <source>重置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="196"/>
        <location filename="../../ui/admin/accounts.py" line="265"/>
        <location filename="../../ui/admin/accounts.py" line="360"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="197"/>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="198"/>
        <location filename="../../ui/handover/records.py" line="65"/>
        <source>刷新</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="203"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="204"/>
        <source>公司名称（印在客户卡、Excel 和交接单上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="256"/>
        <source>该账号正在交接或已离职，只能由离职交接处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="264"/>
        <source>自己的密码请用“文件 › 修改密码…”更改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="265"/>
        <location filename="../../ui/admin/accounts.py" line="360"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="267"/>
        <source>不能停用自己的账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="299"/>
        <source>请先选中一个账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="329"/>
        <source>已新建账号%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="341"/>
        <source>已保存%1的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="348"/>
        <source>已为%1重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="357"/>
        <source>启用%1的账号？启用后此人可以重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="359"/>
        <source>停用%1的账号？停用后此人不能登录，已打开的程序会在下一步操作时退出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="361"/>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="364"/>
        <source>此人名下的 %1 位客户仍归此人负责（停用适用于休假等临时情况）。如果此人离职，请改用“交接 › 发起离职交接…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="372"/>
        <source>已%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="381"/>
        <source>已解除%1的登录锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts.py" line="387"/>
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
        <location filename="../../ui/exports/__init__.py" line="182"/>
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
        <location filename="../../ui/handover/records.py" line="124"/>
        <location filename="../../ui/handover/wizard.py" line="371"/>
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
        <location filename="../../ui/exports/__init__.py" line="182"/>
        <source>导入 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="45"/>
        <source>导入 Excel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="55"/>
        <location filename="../../ui/handover/wizard.py" line="149"/>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="57"/>
        <location filename="../../ui/exports/import_dialog.py" line="135"/>
        <source>检查数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="77"/>
        <source>第 1 步：核对每一列对应的字段（按表头自动识别，可手动调整）。“客户名称”必须有。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="80"/>
        <source>&lt;b&gt;文件中的表头&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="81"/>
        <source>&lt;b&gt;对应字段&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="86"/>
        <source>（忽略此列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="108"/>
        <source>第 2 步：检查结果。有问题时不会导入任何数据，请修改文件后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="110"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="110"/>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="110"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="110"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="113"/>
        <source>保存问题清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="117"/>
        <source>遇到重复客户（同编号、同名或同电话）时：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="135"/>
        <source>开始导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="149"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="149"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="177"/>
        <source>；发现重复 %1 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/import_dialog.py" line="192"/>
        <location filename="../../ui/handover/wizard.py" line="190"/>
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
        <location filename="../../ui/exports/preview.py" line="49"/>
        <source>打印预览 — 客户资料信息卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="66"/>
        <source>共 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/preview.py" line="67"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="28"/>
        <source>交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="29"/>
        <source>发起离职交接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="31"/>
        <location filename="../../ui/handover/records.py" line="38"/>
        <source>交接记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="33"/>
        <location filename="../../ui/handover/__init__.py" line="53"/>
        <location filename="../../ui/handover/records.py" line="151"/>
        <source>待确认的交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="52"/>
        <source>待确认的交接（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/__init__.py" line="55"/>
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
        <location filename="../../ui/handover/records.py" line="41"/>
        <source>交接单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="42"/>
        <source>离职人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="43"/>
        <source>监交人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="45"/>
        <source>发起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="46"/>
        <source>执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="47"/>
        <location filename="../../ui/handover/records.py" line="54"/>
        <source>已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="52"/>
        <location filename="../../ui/handover/wizard.py" line="140"/>
        <source>接收人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="53"/>
        <source>客户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="55"/>
        <source>已全部确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="55"/>
        <source>待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="61"/>
        <source>重新打印交接单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="63"/>
        <source>继续交接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="116"/>
        <source>%1：%2 离职交接，状态 %3，已确认 %4 / %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="124"/>
        <location filename="../../ui/handover/wizard.py" line="370"/>
        <source>保存交接单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="124"/>
        <location filename="../../ui/handover/wizard.py" line="370"/>
        <source>交接单_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="160"/>
        <source>全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="162"/>
        <source>全不选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="164"/>
        <source>确认接收所勾选的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="191"/>
        <source>没有待您确认的交接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="194"/>
        <source>交接单 %1：%2 离职，监交人 %3，移交给您 %4 位客户，尚有 %5 位待确认。请逐一核对客户档案（双击可打开客户卡），勾选后确认接收。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="212"/>
        <source>请先勾选已核对的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="220"/>
        <source>已确认接收 %1 位客户。%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/records.py" line="221"/>
        <source>交接已全部完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="50"/>
        <source>发起离职交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="73"/>
        <source>例如：调往华南分公司，最后工作日 6 月 30 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="74"/>
        <source>开始交接并冻结账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="77"/>
        <source>离职人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="78"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="79"/>
        <source>开始后该账号立即冻结：不能再登录或导出，正在使用的会话在下一次操作时停止；其待审批的查阅申请取消，持有的查阅授权撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="83"/>
        <source>&lt;b&gt;第 1 步：选择离职人员&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="97"/>
        <source>方向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="97"/>
        <source>持有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="97"/>
        <source>授予他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="102"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="102"/>
        <source>已撤销/已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="106"/>
        <source>跟进事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="107"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="110"/>
        <source>负责的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="111"/>
        <source>查阅授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="112"/>
        <source>未办跟进事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="114"/>
        <source>下一步：分配接收人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="117"/>
        <source>&lt;b&gt;第 2 步：清点移交内容&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="120"/>
        <source>稍后继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="128"/>
        <source>平均分配（按各人现有负责客户数均衡）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="129"/>
        <source>全部交给一人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="140"/>
        <source>（指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="145"/>
        <source>所选客户改交给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="147"/>
        <source>执行交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="160"/>
        <source>&lt;b&gt;第 3 步：选择接收人，预览分配&lt;/b&gt;（执行前不会改动任何数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="172"/>
        <source>正在执行交接……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="188"/>
        <source>保存/打印交接单 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="193"/>
        <source>&lt;b&gt;交接已执行&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="218"/>
        <source>请选择离职人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="238"/>
        <source>交接单 %1：%2（%3）名下 &lt;b&gt;%4&lt;/b&gt; 位客户，联系人 %5 人、合作项目 %6 个、重要事项 %7 条；未办跟进事项 %8 条；其授予他人且仍有效的查阅授权 %9 项（保留，可在权限中撤销）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="247"/>
        <source>离职交接 %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="289"/>
        <source>请勾选至少一位接收人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="300"/>
        <source>%1：现负责 %2 位，接收 &lt;b&gt;%3&lt;/b&gt; 位，交接后 %4 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="303"/>
        <source>离职人员名下没有客户，执行后交接即完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="310"/>
        <source>请先在表中选择要改交的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="332"/>
        <source>正在取消……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="343"/>
        <source>已取消交接，没有做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="349"/>
        <source>交接失败，没有做任何改动：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="355"/>
        <source>%1（%2）：%3 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="358"/>
        <source>离职人员名下没有客户，交接已完成，账号已标记为离职。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="359"/>
        <source>请各接收人在“交接 › 待确认的交接”中核对并确认接收；全部确认后，离职人员的账号标记为离职。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="361"/>
        <source>交接单 &lt;b&gt;%1&lt;/b&gt;：%2 位客户已移交，%3 条未办跟进事项随客户移交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="390"/>
        <source>无法保存交接单：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handover/wizard.py" line="394"/>
        <source>交接单已保存：%1</source>
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
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>无法打开数据库 %1：%2</source>
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
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="29"/>
        <source>允许</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/access/audit_viewer.py" line="30"/>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="58"/>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="60"/>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="38"/>
        <source>年份（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="32"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="34"/>
        <source>闰月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="35"/>
        <source>农历闰月出生（如闰四月）；没有该闰月的年份按四月提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="85"/>
        <source>%1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="136"/>
        <source>生日：年份需为数字，如 1975</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../../ui/card/window.py" line="32"/>
        <source>客户分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="33"/>
        <source>负责客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="65"/>
        <location filename="../../ui/card/window.py" line="387"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="66"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="67"/>
        <source>查看敏感信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="68"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="69"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="91"/>
        <source>负责人 / 联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="93"/>
        <source>合作项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="115"/>
        <source>第一页 基本资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="116"/>
        <source>第二页 重要事项记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="117"/>
        <source>变更记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="140"/>
        <source>%1 · %2 · 负责客服：%3 · 最后更新：%4（%5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="148"/>
        <source>权限不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="167"/>
        <source>客户资料信息卡 — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="227"/>
        <source>请修改标红的字段后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="240"/>
        <source>已保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="337"/>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="339"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="340"/>
        <location filename="../../ui/card/window.py" line="389"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="355"/>
        <source>删除联系人“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="359"/>
        <source>删除合作项目“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="383"/>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="384"/>
        <source>这张客户卡有未保存的修改。要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card/window.py" line="388"/>
        <source>不保存</source>
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
        <location filename="../../ui/dialogs/contact.py" line="145"/>
        <source>编辑联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="145"/>
        <source>添加联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="150"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact.py" line="174"/>
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
        <location filename="../../ui/exports/options.py" line="47"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="47"/>
        <source>打印客户资料信息卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="50"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="56"/>
        <source>%1（%2 位客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="60"/>
        <source>列表中没有客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="61"/>
        <source>批量打印/导出仅限客服主管；可逐张打印自己负责的客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="71"/>
        <source>遮盖敏感个人信息（生日、家庭、性格、爱好、人际关系）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="72"/>
        <source>不勾选时，您有权查看的客户的敏感信息将包含在文件中，其余仍以 ●●●● 遮盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="74"/>
        <source>加浅色水印（打印人姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="78"/>
        <source>导出和打印均记录在审计日志中。内部资料，注意保密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="85"/>
        <source>导出</source>
        <translation type="unfinished">Export</translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="85"/>
        <source>继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/options.py" line="87"/>
        <source>取消</source>
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
        <location filename="../../ui/widgets/lock_page.py" line="36"/>
        <source>长时间未操作，程序已自动锁定。请输入 %1 的密码以继续。</source>
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
        <location filename="../../ui/mainwindow.py" line="74"/>
        <source>客户档案管家 — %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="87"/>
        <source>客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="109"/>
        <source>·管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="144"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="145"/>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="148"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="155"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="160"/>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="162"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="172"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="178"/>
        <source>当前用户：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="189"/>
        <source>功能模块加载失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="255"/>
        <source>发生了意外错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="256"/>
        <source>客户档案管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="275"/>
        <location filename="../../ui/mainwindow.py" line="285"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="303"/>
        <source>共 %1 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="382"/>
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
        <location filename="../../ui/dialogs/record_dialog.py" line="33"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="34"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/small.py" line="117"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="120"/>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/small.py" line="122"/>
        <source>无操作自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="37"/>
        <source>客户档案管家 — 首次使用设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="38"/>
        <source>欢迎使用客户档案管家。请创建第一个账号：它是客服主管，同时拥有系统管理权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="48"/>
        <source>它记到第 %1 条审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="49"/>
        <source>文件内容已无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="51"/>
        <source>注意：这里原先有一个档案，留下了库外的审计摘要 %1（%2）。继续创建新档案时，这个旧摘要会改名另存为 %1.old-日期-时间，并记入新档案的审计日志。如果您要用的是原来的档案，请先退出，从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="58"/>
        <source>登录用的用户名，如 wang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="60"/>
        <location filename="../../ui/dialogs/setup.py" line="120"/>
        <source>客服部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="63"/>
        <source>至少 8 个字符，包含字母和数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="66"/>
        <source>填充演示数据（%1 位客户，%2 名客服专员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="69"/>
        <source>公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="70"/>
        <source>主管用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="71"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="72"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="73"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="74"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="82"/>
        <source>创建并进入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="83"/>
        <source>退出</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="99"/>
        <source>请填写公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="101"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="107"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="137"/>
        <source>正在生成演示数据 %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup.py" line="149"/>
        <source>演示数据生成失败：%1</source>
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
        <location filename="../../ui/desk/today_page.py" line="131"/>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="35"/>
        <location filename="../../ui/desk/today_page.py" line="131"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="36"/>
        <source>纪念日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="37"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="38"/>
        <source>公司活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="39"/>
        <source>待联系（超过联系周期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="40"/>
        <source>待核实（资料久未更新）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="42"/>
        <source>一二三四五六日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="65"/>
        <source>提前 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="66"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="67"/>
        <source>生日、纪念日、节日和待办提前多少天提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="69"/>
        <source>刷新</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="83"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="83"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="83"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="98"/>
        <source>打开客户卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="100"/>
        <source>完成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="102"/>
        <source>问候名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="105"/>
        <source>推迟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="108"/>
        <source>推迟到明天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="108"/>
        <source>推迟 3 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="108"/>
        <source>推迟一周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="111"/>
        <source>忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="128"/>
        <source>部门概览（各客服今日事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="131"/>
        <source>客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="131"/>
        <source>逾期待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="132"/>
        <source>待联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="132"/>
        <source>待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="139"/>
        <source>完成所选事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="167"/>
        <source>今日  %1年%2月%3日 星期%4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="191"/>
        <source>另有 %1 位客户未列出（已按超期时间列出最紧急的 %2 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="199"/>
        <source>未来 %1 天没有需要处理的事项。
可以到“客户档案”中查看客户，或在客户卡上添加待办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="211"/>
        <source>部门概览加载失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="225"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="225"/>
        <source>明天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="225"/>
        <source>后天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="226"/>
        <source>%1月%2日 周%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="288"/>
        <source>%1月%2日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="297"/>
        <source>导出问候名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="298"/>
        <source>%1问候名单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk/today_page.py" line="299"/>
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
