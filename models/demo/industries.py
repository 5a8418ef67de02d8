"""What a demo customer of each industry looks like: the words in its name, what it does,
its departments, and which of our product lines it buys.

The demo company is a trading firm supplying businesses (office equipment, consumables,
packaging, protective gear, parts, maintenance, IT systems, training), so every industry
buys a plausible subset of those.
"""
from __future__ import annotations

from typing import Any, NamedTuple


class Industry(NamedTuple):
    label: str                      # stored in customer.industry
    name_words: tuple[str, ...]     # 宁波恒信{商贸}有限公司
    business: tuple[str, ...]       # what the company does (industry_status, first clause)
    departments: tuple[str, ...]    # 组织机构
    buys: tuple[str, ...]           # our product lines it buys
    weight: int


def _i(label: Any, words: Any, business: Any, departments: Any, buys: Any, weight: Any) -> Any:
    return Industry(label, tuple(words.split()), tuple(business), tuple(departments.split()),
                    tuple(buys.split()), weight)


INDUSTRIES = (
    _i("贸易", "商贸 贸易 进出口 实业", (
        "主营建材与五金批发，下游客户以装修公司为主", "从事日用百货批发，覆盖{province_short}各地级市",
        "经营进出口业务，主要出口欧美市场", "代理多个国际品牌的电动工具"),
       "采购部 销售部 仓储部 财务部 外贸部", "办公设备 办公耗材 包装材料 信息化系统", 14),
    _i("制造业", "机械制造 精密机械 电器 五金制品 汽车零部件 智能装备", (
        "主营汽车零部件加工，为多家整车厂配套", "生产小家电，产品出口东南亚",
        "从事数控机床制造，拥有两个生产基地", "生产五金配件，年产能约{n}万件"),
       "采购部 生产部 质检部 技术研发中心 财务部 人力资源部 销售部",
       "工业配件 劳保用品 包装材料 设备维保服务 办公设备", 18),
    _i("餐饮", "餐饮管理 餐饮 酒店管理", (
        "在{city}经营{n}家中式快餐门店", "经营连锁火锅品牌，门店以商场店为主",
        "旗下有两家商务酒店和一家宴会中心", "主打本帮菜，以团餐和宴席业务为主"),
       "采购部 运营部 门店管理部 财务部 品牌部", "厨房设备 清洁用品 餐具耗材 员工培训", 8),
    _i("建筑工程", "建设工程 建筑工程 装饰工程 市政工程", (
        "具有建筑工程施工总承包二级资质", "以公共建筑装饰工程为主，承接过多个政府项目",
        "主营市政道路与管网工程", "从事厂房钢结构施工"),
       "工程部 技术部 安全质量部 采购部 财务部 预算部", "劳保用品 办公设备 工业配件 员工培训", 8),
    _i("医疗器械", "医疗器械 医疗科技 生物医疗", (
        "代理骨科与心血管耗材，覆盖{province_short}三甲医院", "生产家用医疗器械，线上销售占一半",
        "从事体外诊断试剂的研发与销售", "经营二类医疗器械批发"),
       "采购部 质量管理部 注册部 销售部 财务部", "冷链物流服务 办公设备 信息化系统 员工培训", 6),
    _i("教育培训", "教育科技 教育咨询 职业培训", (
        "开展职业技能培训，年培训学员约{n}人次", "主营少儿编程与科学课程，有{n}个校区",
        "为企业提供管理培训和内训服务", "从事成人学历提升与考证培训"),
       "教学部 招生部 行政部 财务部 教研中心", "办公设备 办公耗材 信息化系统", 6),
    _i("物流", "物流 供应链管理 货运代理 仓储服务", (
        "经营公路整车与零担运输，自有车辆约{n}台", "提供第三方仓储与配送服务",
        "从事国际货运代理，以海运为主", "为电商平台提供仓配一体化服务"),
       "运营部 调度中心 仓储部 客服部 财务部 安全部", "包装材料 劳保用品 设备维保服务 信息化系统", 8),
    _i("电子商务", "电子商务 网络科技 电商", (
        "在主流电商平台经营家居用品店铺", "以直播带货为主，主营农产品",
        "跨境电商企业，主要销往欧洲", "经营母婴用品线上旗舰店"),
       "运营部 客服部 仓储物流部 采购部 财务部 品牌部", "包装材料 办公设备 信息化系统", 7),
    _i("房地产", "房地产开发 置业 物业管理", (
        "在{city}开发过{n}个住宅项目", "以商业综合体开发与运营为主",
        "提供住宅小区物业管理服务，在管面积约{n}万平方米", "从事产业园区开发与招商"),
       "开发部 工程部 营销中心 成本合约部 物业部 财务部", "办公设备 清洁用品 设备维保服务 劳保用品", 5),
    _i("金融服务", "融资租赁 投资管理 保险代理", (
        "主营设备融资租赁，客户以中小制造企业为主", "从事保险代理业务，在{province_short}有{n}个网点",
        "为中小企业提供供应链金融服务", "从事股权投资与资产管理"),
       "风控部 业务部 运营部 合规部 财务部 行政部", "办公设备 办公耗材 信息化系统 员工培训", 4),
    _i("食品加工", "食品 食品加工 农产品", (
        "生产速冻食品，供应连锁超市", "从事茶叶加工与销售，有自有茶园",
        "主营糕点烘焙，产品进入本地主要商超", "从事肉制品加工，年屠宰加工能力约{n}万头"),
       "采购部 生产部 品控部 仓储部 销售部 财务部", "包装材料 劳保用品 冷链物流服务 清洁用品", 8),
    _i("纺织服装", "服饰 纺织 制衣 针织", (
        "为国际品牌代工针织服装", "经营自有女装品牌，线下门店约{n}家",
        "从事面料织造与印染", "生产职业装与校服"),
       "采购部 生产部 设计部 质检部 外贸部 财务部", "包装材料 工业配件 劳保用品 设备维保服务", 8),
)
INDUSTRY_WEIGHTS = tuple(i.weight for i in INDUSTRIES)

# Our product lines, as they appear in project names and page-2 notes
PRODUCT_LINES = ("办公设备", "办公耗材", "包装材料", "劳保用品", "工业配件", "清洁用品", "厨房设备",
                 "餐具耗材", "冷链物流服务", "信息化系统", "设备维保服务", "员工培训")

# 字号: the distinctive part of a company name (two characters, sometimes three)
TRADE_FIRST = "恒华鑫宏瑞德泰嘉盛兴隆永金安康新中天海信博远东正通汇达源丰明创联诚亿森立航昌俊"
TRADE_SECOND = "信达源通丰泰成利发昌美润合祥晟辉耀腾茂捷锐科程邦业洲顺恒华瑞康宇"
TRADE_THIRD = "达通源兴泰华盛"

STANDING = {
    "A": ("{place}{label}行业龙头企业之一，年营业额约{big}亿元",
          "{province_short}{label}行业协会副会长单位，本地市场占有率居前三",
          "国家高新技术企业，行业内口碑好，近年保持两位数增长",
          "老牌企业，成立以来一直是本地{label}行业的骨干企业"),
    "B": ("成长型企业，近三年营收年均增长约{pct}%",
          "在{city}本地有一定知名度，正在拓展省外市场",
          "行业中游，经营稳健，年营业额约{mid}千万元",
          "新兴企业，增长较快，融资后正在扩张"),
    "C": ("小微企业，以本地客户为主",
          "个体经营起家，业务规模较小但稳定",
          "以承接小额订单为主，经营灵活",
          "规模不大，采购以零星订单为主"),
}
