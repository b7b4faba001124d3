#!/usr/bin/env python3
"""Fills gui/translations/sitefit_zh_CN.ts with the Simplified Chinese of every message.

Run after lupdate has refreshed the .ts from the sources:
    /usr/lib/qt6/bin/lupdate -no-obsolete gui/app/src gui/render/src \
        -ts gui/translations/sitefit_zh_CN.ts
    python3 gui/translations/translate_zh_CN.py
Messages are looked up by (context, source) first, then by source alone; every message
found is marked finished. Messages without a translation are listed and the script exits
with status 1, so a new string in the sources is noticed.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("sitefit_zh_CN.ts")

# The words of the field: 招商 investment attraction, 载体 carrier, 地块 parcel, 厂房 factory
# building, 亩 mu, 容积率 FAR, 建筑密度 building coverage, 空置率 vacancy, 产业链 industry
# chain, 链主 chain leader, 候选地块 candidate sites, 配置方案 allocation plan.
BY_SOURCE = {
    # --- layers, themes, domain values ---
    "Zones": "园区",
    "Parcels": "地块",
    "Capacity": "承接能力",
    "Buildings": "建筑",
    "Enterprises": "企业",
    "Candidate sites": "候选地块",
    "Allocation plan": "配置方案",
    "Allocation": "配置方案",
    "Single colour": "单一颜色",
    "Status": "状态",
    "Land use": "用地性质",
    "Zone kind": "园区类型",
    "Industry chain": "产业链",
    "Building kind": "建筑类型",
    "Vacancy ratio": "空置率",
    "Building coverage": "建筑密度",
    "FAR": "容积率",
    "Available land": "可用土地",
    "Match score": "匹配得分",
    "Chain synergy": "产业链协同",
    "Zone orientation": "园区主导产业",
    "Size fit": "规模匹配",
    "Cost": "成本",
    "Readiness": "交付时间",
    "Job–housing balance": "职住平衡",
    "Preferred zone": "意向园区",
    "Fills a chain gap": "补链",
    "Near enterprises of the same chain, of linked categories and the chain leader":
        "邻近同链企业、上下游企业和链主企业",
    "The project's chain is one of the zone's leading chains": "项目所属产业链是园区主导产业链之一",
    "Little oversize (land) or a good share of the vacancy (space)":
        "土地面积超出需求少，或占空置面积比例合适（厂房）",
    "Land cost against the investment, or rent against the market":
        "地价相对投资额的高低，或租金相对市场水平的高低",
    "Available by the time the project needs it": "在项目需要之时可以交付",
    "Homes and public services within commuting distance": "通勤范围内有住房和公共服务设施",
    "In the zone the investor asked for": "位于投资方意向的园区",
    "The project brings a category the district does not have yet":
        "项目填补了全区尚无的产业门类（补链）",
    "Area": "面积",
    "Pollution class": "污染等级",
    "Investment intensity": "投资强度",
    "Power supply": "供电容量",
    "Available from": "可交付日期",
    "Floor load": "楼面荷载",
    "Clear height": "净高",
    "Available": "可供应",
    "Reserved": "已预留",
    "Transferred": "已出让",
    "Built": "已建成",
    "High-tech zone": "高新区",
    "Industrial park": "工业园区",
    "Township industrial cluster": "乡镇工业集中区",
    "Township cluster": "乡镇工业集中区",
    "Specialty park": "特色产业园",
    "Standard factory": "标准厂房",
    "R&D office": "研发办公楼",
    "Warehouse": "仓库",
    "Incubator": "孵化器",
    "Residential": "住宅",
    "Public service": "公共服务设施",
    "Other": "其他",
    "Chain leader": "链主企业",
    "Key enterprise": "重点企业",
    "Supporting enterprise": "配套企业",
    "Land": "土地",
    "Floor space": "厂房空间",
    "Parcel": "地块",
    # --- legend (renderer) ---
    "N": "北",
    "%1 km": "%1 千米",
    "%1 m": "%1 米",
    "M1 industrial, low nuisance": "M1 一类工业用地",
    "M2 industrial, some nuisance": "M2 二类工业用地",
    "M3 industrial, heavy nuisance": "M3 三类工业用地",
    "W1 warehousing": "W1 一类物流仓储用地",
    "W2 warehousing": "W2 二类物流仓储用地",
    "R residential": "R 居住用地",
    "A public services": "A 公共管理与公共服务用地",
    "B commercial": "B 商业服务业设施用地",
    "G green space": "G 绿地与广场用地",
    "U utilities": "U 公用设施用地",
    "S transport": "S 道路与交通设施用地",
    "status": "状态",
    "land use": "用地性质",
    "kind": "类型",
    "industry chain": "产业链",
    "vacant share of floor area": "空置面积占建筑面积比例",
    "building coverage": "建筑密度",
    "floor area ratio": "容积率",
    "available land": "可用土地",
    "match score": "匹配得分",
    "Unclassified": "未分类",
    "No chain": "无产业链",
    "No data": "无数据",
    "No visible layer": "没有可见图层",
    # --- allocation panel ---
    "No feasible site: every site fails a hard constraint (see its rejected sites)":
        "没有可行地块：每个地块都不满足某项硬性约束（见其不符合地块）",
    "Its best site %1 is left to a better use of the other sites":
        "其最优地块 %1 留作他用，整体方案更优",
    "Outcompeted for its best site %1 by %2 (value %3 against its %4)":
        "最优地块 %1 被 %2 占用（对方价值 %3，本项目 %4）",
    "No plan yet: run the allocation to place every project at once.":
        "尚无配置方案：运行配置，为全部项目一次性安排落地地块。",
    "Not placed": "未落地项目",
    "Not placed (%1)": "未落地项目（%1）",
    "%1 of %2 projects placed; land %3 of %4 亩 asked, floor space %5 of %6 m² asked. "
    "Solver %7, %8, objective %9, gap %10 %.":
        "%2 个项目中已落地 %1 个；土地需求 %4 亩，已安排 %3 亩；厂房需求 %6 m²，已安排 %5 m²。"
        "求解器 %7，%8，目标值 %9，间隙 %10 %。",
    "No plan satisfies the pins and mandatory projects: %1": "没有方案能同时满足锁定和必须落地的项目：%1",
    "Requirements were edited since: run it again.": "此后项目需求已修改，请重新运行配置。",
    "Pin %1 → %2": "锁定 %1 → %2",
    "Close %1 to every project": "%1 不向任何项目开放",
    "Exclude %2 for %1": "%1 不考虑 %2",
    "Pins and exclusions (%1)": "锁定与排除（%1）",
    "Zoom to %1": "缩放至 %1",
    "Pin %1 to %2": "将 %1 锁定到 %2",
    "Remove": "移除",
    "Run allocation": "运行配置",
    "Place every project at once, conflict-free, maximising the priority-weighted score":
        "一次性为全部项目安排地块，互不冲突，使按优先级加权的总得分最高",
    "Clear pins and exclusions": "清除锁定与排除",
    "Project": "项目",
    "Name": "名称",
    "Site": "地块",
    "Zone": "园区",
    "Size": "规模",
    "Score": "得分",
    "Rank": "排名",
    "Given up": "让出分值",
    "The rank of the site among the project's candidates (1 = its first choice)":
        "该地块在项目候选地块中的排名（1 = 首选）",
    "Score given up against the project's best site": "与项目最优地块相比少得的分数",
    "Why not placed": "未落地原因",
    "Right-click a plan row or a candidate to pin or exclude; right-click here to remove. "
    "Pins and exclusions are saved with the other changes (Ctrl+S) and shared with every "
    "planner; unsaved ones are marked *":
        "右键点击方案行或候选地块可锁定或排除；在此右键点击可移除。锁定与排除随其他修改一起保存"
        "（Ctrl+S），所有规划人员共享；未保存的标有 *",
    "Not saved yet: File ▸ Save Changes stores it for every planner":
        "尚未保存：“文件 ▸ 保存修改”后对所有规划人员生效",
    "Stored in the workspace: %1": "已保存在工作空间中：%1",
    "Stored in the workspace": "已保存在工作空间中",
    "Close %1 to every project (this session only)": "%1 不向任何项目开放（仅本次会话）",
    "Remove every pin and exclusion": "移除全部锁定与排除",
    "Remove the link %1=%2": "移除锁定/排除 %1=%2",
    # --- candidates panel ---
    "Select a project to see where it can go.": "选择一个项目，查看它可以落在哪里。",
    "Ranked": "候选地块",
    "Rejected": "不符合地块",
    "needs %1 of land": "需要土地 %1",
    "needs %1 of floor space": "需要厂房 %1",
    "%1 vacant": "空置 %1",
    "Ranked (%1)": "候选地块（%1）",
    "Rejected (%1)": "不符合地块（%1）",
    "Pin %1 to %2 in the allocation": "配置时将 %1 锁定到 %2",
    "Exclude %2 for %1 in the allocation": "配置时 %1 不考虑 %2",
    "Criteria": "各项指标",
    "Constraint": "约束条件",
    "Required": "要求",
    "Actual": "实际",
    # --- capacity dashboard ---
    "District": "全区",
    "Now": "现状",
    "Left after the plan": "配置后剩余",
    "Kind": "类型",
    "Available land (亩)": "可用土地（亩）",
    "Vacant space (m²)": "空置面积（m²）",
    "Occupancy": "入驻率",
    "Places left": "剩余企业容量",
    "Vacant floor space (m²)": "空置厂房面积（m²）",
    "Occupancy (%)": "入驻率（%）",
    "Places left for enterprises": "还可容纳的企业数",
    # --- identify panel ---
    "outside every zone": "不在任何园区内",
    "Field": "字段",
    "Value": "值",
    "Click a feature on the map to see its figures.": "在地图上点击要素，查看其指标。",
    "Parcel %1": "地块 %1",
    "Attributes": "属性",
    "Parcel id": "地块编号",
    "FAR range": "容积率范围",
    "Max. building coverage": "建筑密度上限",
    "Max. green ratio": "绿地率上限",
    "Max. height": "限高",
    "Land price": "地价",
    "Carrier": "载体运营方",
    "Figures": "指标",
    "Building footprint": "建筑基底面积",
    "Floor area": "建筑面积",
    "Buildable floor area": "尚可建设建筑面积",
    "Building %1": "建筑 %1",
    "Building id": "建筑编号",
    "Floors": "层数",
    "Rent": "租金",
    "元/m²/month": "元/m²/月",
    "Footprint": "基底面积",
    "Vacant floor space": "空置面积",
    "Vacancy": "空置率",
    "On parcel": "所在地块",
    "Zone %1 %2": "园区 %1 %2",
    "Zone id": "园区编号",
    "Leading chains": "主导产业链",
    "Max. pollution class": "最高污染等级",
    "Min. investment intensity": "最低投资强度",
    "Enterprise %1": "企业 %1",
    "Enterprise id": "企业编号",
    "Category": "产业门类",
    "Role": "地位",
    "Annual output": "年产值",
    "For project %1": "对项目 %1",
    "needs %1, has %2": "要求 %1，实际 %2",
    "not a site of this kind of project": "不是此类项目的地块",
    # --- language menu, layer panel ---
    "&Language": "语言(&L)",
    "System Default": "跟随系统",
    "Zoom to Layer": "缩放至图层",
    "Hide Layer": "隐藏图层",
    "Show Layer": "显示图层",
    "Opacity": "不透明度",
    "Theme": "专题",
    "Show labels": "显示标注",
    "Tick to show a layer; drag to change the drawing order": "勾选以显示图层；拖动可调整绘制顺序",
    # --- main window ---
    "About sitefit": "关于 sitefit",
    "<b>sitefit %1</b><p>Land and carrier-capacity planning for industrial investment "
    "attraction: where an incoming project can land, how much land and floor space is still "
    "free, and one plan for all projects at once.</p>":
        "<b>sitefit %1</b><p>面向产业招商的土地与载体承接能力规划工具：来访项目可以落在哪里，"
        "还有多少土地和厂房空间可用，并为全部项目一次性给出配置方案。</p>",
    "Cancelled: %1": "已取消：%1",
    "Done: %1": "已完成：%1",
    "%1 — sitefit": "%1 — sitefit",
    "sitefit": "sitefit",
    "&File": "文件(&F)",
    "&Export Map": "导出地图(&E)",
    "&View": "视图(&V)",
    "&Panels": "面板(&P)",
    "&Toolbars": "工具栏(&T)",
    "&Map": "地图(&M)",
    "&Analysis": "分析(&A)",
    "&Settings": "设置(&S)",
    "&Help": "帮助(&H)",
    "&Open Workspace…": "打开工作空间(&O)…",
    "Open &Database Workspace…": "打开数据库工作空间(&D)…",
    "Open Database Workspace": "打开数据库工作空间",
    "Open a team's shared workspace on PostgreSQL + PostGIS (PG:service=NAME)":
        "打开团队在 PostgreSQL + PostGIS 上共享的工作空间（PG:service=名称）",
    "PostgreSQL connection, as in the command line (e.g. PG:service=sitefit).\n"
    "Passwords go in ~/.pgpass or PGPASSWORD, not here.":
        "PostgreSQL 连接，写法与命令行相同（例如 PG:service=sitefit）。\n"
        "密码请放在 ~/.pgpass 或环境变量 PGPASSWORD 中，不要写在这里。",
    "Open a workspace (GeoPackage) (Ctrl+O)": "打开工作空间（GeoPackage）（Ctrl+O）",
    "&Close Workspace": "关闭工作空间(&C)",
    "As &Image (PNG)…": "导出为图片 PNG(&I)…",
    "Export the map with title, legend, scale bar and north arrow as a PNG image":
        "将地图连同标题、图例、比例尺和指北针导出为 PNG 图片",
    "As &PDF…": "导出为 PDF(&P)…",
    "Export the map with title, legend, scale bar and north arrow as an A4 PDF":
        "将地图连同标题、图例、比例尺和指北针导出为 A4 幅面的 PDF",
    "&Quit": "退出(&Q)",
    "&Pan": "平移(&P)",
    "Pan the map: drag to move, click to identify (Ctrl+1)": "平移地图：拖动移动，单击查询要素（Ctrl+1）",
    "Zoom to &Box": "拉框放大(&B)",
    "Drag a box to zoom into; Shift+drag does the same with any tool (Ctrl+2)":
        "拖出矩形框放大到该范围；任何工具下按住 Shift 拖动效果相同（Ctrl+2）",
    "&Identify Features": "要素查询(&I)",
    "Click a feature to see its figures (Ctrl+Shift+I)": "单击要素查看其指标（Ctrl+Shift+I）",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "Zoom &Full": "全图显示(&F)",
    "Show the whole district (Ctrl+Shift+F, or Home on the map)":
        "显示全区（Ctrl+Shift+F，或在地图上按 Home 键）",
    "Zoom to &Layer": "缩放至图层(&L)",
    "Show the whole of the layer selected in the Layers panel": "显示图层面板中所选图层的全部范围",
    "Zoom to &Selection": "缩放至选中要素(&S)",
    "&Refresh": "刷新(&R)",
    "Run &Allocation": "运行配置(&A)",
    "Place every project at once, conflict-free (Ctrl+R)": "一次性为全部项目安排地块，互不冲突（Ctrl+R）",
    "&Cancel Running Task": "取消正在运行的任务(&C)",
    "&About sitefit": "关于 sitefit(&A)",
    "Layers": "图层",
    "Identify": "要素查询",
    "Projects": "招商项目",
    "Candidate Sites": "候选地块",
    "File": "文件",
    "Map Navigation": "地图浏览",
    "Analysis": "分析",
    "Open Workspace": "打开工作空间",
    "Workspaces (*.gpkg);;All files (*)": "工作空间 (*.gpkg);;所有文件 (*)",
    "Opening %1": "正在打开 %1",
    "Opened %1: %2 zones, %3 parcels, %4 buildings, %5 sites on offer, %6 projects":
        "已打开 %1：%2 个园区，%3 个地块，%4 栋建筑，%5 处可供地块和厂房，%6 个项目",
    "Failed: %1": "失败：%1",
    "%1 failed.": "%1失败。",
    "%1 — candidate sites for %2 %3": "%1 — %2 %3 的候选地块",
    "%1 — allocation plan": "%1 — 配置方案",
    "PDF documents (*.pdf)": "PDF 文档 (*.pdf)",
    "PNG images (*.png)": "PNG 图片 (*.png)",
    "Export Map": "导出地图",
    "Exported the map to %1": "地图已导出到 %1",
    "Exporting the map": "导出地图",
    # --- canvas, status bar ---
    "Open a workspace to see its map (File ▸ Open, Ctrl+O)": "打开工作空间以查看地图（文件 ▸ 打开，Ctrl+O）",
    "No longitude/latitude for this CRS: %1": "该坐标系无法换算经纬度：%1",
    "E %1  N %2 m": "东 %1  北 %2 米",
    "Scale 1:%1": "比例尺 1:%1",
    "Rendering…": "正在绘制…",
    "Cursor position: workspace CRS (metres) and longitude/latitude (CGCS2000)":
        "光标位置：工作空间坐标系（米）及经纬度（CGCS2000）",
    "Map scale at the screen's resolution": "按屏幕分辨率计算的地图比例尺",
    # --- progress stages (core and gis report them in English) ---
    "reading workspace": "读取工作空间",
    "joining buildings to parcels and zones": "将建筑叠加到地块和园区",
    "measuring site facts": "计算地块与厂房指标",
    "preparing the map": "准备地图",
    "matching all projects": "匹配全部项目",
    "building the allocation problem": "构建配置模型",
    "solving the allocation": "求解配置方案",
    "explaining the plan": "解释配置方案",
    # --- projects panel, requirement form ---
    "not placed": "未落地",
    "(mandatory)": "（必须落地）",
    "Requirements edited in this session": "本次已修改需求",
    "Needs": "需求类型",
    "Priority": "优先级",
    "Needed by": "需用日期",
    "Plan": "配置地块",
    "Filter projects…": "筛选项目…",
    "Industry code (GB/T 4754)": "行业代码（GB/T 4754）",
    "No projects in the workspace. The map, capacity and editing work as they are; add a "
    "projects table (sitefit import … --projects FILE) to match and allocate.":
        "工作空间中没有项目。地图、承接能力和编辑照常可用；添加项目表"
        "（sitefit import … --projects FILE）后即可匹配和配置。",
    "Open &Recent": "最近打开(&R)",
    "No recent workspaces": "没有最近打开的工作空间",
    "Clear List": "清空列表",
    "(any zone)": "（不限园区）",
    "Select a project to see and edit its requirements.": "选择一个项目，查看并修改其需求。",
    "Requirements of %1 %2": "%1 %2 的需求",
    "Power": "用电容量",
    "Investment": "投资额",
    "Land asked for, in m²; a parcel may be up to 30 % larger": "所需土地面积（m²）；地块可比需求大至多 30 %",
    "The same in 亩 (1 亩 = 666.67 m²)": "同一面积以亩计（1 亩 = 666.67 m²）",
    "Planned floor area (land: for the FAR check; space: the floor space to rent)":
        "计划建筑面积（用地项目用于核验容积率；租赁厂房项目即所需厂房面积）",
    "1 clean … 3 heavy; must fit the zone and the land use": "1 为清洁 … 3 为重污染；须符合园区和用地性质的要求",
    "Reset to workspace values": "恢复工作空间中的原值",
    "Cancel": "取消",
    "Zone (%1…)": "园区（%1…）",
    "Running the allocation": "正在运行配置",
    "%1 %2 — %3. Ranked sites: %4": "%1 %2 — %3。候选地块：%4 处",
    "optimal": "最优",
    "feasible, not proven optimal": "可行，未证明最优",
    "infeasible": "无可行方案",
    "no plan found in time": "限时内未找到方案",
    # --- listing brochures, site cards (gui/listing) ---
    "Outside the parks": "园区外",
    "outside the parks": "园区外",
    "%1 (%2, in the zone)": "%1（%2，位于区内）",
    "%1 (%2, %3 from the nearest site here)": "%1（%2，距本区最近载体 %3）",
    "%1 (%2)": "%1（%2）",
    "These chains have no chain leader in the district yet.": "上述产业链在本区尚无链主企业。",
    "Chain leaders: %1.": "链主企业：%1。",
    "No.": "编号",
    "To chain\nleader": "距链主",
    "Area\n亩": "面积\n亩",
    "Area\nm²": "面积\nm²",
    "Height\nm": "限高\nm",
    "Price\n万元/亩": "地价\n万元/亩",
    "Power\nkVA": "供电\nkVA",
    "Updated": "更新",
    "Building": "楼栋",
    "Type": "类型",
    "Vacant\nm²": "空置面积\nm²",
    "Floor load\nkN/m²": "楼面荷载\nkN/m²",
    "Clear height\nm": "净高\nm",
    "Rent\n元/m²·月": "租金\n元/m²·月",
    "operated by %1": "运营方：%1",
    "Available land in the zone": "园区可供土地",
    "Vacant floor space in the zone": "园区空置厂房面积",
    "Occupancy of floor space": "厂房出租率",
    "Enterprises in the zone": "区内企业",
    "No leading chain set.": "未设定主导产业链。",
    "Leading chains: %1": "主导产业链：%1",
    "Nothing of this listing is on offer here at the moment.": "本册在此园区暂无可供地块或空置厂房。",
    "Tel. %1": "电话 %1",
    "Sites on offer": "招商载体推介",
    "Listed sites": "推介载体",
    "All carriers of the district": "全区招商载体",
    "issued %1": "发布日期 %1",
    "Zones and parks": "园区",
    "Enterprises in these zones": "园区内企业",
    "Land on offer\n亩": "可供土地\n亩",
    "Floor space\nm²": "可租厂房\nm²",
    "Page": "页码",
    "no contact details on record": "未登记联系方式",
    "Location in the district": "区位",
    "Map of the district with the zones": "全区园区分布图",
    "zones with sites on offer": "本册推介的园区",
    "Zones in this brochure": "本册园区",
    "Contact": "联系方式",
    "Map of %1 with the sites on offer": "%1 推介载体分布图",
    "numbered as in the tables": "编号同下表",
    "This brochure": "本册",
    " (continued)": "（续）",
    "Page %1 of %2": "第 %1 页 / 共 %2 页",
    "Site proposal": "选址方案",
    "Your requirements": "贵方需求",
    "Sites on the shortlist": "备选载体",
    "Price or rent": "地价或租金",
    "Rank and score: how well each site meets your requirements, by the district's published matching rules (100 = best).":
        "排名和得分：按本区公布的匹配规则衡量各载体满足贵方需求的程度（100 为最佳）。",
    "score · rank %1": "得分 · 第 %1 名",
    "score": "得分",
    "Location": "位置",
    "Where they are": "载体位置",
    "Chain partners around this site": "周边产业链伙伴",
    "Relation": "关系",
    "Enterprises\nin the district": "全区\n企业数",
    "Nearest": "最近距离",
    "same trade": "同行业",
    "supplier (upstream)": "供应商（上游）",
    "customer (downstream)": "客户（下游）",
    "same chain": "同链",
    "updated today (%1)": "今日更新（%1）",
    "no edit record (the workspace has no edit log; its file was modified %1)":
        "无编辑记录（工作空间无编辑日志；文件修改于 %1）",
    "no edit record": "无编辑记录",
    'Figures as of %1. "Updated" is the last change of a site in the workspace\'s edit log; "—" means the log has no record of it.':
        "数据截至 %1。“更新”为工作空间编辑日志中该载体最近一次修改；“—”表示日志中没有其记录。",
    "Figures as of %1. The workspace keeps no edit log, so when each site was last updated is not known; the workspace file was last modified on %2.":
        "数据截至 %1。工作空间未保存编辑日志，无法得知各载体数据的更新时间；工作空间文件最近修改于 %2。",
    "Figures as of %1. The workspace keeps no edit log, so when each site was last updated is not known.":
        "数据截至 %1。工作空间未保存编辑日志，无法得知各载体数据的更新时间。",
    "Land area": "用地面积",
    "Floor area ratio (FAR)": "容积率",
    "Height limit": "限高",
    " (about %1 万元 in all)": "（总价约 %1 万元）",
    "Building type": "建筑类型",
    " (of %1 m²)": "（总建筑面积 %1 m²）",
    "chain leader %1": "链主 %1",
    "nearest firm %1": "最近企业 %1",
    "Chain: %1": "产业链：%1",
    "no enterprise yet": "尚无企业",
    "%1 · land, %2 亩": "%1 · 土地 %2 亩",
    "%1 · floor space, %2 m²": "%1 · 厂房 %2 m²",
    # --- investor preview (gui/app) ---
    "Your project": "贵方项目",
    "floor area %1": "建筑面积 %1",
    "floor load ≥ %1 kN/m²": "楼面荷载 ≥ %1 kN/m²",
    "clear height ≥ %1 m": "净高 ≥ %1 m",
    "power %1 kVA": "用电 %1 kVA",
    "budget %1 万元": "投资预算 %1 万元",
    "Looking for": "需求类型",
    "Budget": "投资预算",
    "Trade": "行业门类",
    "Land you need, in m²; a parcel may be up to 30 % larger": "所需用地面积（m²）；可匹配面积大至 30 % 的地块",
    "Floor space to rent (floor space), or the floor area you plan to build (land: checked against the parcel's FAR range)":
        "拟租用的厂房面积（租赁厂房），或拟建的建筑面积（用地：按地块容积率范围核验）",
    "Your total investment: checked against the zone's minimum investment per 亩, and used to weigh the land price":
        "项目总投资：用于核验园区亩均投资强度下限，并衡量地价成本",
    "Your trade decides the land-use classes and the pollution class that apply, and which enterprises count as chain partners":
        "行业门类决定适用的用地性质和污染等级，以及哪些企业算作产业链伙伴",
    "About the investor preview": "关于投资方预览",
    "<b>sitefit %1</b> — investor preview<p>The sites on offer in the district's parks, ranked for your requirements by the same rules the investment bureau uses. Read-only: nothing you do here changes the data.</p>":
        "<b>sitefit %1</b> — 投资方预览<p>区内各园区可供的地块和厂房，按贵方需求、以投资促进局同样的规则排序。只读：在此的任何操作都不会改动数据。</p>",
    "%1 — sites on offer (investor preview)": "%1 — 可供载体（投资方预览）",
    "sitefit — investor preview": "sitefit — 投资方预览",
    "Export &Proposal Package…": "导出选址方案包(&P)…",
    "Write the shortlist as PDF site cards and a GeoPackage of the sites": "将备选清单导出为 PDF 载体卡片和载体 GeoPackage",
    "&About the Investor Preview": "关于投资方预览(&A)",
    "Your Requirements": "贵方需求",
    "Legend": "图例",
    "Matching Sites": "匹配载体",
    "Site Card": "载体卡片",
    "Shortlist": "备选清单",
    "Export Proposal…": "导出方案…",
    "Opened %1: %2 zones, %3 sites on offer": "已打开 %1：%2 个园区，%3 处可供载体",
    "now": "即可交付",
    "Matching Sites (%1)": "匹配载体（%1）",
    "Shortlist (%1)": "备选清单（%1）",
    "Export Proposal Package": "导出选址方案包",
    "Sites for your project": "贵方项目选址方案",
    "Exported the proposal: %1 (%2 pages) and %3": "已导出方案：%1（%2 页）和 %3",
    "Exporting the proposal failed: %1": "导出方案失败：%1",
    "Choose a site in the list or on the map to see its card.": "在列表或地图上选择一处载体，查看其卡片。",
    "%1 · rank %2": "%1 分 · 第 %2 名",
    "On the shortlist": "已在备选清单",
    "Add to shortlist": "加入备选清单",
    # --- editing in the map window (undo/redo, save, edit log, recovery) ---
    "(empty)": "（空）",
    "%1 %2: %3 = %4": "%1 %2：%3 = %4",
    "Floor area (m²)": "建筑面积（m²）",
    "Floor load (kN/m²)": "楼面荷载（kN/m²）",
    "Clear height (m)": "净高（m）",
    "Rent (yuan/m²/month)": "租金（元/m²/月）",
    "Min. FAR": "容积率下限",
    "Max. FAR": "容积率上限",
    "Max. height (m)": "限高（m）",
    "Land price (10k yuan/mu)": "地价（万元/亩）",
    "Power (kVA)": "供电容量（kVA）",
    "Investor": "投资方",
    "Land (m²)": "用地面积（m²）",
    "Floor area needed (m²)": "所需建筑面积（m²）",
    "Investment (10k yuan)": "投资额（万元）",
    "Annual tax (10k yuan)": "年税收（万元）",
    "Jobs": "就业岗位",
    "Mandatory (0/1)": "必须落地（0/1）",
    "Saved value": "已保存的值",
    "Value": "值",
    "Field": "字段",
    "Reload Row": "重新读取",
    "Read the row again from the workspace (after someone else saved it); your unsaved changes stay and will be saved on top of its current values":
        "从工作空间重新读取这一行（他人保存之后）；您未保存的修改保留，并将在其当前值的基础上保存",
    "Cannot read %1 %2: %3": "无法读取 %1 %2：%3",
    "Click a building or parcel on the map, or select a project, to edit its attributes.":
        "在地图上点击建筑或地块，或选择一个项目，即可编辑其属性。",
    "%1 %2, version %3": "%1 %2，版本 %3",
    "last saved by %1 at %2": "最后由 %1 于 %2 保存",
    "Unsaved change; saved value: %1": "未保存的修改；已保存的值：%1",
    "When (UTC)": "时间（UTC）",
    "Editor": "编辑人",
    "Layer": "图层",
    "ID": "编号",
    "Old value": "原值",
    "New value": "新值",
    "Cannot read the edit log: %1": "无法读取编辑记录：%1",
    "No workspace is open.": "未打开工作空间。",
    "No edit has been saved to this workspace yet.": "该工作空间尚无已保存的编辑。",
    "%1 saved it at %2": "%1 已于 %2 保存",
    "someone else saved it": "他人已保存",
    "%1 %2 was changed since you read it (version %3, not %4): %5. Nothing was saved and your changes are still pending: reload the row, check them against its current values and save again.":
        "%1 %2 在您读取后已被修改（当前版本 %3，而非 %4）：%5。未保存任何内容，您的修改仍待保存：请重新读取该行，对照其当前值核对修改后再次保存。",
    "Nothing was saved and your changes are still pending: %1": "未保存任何内容，您的修改仍待保存：%1",
    "Discarded the unsaved changes": "已放弃未保存的修改",
    "The unsaved changes cannot be kept for recovery: %1": "无法为恢复保留未保存的修改：%1",
    "&Edit": "编辑(&E)",
    "&Save Changes": "保存修改(&S)",
    "Save every unsaved change to the workspace at once (Ctrl+S); refused as a whole if someone else changed one of the rows since you read it":
        "将所有未保存的修改一次性保存到工作空间（Ctrl+S）；如在您读取后他人修改了其中某行，则全部不予保存",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Discard Unsaved Changes": "放弃未保存的修改(&D)",
    "Edit": "编辑",
    "Edit History": "编辑历史",
    "Edit Log": "编辑记录",
    "<no unsaved change>": "<无未保存的修改>",
    "Undo %1": "撤销 %1",
    "Redo %1": "重做 %1",
    "Nothing was saved": "未保存任何内容",
    "Someone else changed a row you edited.": "他人修改了您编辑的行。",
    "The changes cannot be saved.": "无法保存修改。",
    "Unsaved Changes": "未保存的修改",
    "Save them to the workspace before going on?": "继续之前是否将其保存到工作空间？",
    "Save": "保存",
    "Discard": "放弃",
    "Restore Unsaved Changes": "恢复未保存的修改",
    "Restore them as unsaved changes (you can then review, undo or save them), or discard them?":
        "将其恢复为未保存的修改（之后可以查看、撤销或保存），还是放弃？",
    "Restore": "恢复",
    "%1: %2 in view, shown as density; zoom in to see each one": "%1：视图内 %2 个，以密度显示；放大可查看每一个",
}

# Where a source text reads differently in one context.
BY_CONTEXT = {
    ("sitefit::gui::RequirementForm", "Land"): "土地",
    ("sitefit::gui::IdentifyPanel", "Capacity"): "承接能力",
    ("sitefit::gui::IdentifyPanel", "Site"): "地块",
    ("sitefit::gui::CapacityDashboard", "Zone"): "园区",
}

NUMERUS = {
    "%n enterprise(s) of these chains in the zone.": "区内有上述产业链企业 %n 家。",
    "Enterprises; %n place(s) left": "入驻企业；尚余 %n 个席位",
    "Land on offer: %n parcel(s), %1": "可供地块：%n 宗，合计 %1",
    "Floor space to let: %n building(s), %1 m² in all": "可租厂房：%n 栋，合计 %1 m²",
    "%n zone(s)": "%n 个园区",
    "Land on offer: %n parcel(s)": "可供土地：%n 宗地块",
    "Floor space to let: %n building(s)": "可租厂房：%n 栋",
    "updated %n day(s) ago (%1)": "%n 天前更新（%1）",
    "%n d ago": "%n 天前",
    "%n site(s)  ·  issued %1": "%n 处载体  ·  发布日期 %1",
    "%n saved change(s), newest first": "已保存的修改 %n 条，最新的在前",
    "Saved %n change(s) as %1": "已以 %1 的身份保存 %n 处修改",
    "Restore %n unsaved change(s)": "恢复 %n 处未保存的修改",
    "%n unsaved change(s)": "%n 处未保存的修改",
    "Restored %n unsaved change(s)": "已恢复 %n 处未保存的修改",
    "The workspace has %n unsaved change(s).": "工作空间有 %n 处未保存的修改。",
    "%n change(s) to %1 were not saved when sitefit last closed.": "sitefit 上次关闭时，%1 有 %n 处修改未保存。",
}


def main() -> int:
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "zh_CN")
    missing = []
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                text = NUMERUS.get(source)
                if text is None:
                    missing.append((name, source))
                    continue
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                ET.SubElement(translation, "numerusform").text = text
            else:
                text = BY_CONTEXT.get((name, source), BY_SOURCE.get(source))
                if text is None:
                    missing.append((name, source))
                    continue
                translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(TS, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for name, source in missing:
        print(f"untranslated: [{name}] {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
