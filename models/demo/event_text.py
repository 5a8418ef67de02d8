"""Page-2 entries (重要事项记录) by category, as (title, content) templates with slots.

Slots: {person} (张总, 李经理), {city}, {other_city}, {district}, {product}, {amount} (万元), {when} (a
time to come: 明年第二季度), {days}, {weekday}, {festival}, {project}, {pct}, {peer} (another
company), {newname}, {year}, {activity}, {dept}. Categories missing from the archive's
vocabulary are skipped; categories the vocabulary adds without templates here use OTHER.
"""
from __future__ import annotations

TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "合作契机": (
        ("计划在{other_city}开设分店", "{person}来电，计划{when}在{other_city}开设分店，询问{product}批量采购折扣。"),
        ("明年预算增加", "{person}透露公司{when}将更新{product}，预算约{amount}万元，已请销售部跟进报价。"),
        ("新项目询价", "{person}发来询价单，涉及{product}约{amount}万元，要求{weekday}前报价。"),
        ("供应商调整", "客户原{product}供应商合作到期，{person}表示愿意把我司列入候选名单。"),
        ("新厂区配套需求", "客户{district}新厂区{when}投产，{person}希望我司提供{product}整体方案。"),
    ),
    "分店成立": (
        ("{other_city}分店开业", "客户在{other_city}的分店于本月开业，已致电{person}祝贺并送去花篮。"),
        ("成立{other_city}分公司", "据{person}介绍，公司已在{other_city}注册成立分公司，负责当地及周边市场。"),
        ("新门店开张", "客户第{n}家门店在{district}开张，{person}希望新店的{product}也由我司供应。"),
    ),
    "合作宣传": (
        ("联合举办推介会", "与{city}{label}行业协会联合举办{product}推介会，{person}作为嘉宾出席并发言。"),
        ("案例宣传", "经{person}同意，将双方合作的{project}整理成案例，用于我司官网和展会宣传。"),
        ("展会同展", "与客户在{city}国际会展中心同馆参展，互相引荐了几家潜在客户。"),
        ("公众号联合推文", "与客户联合发布公众号推文，介绍{product}使用经验，阅读量约{n}千。"),
    ),
    "公司走势": (
        ("营收增长", "据{person}介绍，公司今年营收同比增长约{pct}%，计划扩建二期厂房。"),
        ("订单下滑，预算收紧", "受行业下行影响，客户订单减少，{person}表示今年采购预算收紧，付款周期可能延长。"),
        ("完成新一轮融资", "客户完成新一轮融资，{person}表示将扩大产能，{product}需求预计翻番。"),
        ("管理层调整", "客户调整管理层，{newname}出任常务副总并分管采购，已约好{weekday}上门拜访。"),
        ("搬迁新址", "客户{when}整体搬迁至{district}新址，送货地址需同步更新。"),
    ),
    "投诉": (
        ("送货延误", "客户反映上月送货延误{days}天，已协调物流部门，约定本{weekday}前补发。"),
        ("产品质量问题", "{person}反映最近一批{product}有{n}件破损，已安排退换，并请质检部分析原因。"),
        ("发票开错", "客户财务反映发票税号有误，已联系财务部作废重开，{days}个工作日内寄出。"),
        ("服务态度", "{person}投诉售后人员上门时态度生硬，已致电道歉，并约定由主管带队回访。"),
        ("价格异议", "客户认为本季度{product}报价偏高，已请销售部复核，最终给予{pct}%折让。"),
    ),
    "回访": (
        ("季度回访", "对{project}进行电话回访，{person}对送货及时性表示满意，评价“很满意”。"),
        ("售后回访", "维修完成后回访{person}，设备运行正常，客户评价“满意”，建议增加保养次数。"),
        ("上门拜访", "上门拜访{person}，了解下半年采购计划，客户关注{product}的交货周期。"),
        ("年度满意度调查", "{person}完成年度满意度问卷，产品质量和服务均打了4分，希望报价更及时。"),
    ),
    "节日问候": (
        ("{festival}问候", "{festival}前给{person}发送电子贺卡并致电问候，{person}表示感谢。"),
        ("{festival}礼品", "{festival}前为客户寄送节日礼盒，{person}已签收并回电致谢。"),
        ("{festival}拜访", "{festival}前上门拜访{person}，赠送公司定制台历，交流了明年的合作打算。"),
    ),
    "其他": (
        ("对接人变更", "客户财务部更换对接人，新对接人为{newname}，联系方式已更新。"),
        ("开票信息更新", "客户更新了开票信息，已同步给财务部。"),
        ("资料核实", "电话核实客户地址、电话和主要联系人，资料无变化。"),
        ("样品寄送", "应{person}要求寄送{product}样品两件，快递单号已告知客户。"),
    ),
    "跟进": (
        ("跟进报价", "按约定致电{person}跟进{product}报价，客户需与技术部再确认，约定下{weekday}回复。"),
        ("跟进付款", "跟进{project}尾款，{person}表示已进入付款流程，预计{days}天内到账。"),
        ("跟进试用情况", "跟进{product}试用情况，{person}反馈总体不错，准备小批量下单。"),
    ),
    "活动邀请": (
        ("邀请参加客户联谊会", "邀请{person}参加我司{year}年客户联谊会，{person}确认出席。"),
        ("邀请参观新仓库", "邀请客户参观我司新启用的物流仓库，{person}表示月底前安排时间。"),
        ("邀请出席年会", "向{person}发出我司年会邀请函，{person}因出差婉拒，委托{newname}代为出席。"),
    ),
}
OTHER = TEMPLATES["其他"]

# how often each category is written, relative (回访 and greetings are the daily routine)
WEIGHTS = {"合作契机": 5, "分店成立": 2, "合作宣传": 3, "公司走势": 5, "投诉": 5, "回访": 20,
           "节日问候": 16, "其他": 8, "跟进": 12, "活动邀请": 4}

# the department a matter came from (the service department records it either way)
SOURCES = {"合作契机": ("销售部", "销售部", "客服部"), "分店成立": ("销售部", "客服部"),
           "合作宣传": ("市场部",), "公司走势": ("销售部", "客服部"), "投诉": ("客服部",),
           "回访": ("客服部",), "节日问候": ("客服部",), "其他": ("客服部", "财务部"),
           "跟进": ("客服部", "销售部"), "活动邀请": ("市场部", "客服部")}

WHEN = ("下个月", "下季度", "年底前", "明年上半年", "明年第二季度", "明年春节后", "今年下半年")
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五")

# festival name → (lunar?, month, day); greetings go out a day or three before
FESTIVALS = (("春节", True, 1, 1), ("中秋节", True, 8, 15), ("端午节", True, 5, 5),
             ("国庆节", False, 10, 1), ("元旦", False, 1, 1))
ACTIVITIES = ("客户联谊会", "年会", "新品发布会", "周年庆典")
