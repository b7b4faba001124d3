<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>sitefit::gui::AllocationPanel</name>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="165" />
            <source>Running the allocation</source>
            <translation>正在运行配置</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="197" />
            <source>No plan yet: run the allocation to place every project at once.</source>
            <translation>尚无配置方案：运行配置，为全部项目一次性安排落地地块。</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="200" />
            <source>Not placed</source>
            <translation>未落地项目</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="237" />
            <source>Not placed (%1)</source>
            <translation>未落地项目（%1）</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="242" />
            <source>%1 of %2 projects placed; land %3 of %4 亩 asked, floor space %5 of %6 m² asked. Solver %7, %8, objective %9, gap %10 %.</source>
            <translation>%2 个项目中已落地 %1 个；土地需求 %4 亩，已安排 %3 亩；厂房需求 %6 m²，已安排 %5 m²。求解器 %7，%8，目标值 %9，间隙 %10 %。</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="254" />
            <source>No plan satisfies the pins and mandatory projects: %1</source>
            <translation>没有方案能同时满足锁定和必须落地的项目：%1</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="258" />
            <source>Requirements were edited since: run it again.</source>
            <translation>此后项目需求已修改，请重新运行配置。</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="277" />
            <source>Pin %1 → %2</source>
            <translation>锁定 %1 → %2</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="361" />
            <source>Close %1 to every project</source>
            <translation>%1 不向任何项目开放</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="278" />
            <location filename="../app/src/allocation_panel.cpp" line="358" />
            <source>Exclude %2 for %1</source>
            <translation>%1 不考虑 %2</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="290" />
            <source>Not saved yet: File ▸ Save Changes stores it for every planner</source>
            <translation>尚未保存：“文件 ▸ 保存修改”后对所有规划人员生效</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="293" />
            <source>Stored in the workspace: %1</source>
            <translation>已保存在工作空间中：%1</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="295" />
            <source>Stored in the workspace</source>
            <translation>已保存在工作空间中</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="303" />
            <source>Close %1 to every project (this session only)</source>
            <translation>%1 不向任何项目开放（仅本次会话）</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="309" />
            <source>Pins and exclusions (%1)</source>
            <translation>锁定与排除（%1）</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="351" />
            <source>Zoom to %1</source>
            <translation>缩放至 %1</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="355" />
            <source>Pin %1 to %2</source>
            <translation>将 %1 锁定到 %2</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="387" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="409" />
            <source>Run allocation</source>
            <translation>运行配置</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="411" />
            <source>Place every project at once, conflict-free, maximising the priority-weighted score</source>
            <translation>一次性为全部项目安排地块，互不冲突，使按优先级加权的总得分最高</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="413" />
            <source>Clear pins and exclusions</source>
            <translation>清除锁定与排除</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="414" />
            <location filename="../app/src/allocation_panel.cpp" line="420" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="414" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="414" />
            <source>Site</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="414" />
            <source>Zone</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="415" />
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="415" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="415" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="415" />
            <source>Given up</source>
            <translation>让出分值</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="417" />
            <source>The rank of the site among the project's candidates (1 = its first choice)</source>
            <translation>该地块在项目候选地块中的排名（1 = 首选）</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="419" />
            <source>Score given up against the project's best site</source>
            <translation>与项目最优地块相比少得的分数</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="420" />
            <source>Why not placed</source>
            <translation>未落地原因</translation>
        </message>
        <message>
            <location filename="../app/src/allocation_panel.cpp" line="422" />
            <source>Right-click a plan row or a candidate to pin or exclude; right-click here to remove. Pins and exclusions are saved with the other changes (Ctrl+S) and shared with every planner; unsaved ones are marked *</source>
            <translation>右键点击方案行或候选地块可锁定或排除；在此右键点击可移除。锁定与排除随其他修改一起保存（Ctrl+S），所有规划人员共享；未保存的标有 *</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::AttributeEditor</name>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="66" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="67" />
            <source>Floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="68" />
            <source>Floor area (m²)</source>
            <translation>建筑面积（m²）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="69" />
            <source>Vacant floor space (m²)</source>
            <translation>空置厂房面积（m²）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="70" />
            <source>Floor load (kN/m²)</source>
            <translation>楼面荷载（kN/m²）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="71" />
            <source>Clear height (m)</source>
            <translation>净高（m）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="72" />
            <source>Rent (yuan/m²/month)</source>
            <translation>租金（元/m²/月）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="73" />
            <source>Available from</source>
            <translation>可交付日期</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="74" />
            <source>Carrier</source>
            <translation>载体运营方</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="75" />
            <source>Land use</source>
            <translation>用地性质</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="76" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="77" />
            <source>Min. FAR</source>
            <translation>容积率下限</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="78" />
            <source>Max. FAR</source>
            <translation>容积率上限</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="79" />
            <source>Max. building coverage</source>
            <translation>建筑密度上限</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="80" />
            <source>Max. green ratio</source>
            <translation>绿地率上限</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="81" />
            <source>Max. height (m)</source>
            <translation>限高（m）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="82" />
            <source>Land price (10k yuan/mu)</source>
            <translation>地价（万元/亩）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="83" />
            <source>Power (kVA)</source>
            <translation>供电容量（kVA）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="84" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="85" />
            <source>Investor</source>
            <translation>投资方</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="86" />
            <source>Category</source>
            <translation>产业门类</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="87" />
            <source>Industry code (GB/T 4754)</source>
            <translation>行业代码（GB/T 4754）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="88" />
            <source>Needs</source>
            <translation>需求类型</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="89" />
            <source>Land (m²)</source>
            <translation>用地面积（m²）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="90" />
            <source>Floor area needed (m²)</source>
            <translation>所需建筑面积（m²）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="91" />
            <source>Investment (10k yuan)</source>
            <translation>投资额（万元）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="92" />
            <source>Pollution class</source>
            <translation>污染等级</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="93" />
            <source>Preferred zone</source>
            <translation>意向园区</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="94" />
            <source>Needed by</source>
            <translation>需用日期</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="95" />
            <source>Annual tax (10k yuan)</source>
            <translation>年税收（万元）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="96" />
            <source>Jobs</source>
            <translation>就业岗位</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="97" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="98" />
            <source>Mandatory (0/1)</source>
            <translation>必须落地（0/1）</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="154" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="154" />
            <source>Saved value</source>
            <translation>已保存的值</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="154" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="155" />
            <source>Reload Row</source>
            <translation>重新读取</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="157" />
            <source>Read the row again from the workspace (after someone else saved it); your unsaved changes stay and will be saved on top of its current values</source>
            <translation>从工作空间重新读取这一行（他人保存之后）；您未保存的修改保留，并将在其当前值的基础上保存</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="168" />
            <source>Cannot read %1 %2: %3</source>
            <translation>无法读取 %1 %2：%3</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="174" />
            <source>Click a building or parcel on the map, or select a project, to edit its attributes.</source>
            <translation>在地图上点击建筑或地块，或选择一个项目，即可编辑其属性。</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="180" />
            <source>%1 %2, version %3</source>
            <translation>%1 %2，版本 %3</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="183" />
            <source>last saved by %1 at %2</source>
            <translation>最后由 %1 于 %2 保存</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="211" />
            <source>Unsaved change; saved value: %1</source>
            <translation>未保存的修改；已保存的值：%1</translation>
        </message>
        <message>
            <location filename="../app/src/attribute_editor.cpp" line="212" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::CandidatesPanel</name>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="120" />
            <source>Select a project to see where it can go.</source>
            <translation>选择一个项目，查看它可以落在哪里。</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="121" />
            <source>Ranked</source>
            <translation>候选地块</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="122" />
            <source>Rejected</source>
            <translation>不符合地块</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="135" />
            <source>needs %1 of land</source>
            <translation>需要土地 %1</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="136" />
            <source>needs %1 of floor space</source>
            <translation>需要厂房 %1</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="138" />
            <source>%1 %2 — %3. Ranked sites: %4</source>
            <translation>%1 %2 — %3。候选地块：%4 处</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="154" />
            <source>%1 vacant</source>
            <translation>空置 %1</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="189" />
            <source>Ranked (%1)</source>
            <translation>候选地块（%1）</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="190" />
            <source>Rejected (%1)</source>
            <translation>不符合地块（%1）</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="253" />
            <source>Zoom to %1</source>
            <translation>缩放至 %1</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="257" />
            <source>Pin %1 to %2 in the allocation</source>
            <translation>配置时将 %1 锁定到 %2</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="260" />
            <source>Exclude %2 for %1 in the allocation</source>
            <translation>配置时 %1 不考虑 %2</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="269" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="269" />
            <location filename="../app/src/candidates_panel.cpp" line="279" />
            <source>Site</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="269" />
            <location filename="../app/src/candidates_panel.cpp" line="279" />
            <source>Zone</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="269" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="269" />
            <source>Criteria</source>
            <translation>各项指标</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="269" />
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="279" />
            <source>Constraint</source>
            <translation>约束条件</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="279" />
            <source>Required</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../app/src/candidates_panel.cpp" line="279" />
            <source>Actual</source>
            <translation>实际</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::CapacityDashboard</name>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="157" />
            <source>District</source>
            <translation>全区</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="188" />
            <source>Now</source>
            <translation>现状</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="223" />
            <source>Left after the plan</source>
            <translation>配置后剩余</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="286" />
            <source>Zone</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="288" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="288" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="286" />
            <location filename="../app/src/capacity_dashboard.cpp" line="293" />
            <source>Available land (亩)</source>
            <translation>可用土地（亩）</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="243" />
            <source>Zone (%1…)</source>
            <translation>园区（%1…）</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="287" />
            <source>Vacant space (m²)</source>
            <translation>空置面积（m²）</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="287" />
            <source>Occupancy</source>
            <translation>入驻率</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="287" />
            <source>Enterprises</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="288" />
            <source>Places left</source>
            <translation>剩余企业容量</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="293" />
            <source>Vacant floor space (m²)</source>
            <translation>空置厂房面积（m²）</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="294" />
            <source>Occupancy (%)</source>
            <translation>入驻率（%）</translation>
        </message>
        <message>
            <location filename="../app/src/capacity_dashboard.cpp" line="294" />
            <source>Places left for enterprises</source>
            <translation>还可容纳的企业数</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::DatabaseConnectionPrompt</name>
        <message>
            <location filename="../app/src/database_connection_prompt.cpp" line="21" />
            <source>Open Database Workspace</source>
            <translation>打开数据库工作空间</translation>
        </message>
        <message>
            <location filename="../app/src/database_connection_prompt.cpp" line="23" />
            <source>PostgreSQL connection, as in the command line (e.g. PG:service=sitefit).
Passwords go in ~/.pgpass or PGPASSWORD, not here.</source>
            <translation>PostgreSQL 连接，写法与命令行相同（例如 PG:service=sitefit）。
密码请放在 ~/.pgpass 或环境变量 PGPASSWORD 中，不要写在这里。</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::DomainLabels</name>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="8" />
            <source>Zones</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="10" />
            <source>Parcels</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="12" />
            <source>Capacity</source>
            <translation>承接能力</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="14" />
            <source>Buildings</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="16" />
            <source>Enterprises</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="18" />
            <source>Candidate sites</source>
            <translation>候选地块</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="20" />
            <source>Allocation plan</source>
            <translation>配置方案</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="28" />
            <source>Single colour</source>
            <translation>单一颜色</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="30" />
            <location filename="../app/src/domain_labels.cpp" line="102" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="32" />
            <location filename="../app/src/domain_labels.cpp" line="106" />
            <source>Land use</source>
            <translation>用地性质</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="34" />
            <source>Zone kind</source>
            <translation>园区类型</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="36" />
            <source>Industry chain</source>
            <translation>产业链</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="38" />
            <location filename="../app/src/domain_labels.cpp" line="118" />
            <source>Building kind</source>
            <translation>建筑类型</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="40" />
            <source>Vacancy ratio</source>
            <translation>空置率</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="42" />
            <source>Building coverage</source>
            <translation>建筑密度</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="44" />
            <location filename="../app/src/domain_labels.cpp" line="112" />
            <source>FAR</source>
            <translation>容积率</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="46" />
            <source>Available land</source>
            <translation>可用土地</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="48" />
            <source>Match score</source>
            <translation>匹配得分</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="56" />
            <source>Chain synergy</source>
            <translation>产业链协同</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="58" />
            <source>Zone orientation</source>
            <translation>园区主导产业</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="60" />
            <source>Size fit</source>
            <translation>规模匹配</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="62" />
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="64" />
            <source>Readiness</source>
            <translation>交付时间</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="66" />
            <source>Job–housing balance</source>
            <translation>职住平衡</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="68" />
            <source>Preferred zone</source>
            <translation>意向园区</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="70" />
            <source>Fills a chain gap</source>
            <translation>补链</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="78" />
            <source>Near enterprises of the same chain, of linked categories and the chain leader</source>
            <translation>邻近同链企业、上下游企业和链主企业</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="82" />
            <source>The project's chain is one of the zone's leading chains</source>
            <translation>项目所属产业链是园区主导产业链之一</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="84" />
            <source>Little oversize (land) or a good share of the vacancy (space)</source>
            <translation>土地面积超出需求少，或占空置面积比例合适（厂房）</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="86" />
            <source>Land cost against the investment, or rent against the market</source>
            <translation>地价相对投资额的高低，或租金相对市场水平的高低</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="88" />
            <source>Available by the time the project needs it</source>
            <translation>在项目需要之时可以交付</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="90" />
            <source>Homes and public services within commuting distance</source>
            <translation>通勤范围内有住房和公共服务设施</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="92" />
            <source>In the zone the investor asked for</source>
            <translation>位于投资方意向的园区</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="94" />
            <source>The project brings a category the district does not have yet</source>
            <translation>项目填补了全区尚无的产业门类（补链）</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="104" />
            <source>Area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="108" />
            <source>Pollution class</source>
            <translation>污染等级</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="110" />
            <source>Investment intensity</source>
            <translation>投资强度</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="114" />
            <source>Power supply</source>
            <translation>供电容量</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="116" />
            <source>Available from</source>
            <translation>可交付日期</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="120" />
            <source>Floor load</source>
            <translation>楼面荷载</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="122" />
            <source>Clear height</source>
            <translation>净高</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="130" />
            <source>Available</source>
            <translation>可供应</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="132" />
            <source>Reserved</source>
            <translation>已预留</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="134" />
            <source>Transferred</source>
            <translation>已出让</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="136" />
            <source>Built</source>
            <translation>已建成</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="144" />
            <source>High-tech zone</source>
            <translation>高新区</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="146" />
            <source>Industrial park</source>
            <translation>工业园区</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="148" />
            <source>Township industrial cluster</source>
            <translation>乡镇工业集中区</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="150" />
            <source>Specialty park</source>
            <translation>特色产业园</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="158" />
            <source>Standard factory</source>
            <translation>标准厂房</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="160" />
            <source>R&amp;D office</source>
            <translation>研发办公楼</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="162" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="164" />
            <source>Incubator</source>
            <translation>孵化器</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="166" />
            <source>Residential</source>
            <translation>住宅</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="168" />
            <source>Public service</source>
            <translation>公共服务设施</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="170" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="178" />
            <source>Chain leader</source>
            <translation>链主企业</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="180" />
            <source>Key enterprise</source>
            <translation>重点企业</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="182" />
            <source>Supporting enterprise</source>
            <translation>配套企业</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="190" />
            <source>Land</source>
            <translation>土地</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="192" />
            <location filename="../app/src/domain_labels.cpp" line="202" />
            <source>Floor space</source>
            <translation>厂房空间</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="200" />
            <source>Parcel</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="210" />
            <source>optimal</source>
            <translation>最优</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="212" />
            <source>feasible, not proven optimal</source>
            <translation>可行，未证明最优</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="214" />
            <source>infeasible</source>
            <translation>无可行方案</translation>
        </message>
        <message>
            <location filename="../app/src/domain_labels.cpp" line="216" />
            <source>no plan found in time</source>
            <translation>限时内未找到方案</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::EditDescription</name>
        <message>
            <location filename="../app/src/edit_description.cpp" line="7" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../app/src/edit_description.cpp" line="8" />
            <source>%1 %2: %3 = %4</source>
            <translation>%1 %2：%3 = %4</translation>
        </message>
        <message>
            <location filename="../app/src/edit_description.cpp" line="17" />
            <source>Remove the link %1=%2</source>
            <translation>移除锁定/排除 %1=%2</translation>
        </message>
        <message>
            <location filename="../app/src/edit_description.cpp" line="20" />
            <source>Pin %1 → %2</source>
            <translation>锁定 %1 → %2</translation>
        </message>
        <message>
            <location filename="../app/src/edit_description.cpp" line="22" />
            <source>Exclude %2 for %1</source>
            <translation>%1 不考虑 %2</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::EditLogView</name>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="50" />
            <source>When (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="50" />
            <source>Editor</source>
            <translation>编辑人</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="50" />
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="50" />
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="51" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="51" />
            <source>Old value</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="51" />
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="58" />
            <source>Cannot read the edit log: %1</source>
            <translation>无法读取编辑记录：%1</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="62" />
            <source>No workspace is open.</source>
            <translation>未打开工作空间。</translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="65" />
            <source>No edit has been saved to this workspace yet.</source>
            <translation>该工作空间尚无已保存的编辑。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/edit_log_view.cpp" line="66" />
            <source>%n saved change(s), newest first</source>
            <translation>
                <numerusform>已保存的修改 %n 条，最新的在前</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/edit_log_view.cpp" line="69" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::EditSession</name>
        <message>
            <location filename="../app/src/edit_session.cpp" line="112" />
            <source>Remove every pin and exclusion</source>
            <translation>移除全部锁定与排除</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/edit_session.cpp" line="164" />
            <source>Saved %n change(s) as %1</source>
            <translation>
                <numerusform>已以 %1 的身份保存 %n 处修改</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/edit_session.cpp" line="171" />
            <source>%1 saved it at %2</source>
            <translation>%1 已于 %2 保存</translation>
        </message>
        <message>
            <location filename="../app/src/edit_session.cpp" line="174" />
            <source>someone else saved it</source>
            <translation>他人已保存</translation>
        </message>
        <message>
            <location filename="../app/src/edit_session.cpp" line="176" />
            <source>%1 %2 was changed since you read it (version %3, not %4): %5. Nothing was saved and your changes are still pending: reload the row, check them against its current values and save again.</source>
            <translation>%1 %2 在您读取后已被修改（当前版本 %3，而非 %4）：%5。未保存任何内容，您的修改仍待保存：请重新读取该行，对照其当前值核对修改后再次保存。</translation>
        </message>
        <message>
            <location filename="../app/src/edit_session.cpp" line="187" />
            <source>Nothing was saved and your changes are still pending: %1</source>
            <translation>未保存任何内容，您的修改仍待保存：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/edit_session.cpp" line="226" />
            <source>Restore %n unsaved change(s)</source>
            <translation>
                <numerusform>恢复 %n 处未保存的修改</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::FlawedWorkspaceDialog</name>
        <message>
            <location filename="../app/src/flawed_workspace_dialog.cpp" line="18" />
            <source>Workspace with Errors</source>
            <translation>工作空间有错误</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/flawed_workspace_dialog.cpp" line="32" />
            <source>%1 has %n feature(s) that would make figures wrong.</source>
            <translation>
                <numerusform>%1 有 %n 个要素会导致数字错误。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/flawed_workspace_dialog.cpp" line="41" />
            <source>sitefit does not open a workspace whose figures would be wrong. You can open it without these features: they are then left out of the map, the capacity and the matching, and the Problems panel lists them with where they are, so that you can fix them in the workspace and open it again.</source>
            <translation>sitefit 不会打开会算出错误数字的工作空间。可以不带这些要素打开它：它们不参与地图、承接能力和匹配，“数据问题”面板会列出它们及其位置，以便在工作空间中改正后重新打开。</translation>
        </message>
        <message>
            <location filename="../app/src/flawed_workspace_dialog.cpp" line="55" />
            <source>Open without the flawed features</source>
            <translation>打开，但不含有错误的要素</translation>
        </message>
        <message>
            <location filename="../app/src/flawed_workspace_dialog.cpp" line="57" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::IdentifyPanel</name>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="81" />
            <source>outside every zone</source>
            <translation>不在任何园区内</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="89" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="89" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="91" />
            <source>Click a feature on the map to see its figures.</source>
            <translation>在地图上点击要素，查看其指标。</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="123" />
            <source>Parcel %1</source>
            <translation>地块 %1</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="124" />
            <location filename="../app/src/identify_panel.cpp" line="164" />
            <location filename="../app/src/identify_panel.cpp" line="202" />
            <location filename="../app/src/identify_panel.cpp" line="240" />
            <source>Attributes</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="125" />
            <source>Parcel id</source>
            <translation>地块编号</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="126" />
            <source>Land use</source>
            <translation>用地性质</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="127" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="128" />
            <source>FAR range</source>
            <translation>容积率范围</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="131" />
            <source>Max. building coverage</source>
            <translation>建筑密度上限</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="133" />
            <source>Max. green ratio</source>
            <translation>绿地率上限</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="135" />
            <source>Max. height</source>
            <translation>限高</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="137" />
            <source>Land price</source>
            <translation>地价</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="139" />
            <source>Power supply</source>
            <translation>供电容量</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="141" />
            <location filename="../app/src/identify_panel.cpp" line="174" />
            <source>Available from</source>
            <translation>可交付日期</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="142" />
            <location filename="../app/src/identify_panel.cpp" line="175" />
            <location filename="../app/src/identify_panel.cpp" line="216" />
            <source>Carrier</source>
            <translation>载体运营方</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="144" />
            <location filename="../app/src/identify_panel.cpp" line="180" />
            <source>Figures</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="145" />
            <source>Area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="147" />
            <location filename="../app/src/identify_panel.cpp" line="185" />
            <location filename="../app/src/identify_panel.cpp" line="263" />
            <source>Zone</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="148" />
            <source>Building footprint</source>
            <translation>建筑基底面积</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="149" />
            <source>Building coverage</source>
            <translation>建筑密度</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="150" />
            <location filename="../app/src/identify_panel.cpp" line="182" />
            <location filename="../app/src/identify_panel.cpp" line="224" />
            <source>Floor area</source>
            <translation>建筑面积</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="151" />
            <source>FAR</source>
            <translation>容积率</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="152" />
            <source>Buildable floor area</source>
            <translation>尚可建设建筑面积</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="163" />
            <source>Building %1</source>
            <translation>建筑 %1</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="165" />
            <source>Building id</source>
            <translation>建筑编号</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="166" />
            <location filename="../app/src/identify_panel.cpp" line="205" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="167" />
            <source>Floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="168" />
            <source>Floor load</source>
            <translation>楼面荷载</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="170" />
            <source>Clear height</source>
            <translation>净高</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="172" />
            <source>Rent</source>
            <translation>租金</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="173" />
            <source>元/m²/month</source>
            <translation>元/m²/月</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="181" />
            <source>Footprint</source>
            <translation>基底面积</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="183" />
            <location filename="../app/src/identify_panel.cpp" line="225" />
            <source>Vacant floor space</source>
            <translation>空置面积</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="184" />
            <source>Vacancy</source>
            <translation>空置率</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="187" />
            <source>On parcel</source>
            <translation>所在地块</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="200" />
            <source>Zone %1 %2</source>
            <translation>园区 %1 %2</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="203" />
            <source>Zone id</source>
            <translation>园区编号</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="204" />
            <location filename="../app/src/identify_panel.cpp" line="242" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="212" />
            <source>Leading chains</source>
            <translation>主导产业链</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="213" />
            <source>Max. pollution class</source>
            <translation>最高污染等级</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="214" />
            <source>Min. investment intensity</source>
            <translation>最低投资强度</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="218" />
            <source>Capacity</source>
            <translation>承接能力</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="219" />
            <source>Parcels</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="220" />
            <source>Available land</source>
            <translation>可用土地</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="223" />
            <source>Buildings</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="226" />
            <source>Occupancy</source>
            <translation>入驻率</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="227" />
            <source>Enterprises</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="228" />
            <source>Places left</source>
            <translation>剩余企业容量</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="239" />
            <source>Enterprise %1</source>
            <translation>企业 %1</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="241" />
            <source>Enterprise id</source>
            <translation>企业编号</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="244" />
            <source>Category</source>
            <translation>产业门类</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="249" />
            <source>Industry chain</source>
            <translation>产业链</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="251" />
            <source>Role</source>
            <translation>地位</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="255" />
            <source>Annual output</source>
            <translation>年产值</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="275" />
            <source>For project %1</source>
            <translation>对项目 %1</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="281" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../app/src/identify_panel.cpp" line="282" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ImportDialog</name>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="63" />
            <source>Import Data</source>
            <translation>导入数据</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="69" />
            <source>Zones (polygons, required)</source>
            <translation>园区（面，必需）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="70" />
            <source>Parcels (polygons, required)</source>
            <translation>地块（面，必需）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="71" />
            <source>Buildings (polygons, required)</source>
            <translation>建筑（面，必需）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="72" />
            <source>Enterprises (points)</source>
            <translation>企业（点）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="73" />
            <source>Projects (table)</source>
            <translation>项目（表）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="74" />
            <source>Industry chains (table)</source>
            <translation>产业链（表）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="75" />
            <source>Project categories (table)</source>
            <translation>项目类别（表）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="76" />
            <source>Chain links (table)</source>
            <translation>产业链关联（表）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="85" />
            <source>a file, folder or .zip</source>
            <translation>文件、文件夹或 .zip</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="85" />
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="86" />
            <location filename="../app/src/import_dialog.cpp" line="98" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="97" />
            <source>the workspace to write (.gpkg)</source>
            <translation>要写入的工作空间（.gpkg）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="102" />
            <location filename="../app/src/import_dialog.cpp" line="178" />
            <source>Workspace to write</source>
            <translation>要写入的工作空间</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="107" />
            <source>Suggest reads the files and guesses which of their fields holds each workspace field. Check the guesses, pick a field or give one value for every feature where one is missing, and give a workspace value to each source value no built-in table knows.</source>
            <translation>“建议映射”读取文件，并猜测各工作空间字段对应哪个源字段。请核对猜测结果；缺少字段时请选择字段或为所有要素统一取值；内置对照表不认识的源值请给出对应的工作空间取值。</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="124" />
            <source>&amp;Suggest</source>
            <translation>建议映射(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="125" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="136" />
            <source>The import failed: %1</source>
            <translation>导入失败：%1</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="141" />
            <source>The import was cancelled.</source>
            <translation>导入已取消。</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="168" />
            <source>Source of %1</source>
            <translation>%1 的数据源</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="169" />
            <source>GIS files (*.gpkg *.shp *.geojson *.json *.fgb *.csv *.zip *.gml *.kml *.tab *.mif *.sqlite);;All files (*)</source>
            <translation>GIS 文件 (*.gpkg *.shp *.geojson *.json *.fgb *.csv *.zip *.gml *.kml *.tab *.mif *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="179" />
            <source>Workspaces (*.gpkg)</source>
            <translation>工作空间 (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="196" />
            <source>Choose a source file for each layer first.</source>
            <translation>请先为各图层选择数据源文件。</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="204" />
            <source>Cannot suggest a mapping: %1</source>
            <translation>无法建议字段映射：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/import_dialog.cpp" line="216" />
            <source>%n field(s) guessed from the headers: check them.</source>
            <translation>
                <numerusform>%n 个字段是根据表头猜测的：请核对。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="231" />
            <location filename="../app/src/import_dialog.cpp" line="264" />
            <source>Workspace field</source>
            <translation>工作空间字段</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="231" />
            <source>Source field</source>
            <translation>源字段</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="231" />
            <source>Guess</source>
            <translation>猜测</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="232" />
            <source>Required</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="232" />
            <source>Or one value for all</source>
            <translation>或统一取值</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="246" />
            <source>guess: check</source>
            <translation>猜测：请核对</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="248" />
            <source>required</source>
            <translation>必需</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="264" />
            <source>Source value</source>
            <translation>源值</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="264" />
            <source>Features</source>
            <translation>要素数</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="264" />
            <source>Workspace value</source>
            <translation>工作空间取值</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="278" />
            <source>Nearest known values are listed first</source>
            <translation>最接近的已知值列在前面</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="288" />
            <source>%1 (%2 to do)</source>
            <translation>%1（待处理 %2 项）</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="361" />
            <source>Suggest a mapping first.</source>
            <translation>请先建议字段映射。</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="365" />
            <source>Wait until "%1" is over.</source>
            <translation>请等待“%1”结束。</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="370" />
            <source>Choose the workspace to write.</source>
            <translation>请选择要写入的工作空间。</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="379" />
            <source>%1: choose a source and suggest again</source>
            <translation>%1：请选择数据源后重新建议</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="386" />
            <source>Not yet:</source>
            <translation>尚不能导入：</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="405" />
            <source>Importing with the mapping %1…</source>
            <translation>正在按映射文件 %1 导入…</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="407" />
            <source>Importing %1</source>
            <translation>正在导入 %1</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="422" />
            <source>Workspace CRS: %1</source>
            <translation>工作空间坐标系：%1</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="424" />
            <source>%1: %2 written of %3 read, %4 repaired, from %5</source>
            <translation>%1：读取 %3 个，写入 %2 个，修复 %4 个，来源 %5</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="437" />
            <source>Checked as sitefit check does: %1 errors, %2 warnings</source>
            <translation>已按 sitefit check 检查：%1 个错误，%2 个警告</translation>
        </message>
        <message>
            <location filename="../app/src/import_dialog.cpp" line="442" />
            <source>Mapping: %1</source>
            <translation>映射文件：%1</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::InvestorWindow</name>
        <message>
            <location filename="../app/src/investor_window.cpp" line="178" />
            <source>About the investor preview</source>
            <translation>关于投资方预览</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="179" />
            <source>&lt;b&gt;sitefit %1&lt;/b&gt; — investor preview&lt;p&gt;The sites on offer in the district's parks, ranked for your requirements by the same rules the investment bureau uses. Read-only: nothing you do here changes the data.&lt;/p&gt;</source>
            <translation>&lt;b&gt;sitefit %1&lt;/b&gt; — 投资方预览&lt;p&gt;区内各园区可供的地块和厂房，按贵方需求、以投资促进局同样的规则排序。只读：在此的任何操作都不会改动数据。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="230" />
            <source>%1 — sites on offer (investor preview)</source>
            <translation>%1 — 可供载体（投资方预览）</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="232" />
            <source>sitefit — investor preview</source>
            <translation>sitefit — 投资方预览</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="234" />
            <source>Export &amp;Proposal Package…</source>
            <translation>导出选址方案包(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="236" />
            <source>Write the shortlist as PDF site cards and a GeoPackage of the sites</source>
            <translation>将备选清单导出为 PDF 载体卡片和载体 GeoPackage</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="237" />
            <source>&amp;About the Investor Preview</source>
            <translation>关于投资方预览(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="238" />
            <source>Your Requirements</source>
            <translation>贵方需求</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="239" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="240" />
            <source>Matching Sites</source>
            <translation>匹配载体</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="241" />
            <source>Site Card</source>
            <translation>载体卡片</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="242" />
            <source>Shortlist</source>
            <translation>备选清单</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="243" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="244" />
            <source>Export Proposal…</source>
            <translation>导出方案…</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="266" />
            <source>Opened %1: %2 zones, %3 sites on offer</source>
            <translation>已打开 %1：%2 个园区，%3 处可供载体</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="291" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="291" />
            <source>Site</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="292" />
            <source>Zone</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="291" />
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="292" />
            <source>Price or rent</source>
            <translation>地价或租金</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="292" />
            <source>Available</source>
            <translation>可供应</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="291" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="321" />
            <source>now</source>
            <translation>即可交付</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="326" />
            <source>Matching Sites (%1)</source>
            <translation>匹配载体（%1）</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="417" />
            <source>Shortlist (%1)</source>
            <translation>备选清单（%1）</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="425" />
            <source>Export Proposal Package</source>
            <translation>导出选址方案包</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="426" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="441" />
            <source>Sites for your project</source>
            <translation>贵方项目选址方案</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="449" />
            <source>Exported the proposal: %1 (%2 pages) and %3</source>
            <translation>已导出方案：%1（%2 页）和 %3</translation>
        </message>
        <message>
            <location filename="../app/src/investor_window.cpp" line="458" />
            <source>Exporting the proposal failed: %1</source>
            <translation>导出方案失败：%1</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::LanguageMenu</name>
        <message>
            <location filename="../app/src/language_menu.cpp" line="56" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/src/language_menu.cpp" line="57" />
            <source>System Default</source>
            <translation>跟随系统</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::LayerPanel</name>
        <message>
            <location filename="../app/src/layer_panel.cpp" line="210" />
            <source>Zoom to Layer</source>
            <translation>缩放至图层</translation>
        </message>
        <message>
            <location filename="../app/src/layer_panel.cpp" line="212" />
            <source>Hide Layer</source>
            <translation>隐藏图层</translation>
        </message>
        <message>
            <location filename="../app/src/layer_panel.cpp" line="212" />
            <source>Show Layer</source>
            <translation>显示图层</translation>
        </message>
        <message>
            <location filename="../app/src/layer_panel.cpp" line="219" />
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <location filename="../app/src/layer_panel.cpp" line="220" />
            <source>Theme</source>
            <translation>专题</translation>
        </message>
        <message>
            <location filename="../app/src/layer_panel.cpp" line="221" />
            <source>Show labels</source>
            <translation>显示标注</translation>
        </message>
        <message>
            <location filename="../app/src/layer_panel.cpp" line="222" />
            <source>Tick to show a layer; drag to change the drawing order</source>
            <translation>勾选以显示图层；拖动可调整绘制顺序</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::Legend</name>
        <message>
            <location filename="../render/src/map_decorations.cpp" line="70" />
            <source>N</source>
            <translation>北</translation>
        </message>
        <message>
            <location filename="../render/src/scale_bar.cpp" line="34" />
            <source>%1 km</source>
            <translation>%1 千米</translation>
        </message>
        <message>
            <location filename="../render/src/scale_bar.cpp" line="37" />
            <source>%1 m</source>
            <translation>%1 米</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="26" />
            <source>Available</source>
            <translation>可供应</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="27" />
            <source>Reserved</source>
            <translation>已预留</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="28" />
            <source>Transferred</source>
            <translation>已出让</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="29" />
            <source>Built</source>
            <translation>已建成</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="34" />
            <source>High-tech zone</source>
            <translation>高新区</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="36" />
            <source>Industrial park</source>
            <translation>工业园区</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="38" />
            <source>Township cluster</source>
            <translation>乡镇工业集中区</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="40" />
            <source>Specialty park</source>
            <translation>特色产业园</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="46" />
            <source>Standard factory</source>
            <translation>标准厂房</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="48" />
            <source>R&amp;D office</source>
            <translation>研发办公楼</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="49" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="50" />
            <source>Incubator</source>
            <translation>孵化器</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="51" />
            <source>Residential</source>
            <translation>住宅</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="52" />
            <source>Public service</source>
            <translation>公共服务设施</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="54" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="65" />
            <source>M1 industrial, low nuisance</source>
            <translation>M1 一类工业用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="67" />
            <source>M2 industrial, some nuisance</source>
            <translation>M2 二类工业用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="69" />
            <source>M3 industrial, heavy nuisance</source>
            <translation>M3 三类工业用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="71" />
            <source>W1 warehousing</source>
            <translation>W1 一类物流仓储用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="73" />
            <source>W2 warehousing</source>
            <translation>W2 二类物流仓储用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="75" />
            <source>R residential</source>
            <translation>R 居住用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="77" />
            <source>A public services</source>
            <translation>A 公共管理与公共服务用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="79" />
            <source>B commercial</source>
            <translation>B 商业服务业设施用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="81" />
            <source>G green space</source>
            <translation>G 绿地与广场用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="83" />
            <source>U utilities</source>
            <translation>U 公用设施用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="85" />
            <source>S transport</source>
            <translation>S 道路与交通设施用地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="161" />
            <source>Zones</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="163" />
            <source>Parcels</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="165" />
            <source>Capacity</source>
            <translation>承接能力</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="167" />
            <source>Buildings</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="169" />
            <source>Enterprises</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="171" />
            <source>Candidate sites</source>
            <translation>候选地块</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="173" />
            <source>Allocation</source>
            <translation>配置方案</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="183" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="185" />
            <source>land use</source>
            <translation>用地性质</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="187" />
            <location filename="../render/src/symbology.cpp" line="191" />
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="189" />
            <source>industry chain</source>
            <translation>产业链</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="193" />
            <source>vacant share of floor area</source>
            <translation>空置面积占建筑面积比例</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="195" />
            <source>building coverage</source>
            <translation>建筑密度</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="197" />
            <source>floor area ratio</source>
            <translation>容积率</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="199" />
            <source>available land</source>
            <translation>可用土地</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="201" />
            <source>match score</source>
            <translation>匹配得分</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="335" />
            <source>Unclassified</source>
            <translation>未分类</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="375" />
            <source>No chain</source>
            <translation>无产业链</translation>
        </message>
        <message>
            <location filename="../render/src/symbology.cpp" line="404" />
            <source>No data</source>
            <translation>无数据</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::LegendWidget</name>
        <message>
            <location filename="../app/src/legend_widget.cpp" line="96" />
            <source>No visible layer</source>
            <translation>没有可见图层</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::Listing</name>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="33" />
            <location filename="../listing/src/site_figures.cpp" line="33" />
            <source>now</source>
            <translation>即可交付</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="73" />
            <source>Outside the parks</source>
            <translation>园区外</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="92" />
            <source>%n enterprise(s) of these chains in the zone.</source>
            <translation>
                <numerusform>区内有上述产业链企业 %n 家。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="102" />
            <source>Their annual output: %1 亿元 in all.</source>
            <translation>合计年产值 %1 亿元。</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="106" />
            <source>Annual output of the %1 of them with a figure: %2 亿元 in all.</source>
            <translation>其中 %1 家有产值数据，合计年产值 %2 亿元。</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="122" />
            <source>%1 (%2, in the zone)</source>
            <translation>%1（%2，位于区内）</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="136" />
            <source>%1 (%2, %3 from the nearest site here)</source>
            <translation>%1（%2，距本区最近载体 %3）</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="140" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="145" />
            <source>These chains have no chain leader in the district yet.</source>
            <translation>上述产业链在本区尚无链主企业。</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="150" />
            <source>Chain leaders: %1.</source>
            <translation>链主企业：%1。</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="158" />
            <location filename="../listing/src/brochure_content.cpp" line="175" />
            <location filename="../listing/src/site_cards.cpp" line="73" />
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="159" />
            <source>Parcel</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="160" />
            <location filename="../listing/src/site_figures.cpp" line="214" />
            <source>Land use</source>
            <translation>用地性质</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="161" />
            <source>Area
亩</source>
            <translation>面积
亩</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="162" />
            <source>Area
m²</source>
            <translation>面积
m²</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="163" />
            <source>FAR</source>
            <translation>容积率</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="164" />
            <source>Height
m</source>
            <translation>限高
m</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="165" />
            <source>Price
万元/亩</source>
            <translation>地价
万元/亩</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="166" />
            <source>Power
kVA</source>
            <translation>供电
kVA</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="167" />
            <location filename="../listing/src/brochure_content.cpp" line="183" />
            <source>Available</source>
            <translation>可供应</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="168" />
            <location filename="../listing/src/brochure_content.cpp" line="184" />
            <source>To chain
leader</source>
            <translation>距链主</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="169" />
            <location filename="../listing/src/brochure_content.cpp" line="185" />
            <location filename="../listing/src/site_figures.cpp" line="289" />
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="176" />
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="177" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="178" />
            <location filename="../listing/src/site_figures.cpp" line="240" />
            <source>Floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="179" />
            <source>Vacant
m²</source>
            <translation>空置面积
m²</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="180" />
            <source>Floor load
kN/m²</source>
            <translation>楼面荷载
kN/m²</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="181" />
            <source>Clear height
m</source>
            <translation>净高
m</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="182" />
            <source>Rent
元/m²·月</source>
            <translation>租金
元/m²·月</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="233" />
            <source>operated by %1</source>
            <translation>运营方：%1</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="239" />
            <source>Available land in the zone</source>
            <translation>园区可供土地</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="241" />
            <source>Vacant floor space in the zone</source>
            <translation>园区空置厂房面积</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="244" />
            <source>Occupancy of floor space</source>
            <translation>厂房出租率</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="248" />
            <source>Enterprises; %n place(s) left</source>
            <translation>
                <numerusform>入驻企业；尚余 %n 个席位</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="252" />
            <source>Enterprises in the zone</source>
            <translation>区内企业</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="256" />
            <source>No leading chain set.</source>
            <translation>未设定主导产业链。</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="257" />
            <source>Leading chains: %1</source>
            <translation>主导产业链：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="273" />
            <source>Land on offer: %n parcel(s), %1</source>
            <translation>
                <numerusform>可供地块：%n 宗，合计 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="279" />
            <source>Floor space to let: %n building(s), %1 m² in all</source>
            <translation>
                <numerusform>可租厂房：%n 栋，合计 %1 m²</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="284" />
            <source>Nothing of this listing is on offer here at the moment.</source>
            <translation>本册在此园区暂无可供地块或空置厂房。</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="295" />
            <source>Tel. %1</source>
            <translation>电话 %1</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="313" />
            <source>Sites on offer</source>
            <translation>招商载体推介</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="321" />
            <source>All carriers of the district</source>
            <translation>全区招商载体</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="333" />
            <source>%n zone(s)</source>
            <translation>
                <numerusform>%n 个园区</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="336" />
            <source>issued %1</source>
            <translation>发布日期 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="341" />
            <source>Land on offer: %n parcel(s)</source>
            <translation>
                <numerusform>可供土地：%n 宗地块</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="345" />
            <source>Floor space to let: %n building(s)</source>
            <translation>
                <numerusform>可租厂房：%n 栋</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="350" />
            <source>Zones and parks</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="352" />
            <source>Enterprises in these zones</source>
            <translation>园区内企业</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="355" />
            <location filename="../listing/src/site_cards.cpp" line="75" />
            <location filename="../listing/src/site_figures.cpp" line="260" />
            <location filename="../listing/src/site_figures.cpp" line="264" />
            <source>Zone</source>
            <translation>园区</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="356" />
            <source>Land on offer
亩</source>
            <translation>可供土地
亩</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="357" />
            <source>Floor space
m²</source>
            <translation>可租厂房
m²</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="358" />
            <source>Page</source>
            <translation>页码</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_content.cpp" line="393" />
            <source>no contact details on record</source>
            <translation>未登记联系方式</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="401" />
            <source>%n flawed feature(s) of the workspace set aside: sites on them are not listed.</source>
            <translation>
                <numerusform>工作空间中有 %n 个有错误的要素被剔除：其上的地块和厂房未列入。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="150" />
            <location filename="../listing/src/listing_brochure.cpp" line="94" />
            <source>Location in the district</source>
            <translation>区位</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="152" />
            <source>Map of the district with the zones</source>
            <translation>全区园区分布图</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="157" />
            <location filename="../listing/src/listing_brochure.cpp" line="69" />
            <source>zones with sites on offer</source>
            <translation>本册推介的园区</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="160" />
            <location filename="../listing/src/listing_brochure.cpp" line="108" />
            <source>Zones in this brochure</source>
            <translation>本册园区</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="172" />
            <location filename="../listing/src/listing_brochure.cpp" line="115" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="193" />
            <source>Map of %1 with the sites on offer</source>
            <translation>%1 推介载体分布图</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="200" />
            <location filename="../listing/src/listing_brochure.cpp" line="46" />
            <source>Listed sites</source>
            <translation>推介载体</translation>
        </message>
        <message>
            <location filename="../listing/src/brochure_html.cpp" line="202" />
            <location filename="../listing/src/listing_brochure.cpp" line="48" />
            <source>numbered as in the tables</source>
            <translation>编号同下表</translation>
        </message>
        <message>
            <location filename="../listing/src/listing_brochure.cpp" line="67" />
            <source>This brochure</source>
            <translation>本册</translation>
        </message>
        <message>
            <location filename="../listing/src/listing_brochure.cpp" line="138" />
            <location filename="../listing/src/listing_brochure.cpp" line="183" />
            <source> (continued)</source>
            <translation>（续）</translation>
        </message>
        <message>
            <location filename="../listing/src/page_canvas.cpp" line="213" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页 / 共 %2 页</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="27" />
            <location filename="../listing/src/site_figures.cpp" line="265" />
            <source>outside the parks</source>
            <translation>园区外</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="55" />
            <location filename="../listing/src/site_cards.cpp" line="202" />
            <source>Site proposal</source>
            <translation>选址方案</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="67" />
            <source>Your requirements</source>
            <translation>贵方需求</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="71" />
            <source>Sites on the shortlist</source>
            <translation>备选载体</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="74" />
            <source>Site</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="76" />
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="77" />
            <source>Price or rent</source>
            <translation>地价或租金</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="78" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="79" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="99" />
            <source>Where they are</source>
            <translation>载体位置</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="110" />
            <source>Rank and score: how well each site meets your requirements, by the district's published matching rules (100 = best).</source>
            <translation>排名和得分：按本区公布的匹配规则衡量各载体满足贵方需求的程度（100 为最佳）。</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="133" />
            <source>score · rank %1</source>
            <translation>得分 · 第 %1 名</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="135" />
            <source>score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="139" />
            <source>Figures</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="157" />
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="163" />
            <source>Chain partners around this site</source>
            <translation>周边产业链伙伴</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="165" />
            <source>Category</source>
            <translation>产业门类</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="166" />
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="167" />
            <source>Enterprises
in the district</source>
            <translation>全区
企业数</translation>
        </message>
        <message>
            <location filename="../listing/src/site_cards.cpp" line="169" />
            <source>Nearest</source>
            <translation>最近距离</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="89" />
            <source>High-tech zone</source>
            <translation>高新区</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="91" />
            <source>Industrial park</source>
            <translation>工业园区</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="93" />
            <source>Township industrial cluster</source>
            <translation>乡镇工业集中区</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="96" />
            <source>Specialty park</source>
            <translation>特色产业园</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="104" />
            <source>Standard factory</source>
            <translation>标准厂房</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="106" />
            <source>R&amp;D office</source>
            <translation>研发办公楼</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="108" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="110" />
            <source>Incubator</source>
            <translation>孵化器</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="112" />
            <source>Residential</source>
            <translation>住宅</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="114" />
            <source>Public service</source>
            <translation>公共服务设施</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="116" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="124" />
            <source>same trade</source>
            <translation>同行业</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="126" />
            <source>supplier (upstream)</source>
            <translation>供应商（上游）</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="128" />
            <source>customer (downstream)</source>
            <translation>客户（下游）</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="130" />
            <source>same chain</source>
            <translation>同链</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="160" />
            <source>updated today (%1)</source>
            <translation>今日更新（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/site_figures.cpp" line="164" />
            <source>updated %n day(s) ago (%1)</source>
            <translation>
                <numerusform>%n 天前更新（%1）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="170" />
            <source>no edit record (the workspace has no edit log; its file was modified %1)</source>
            <translation>无编辑记录（工作空间无编辑日志；文件修改于 %1）</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="175" />
            <source>no edit record</source>
            <translation>无编辑记录</translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/site_figures.cpp" line="183" />
            <source>%n d ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="189" />
            <source>Figures as of %1. "Updated" is the last change of a site in the workspace's edit log; "—" means the log has no record of it.</source>
            <translation>数据截至 %1。“更新”为工作空间编辑日志中该载体最近一次修改；“—”表示日志中没有其记录。</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="196" />
            <source>Figures as of %1. The workspace keeps no edit log, so when each site was last updated is not known; the workspace file was last modified on %2.</source>
            <translation>数据截至 %1。工作空间未保存编辑日志，无法得知各载体数据的更新时间；工作空间文件最近修改于 %2。</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="202" />
            <source>Figures as of %1. The workspace keeps no edit log, so when each site was last updated is not known.</source>
            <translation>数据截至 %1。工作空间未保存编辑日志，无法得知各载体数据的更新时间。</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="212" />
            <source>Land area</source>
            <translation>用地面积</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="225" />
            <source>Floor area ratio (FAR)</source>
            <translation>容积率</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="226" />
            <source>Height limit</source>
            <translation>限高</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="230" />
            <source> (about %1 万元 in all)</source>
            <translation>（总价约 %1 万元）</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="234" />
            <source>Land price</source>
            <translation>地价</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="235" />
            <source>Power supply</source>
            <translation>供电容量</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="238" />
            <source>Building type</source>
            <translation>建筑类型</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="244" />
            <source> (of %1 m²)</source>
            <translation>（总建筑面积 %1 m²）</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="248" />
            <source>Vacant floor space</source>
            <translation>空置面积</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="249" />
            <source>Floor load</source>
            <translation>楼面荷载</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="251" />
            <source>Clear height</source>
            <translation>净高</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="253" />
            <source>Rent</source>
            <translation>租金</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="256" />
            <source>Available from</source>
            <translation>可交付日期</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="267" />
            <source>Carrier</source>
            <translation>载体运营方</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="273" />
            <source>chain leader %1</source>
            <translation>链主 %1</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="280" />
            <source>nearest firm %1</source>
            <translation>最近企业 %1</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="284" />
            <source>Chain: %1</source>
            <translation>产业链：%1</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="286" />
            <source>no enterprise yet</source>
            <translation>尚无企业</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="296" />
            <source>%1 · land, %2 亩</source>
            <translation>%1 · 土地 %2 亩</translation>
        </message>
        <message>
            <location filename="../listing/src/site_figures.cpp" line="299" />
            <source>%1 · floor space, %2 m²</source>
            <translation>%1 · 厂房 %2 m²</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::MainWindow</name>
        <message>
            <location filename="../app/src/main_window.cpp" line="298" />
            <source>About sitefit</source>
            <translation>关于 sitefit</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="299" />
            <source>&lt;b&gt;sitefit %1&lt;/b&gt;&lt;p&gt;Land and carrier-capacity planning for industrial investment attraction: where an incoming project can land, how much land and floor space is still free, and one plan for all projects at once.&lt;/p&gt;</source>
            <translation>&lt;b&gt;sitefit %1&lt;/b&gt;&lt;p&gt;面向产业招商的土地与载体承接能力规划工具：来访项目可以落在哪里，还有多少土地和厂房空间可用，并为全部项目一次性给出配置方案。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="311" />
            <source>Discarded the unsaved changes</source>
            <translation>已放弃未保存的修改</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="317" />
            <source>The unsaved changes cannot be kept for recovery: %1</source>
            <translation>无法为恢复保留未保存的修改：%1</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="360" />
            <source>Cancelled: %1</source>
            <translation>已取消：%1</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="363" />
            <source>Done: %1</source>
            <translation>已完成：%1</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="419" />
            <source>%1 — sitefit</source>
            <translation>%1 — sitefit</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="421" />
            <location filename="../app/src/main_window.cpp" line="551" />
            <location filename="../app/src/main_window.cpp" line="670" />
            <source>sitefit</source>
            <translation>sitefit</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="423" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="424" />
            <source>&amp;Export Map</source>
            <translation>导出地图(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="425" />
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="426" />
            <source>&amp;Toolbars</source>
            <translation>工具栏(&amp;T)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="427" />
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="429" />
            <source>&amp;Open Workspace…</source>
            <translation>打开工作空间(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="430" />
            <source>Open a workspace (GeoPackage) (Ctrl+O)</source>
            <translation>打开工作空间（GeoPackage）（Ctrl+O）</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="431" />
            <source>Open &amp;Database Workspace…</source>
            <translation>打开数据库工作空间(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="433" />
            <source>Open a team's shared workspace on PostgreSQL + PostGIS (PG:service=NAME)</source>
            <translation>打开团队在 PostgreSQL + PostGIS 上共享的工作空间（PG:service=名称）</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="434" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="436" />
            <source>Build a workspace from your own GIS files (Shapefile, GeoPackage, GeoJSON, CSV…): review the suggested mapping of their fields, import, and open it</source>
            <translation>用自己的 GIS 文件（Shapefile、GeoPackage、GeoJSON、CSV…）建立工作空间：核对建议的字段映射，导入并打开</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="438" />
            <source>&amp;Close Workspace</source>
            <translation>关闭工作空间(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="439" />
            <source>&amp;Save Changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="441" />
            <source>Save every unsaved change to the workspace at once (Ctrl+S); refused as a whole if someone else changed one of the rows since you read it</source>
            <translation>将所有未保存的修改一次性保存到工作空间（Ctrl+S）；如在您读取后他人修改了其中某行，则全部不予保存</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="443" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="444" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="445" />
            <source>&amp;Discard Unsaved Changes</source>
            <translation>放弃未保存的修改(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="446" />
            <source>As &amp;Image (PNG)…</source>
            <translation>导出为图片 PNG(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="448" />
            <source>Export the map with title, legend, scale bar and north arrow as a PNG image</source>
            <translation>将地图连同标题、图例、比例尺和指北针导出为 PNG 图片</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="450" />
            <source>As &amp;PDF…</source>
            <translation>导出为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="452" />
            <source>Export the map with title, legend, scale bar and north arrow as an A4 PDF</source>
            <translation>将地图连同标题、图例、比例尺和指北针导出为 A4 幅面的 PDF</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="454" />
            <source>&amp;Pan</source>
            <translation>平移(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="455" />
            <source>Pan the map: drag to move, click to identify (Ctrl+1)</source>
            <translation>平移地图：拖动移动，单击查询要素（Ctrl+1）</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="456" />
            <source>Zoom to &amp;Box</source>
            <translation>拉框放大(&amp;B)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="458" />
            <source>Drag a box to zoom into; Shift+drag does the same with any tool (Ctrl+2)</source>
            <translation>拖出矩形框放大到该范围；任何工具下按住 Shift 拖动效果相同（Ctrl+2）</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="460" />
            <source>&amp;Identify Features</source>
            <translation>要素查询(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="461" />
            <source>Click a feature to see its figures (Ctrl+Shift+I)</source>
            <translation>单击要素查看其指标（Ctrl+Shift+I）</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="462" />
            <source>Show the whole district (Ctrl+Shift+F, or Home on the map)</source>
            <translation>显示全区（Ctrl+Shift+F，或在地图上按 Home 键）</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="463" />
            <source>Zoom to &amp;Layer</source>
            <translation>缩放至图层(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="464" />
            <source>Show the whole of the layer selected in the Layers panel</source>
            <translation>显示图层面板中所选图层的全部范围</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="465" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="466" />
            <source>Run &amp;Allocation</source>
            <translation>运行配置(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="467" />
            <source>Place every project at once, conflict-free (Ctrl+R)</source>
            <translation>一次性为全部项目安排地块，互不冲突（Ctrl+R）</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="468" />
            <source>&amp;Cancel Running Task</source>
            <translation>取消正在运行的任务(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="469" />
            <source>&amp;About sitefit</source>
            <translation>关于 sitefit(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="471" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="472" />
            <source>Identify</source>
            <translation>要素查询</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="473" />
            <source>Projects</source>
            <translation>招商项目</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="474" />
            <source>Candidate Sites</source>
            <translation>候选地块</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="475" />
            <source>Allocation</source>
            <translation>配置方案</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="476" />
            <source>Capacity</source>
            <translation>承接能力</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="477" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="478" />
            <source>Edit History</source>
            <translation>编辑历史</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="479" />
            <source>Edit Log</source>
            <translation>编辑记录</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="480" />
            <source>Problems</source>
            <translation>数据问题</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="481" />
            <source>&lt;no unsaved change&gt;</source>
            <translation>&lt;无未保存的修改&gt;</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="483" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="484" />
            <source>Map Navigation</source>
            <translation>地图浏览</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="485" />
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="527" />
            <source>Open Workspace</source>
            <translation>打开工作空间</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="530" />
            <source>Workspaces (*.gpkg);;All files (*)</source>
            <translation>工作空间 (*.gpkg);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="549" />
            <source>Imported %1</source>
            <translation>已导入 %1</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="552" />
            <source>Imported %1.</source>
            <translation>已导入 %1。</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="592" />
            <source>Opened %1: %2 zones, %3 parcels, %4 buildings, %5 sites on offer, %6 projects</source>
            <translation>已打开 %1：%2 个园区，%3 个地块，%4 栋建筑，%5 处可供地块和厂房，%6 个项目</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="635" />
            <source>Undo %1</source>
            <translation>撤销 %1</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="636" />
            <source>Redo %1</source>
            <translation>重做 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/main_window.cpp" line="650" />
            <source>%n unsaved change(s)</source>
            <translation>
                <numerusform>%n 处未保存的修改</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="669" />
            <source>Nothing was saved</source>
            <translation>未保存任何内容</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="672" />
            <source>Someone else changed a row you edited.</source>
            <translation>他人修改了您编辑的行。</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="673" />
            <source>The changes cannot be saved.</source>
            <translation>无法保存修改。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/main_window.cpp" line="731" />
            <source>Restored %n unsaved change(s)</source>
            <translation>
                <numerusform>已恢复 %n 处未保存的修改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/main_window.cpp" line="746" />
            <source>Not opened: %1 has %n feature(s) with errors</source>
            <translation>
                <numerusform>未打开：%1 有 %n 个要素有错误</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="768" />
            <source>%1 — candidate sites for %2 %3</source>
            <translation>%1 — %2 %3 的候选地块</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="772" />
            <source>%1 — allocation plan</source>
            <translation>%1 — 配置方案</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="788" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="788" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="789" />
            <source>Export Map</source>
            <translation>导出地图</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="809" />
            <source>Exported the map to %1</source>
            <translation>地图已导出到 %1</translation>
        </message>
        <message>
            <location filename="../app/src/main_window.cpp" line="813" />
            <source>Exporting the map</source>
            <translation>导出地图</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::MapCanvas</name>
        <message>
            <location filename="../app/src/map_canvas.cpp" line="368" />
            <source>%1: %2 in view, shown as density; zoom in to see each one</source>
            <translation>%1：视图内 %2 个，以密度显示；放大可查看每一个</translation>
        </message>
        <message>
            <location filename="../app/src/map_canvas.cpp" line="443" />
            <source>Open a workspace to see its map (File ▸ Open, Ctrl+O)</source>
            <translation>打开工作空间以查看地图（文件 ▸ 打开，Ctrl+O）</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::MapStatusBar</name>
        <message>
            <location filename="../app/src/map_status_bar.cpp" line="50" />
            <source>No longitude/latitude for this CRS: %1</source>
            <translation>该坐标系无法换算经纬度：%1</translation>
        </message>
        <message>
            <location filename="../app/src/map_status_bar.cpp" line="58" />
            <source>E %1  N %2 m</source>
            <translation>东 %1  北 %2 米</translation>
        </message>
        <message>
            <location filename="../app/src/map_status_bar.cpp" line="77" />
            <source>Scale 1:%1</source>
            <translation>比例尺 1:%1</translation>
        </message>
        <message>
            <location filename="../app/src/map_status_bar.cpp" line="82" />
            <source>Rendering…</source>
            <translation>正在绘制…</translation>
        </message>
        <message>
            <location filename="../app/src/map_status_bar.cpp" line="95" />
            <source>Cursor position: workspace CRS (metres) and longitude/latitude (CGCS2000)</source>
            <translation>光标位置：工作空间坐标系（米）及经纬度（CGCS2000）</translation>
        </message>
        <message>
            <location filename="../app/src/map_status_bar.cpp" line="96" />
            <source>Map scale at the screen's resolution</source>
            <translation>按屏幕分辨率计算的地图比例尺</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::MapWindowBase</name>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="95" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="96" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="97" />
            <source>&amp;Map</source>
            <translation>地图(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="98" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="99" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="100" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="101" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="102" />
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="103" />
            <source>Zoom &amp;Full</source>
            <translation>全图显示(&amp;F)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="104" />
            <source>Zoom to &amp;Selection</source>
            <translation>缩放至选中要素(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="138" />
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="139" />
            <source>sitefit</source>
            <translation>sitefit</translation>
        </message>
        <message>
            <location filename="../app/src/map_window_base.cpp" line="139" />
            <source>%1 failed.</source>
            <translation>%1失败。</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="37" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n 个错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="40" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 个警告</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="93" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="93" />
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="93" />
            <source>Feature</source>
            <translation>要素</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="93" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="93" />
            <source>Message</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="95" />
            <source>Open a workspace to see what is wrong in its data.</source>
            <translation>打开工作空间后，这里列出其数据中的问题。</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="101" />
            <source>No problems found</source>
            <translation>未发现问题</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="107" />
            <source>Left out of the map, the capacity and the matching: %n feature(s) with errors. Fix them in the workspace and open it again.</source>
            <translation>
                <numerusform>有错误的 %n 个要素未参与地图、承接能力和匹配。请在工作空间中改正后重新打开。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="113" />
            <source>%n warning(s): the figures are right, but the data deserve a look.</source>
            <translation>
                <numerusform>%n 个警告：数字无误，但数据值得核查。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="116" />
            <source>Click a problem to see it on the map.</source>
            <translation>点击问题可在地图上查看其位置。</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="123" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="138" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="138" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="144" />
            <source>%1 and %2</source>
            <translation>%1 和 %2</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="149" />
            <source>Found: %1</source>
            <translation>实际值：%1</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="152" />
            <source>Expected: %1</source>
            <translation>应为：%1</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="158" />
            <source>Click to show it on the map.</source>
            <translation>点击在地图上显示。</translation>
        </message>
        <message>
            <location filename="../app/src/problems_panel.cpp" line="160" />
            <source>No location on the map.</source>
            <translation>在地图上没有位置。</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ProgressStage</name>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="19" />
            <source>reading workspace</source>
            <translation>读取工作空间</translation>
        </message>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="20" />
            <source>joining buildings to parcels and zones</source>
            <translation>将建筑叠加到地块和园区</translation>
        </message>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="21" />
            <source>measuring site facts</source>
            <translation>计算地块与厂房指标</translation>
        </message>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="22" />
            <source>preparing the map</source>
            <translation>准备地图</translation>
        </message>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="23" />
            <source>matching all projects</source>
            <translation>匹配全部项目</translation>
        </message>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="24" />
            <source>building the allocation problem</source>
            <translation>构建配置模型</translation>
        </message>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="25" />
            <source>solving the allocation</source>
            <translation>求解配置方案</translation>
        </message>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="26" />
            <source>explaining the plan</source>
            <translation>解释配置方案</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ProjectsPanel</name>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="158" />
            <source>not placed</source>
            <translation>未落地</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="178" />
            <source>(mandatory)</source>
            <translation>（必须落地）</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="184" />
            <source>Requirements edited in this session</source>
            <translation>本次已修改需求</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="200" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="200" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="200" />
            <source>Category</source>
            <translation>产业门类</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="200" />
            <source>Needs</source>
            <translation>需求类型</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="201" />
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="201" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="201" />
            <source>Needed by</source>
            <translation>需用日期</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="201" />
            <source>Plan</source>
            <translation>配置地块</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="202" />
            <source>Filter projects…</source>
            <translation>筛选项目…</translation>
        </message>
        <message>
            <location filename="../app/src/projects_panel.cpp" line="204" />
            <source>No projects in the workspace. The map, capacity and editing work as they are; add a projects table (sitefit import … --projects FILE) to match and allocate.</source>
            <translation>工作空间中没有项目。地图、承接能力和编辑照常可用；添加项目表（sitefit import … --projects FILE）后即可匹配和配置。</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ReasonWording</name>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="48" />
            <source>%1 m² vacant</source>
            <translation>空置 %1 m²</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="59" />
            <source>class %1</source>
            <translation>%1 级</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="82" />
            <source>class ≤ %1</source>
            <translation>不高于 %1 级</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="86" />
            <source>zone %1</source>
            <translation>园区 %1</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="86" />
            <source>outside every zone</source>
            <translation>园区外</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="88" />
            <source>%1, land use %2</source>
            <translation>%1，用地性质 %2</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="90" />
            <source>class ≤ %1 (%2)</source>
            <translation>不高于 %1 级（%2）</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="95" />
            <source>≥ %1 m² vacant</source>
            <translation>空置面积不少于 %1 m²</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="97" />
            <source>≥ %1</source>
            <translation>不低于 %1</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="123" />
            <source>%1 on %2</source>
            <translation>%1，按用地 %2 计</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="125" />
            <source>%1 (%2 m² of floor)</source>
            <translation>%1（建筑面积 %2 m²）</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="141" />
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="148" />
            <source>%1; site %2 still has room, but the plan scores higher without it</source>
            <translation>%1；地块 %2 尚有余量，但不用它方案总分更高</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="152" />
            <source>%1; it has no other feasible site</source>
            <translation>%1；没有其他可行地块</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/reason_wording.cpp" line="154" />
            <source>%1; no room on its %n other feasible site(s)</source>
            <translation>
                <numerusform>%1；其余 %n 个可行地块均无余量</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="167" />
            <source>≤ %1</source>
            <translation>不高于 %1</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="173" />
            <source>by %1</source>
            <translation>不晚于 %1</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="177" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="181" />
            <source>needs %1, has %2</source>
            <translation>要求 %1，实际 %2</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="185" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="195" />
            <source>Industry code %1 is in no category of the built-in GB/T 4754-2017 manufacturing divisions</source>
            <translation>行业代码 %1 不属于内置 GB/T 4754-2017 制造业大类中的任何门类</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="199" />
            <source>Industry code %1 is in no category of the workspace's catalogue (chains: %2, categories: %3)</source>
            <translation>行业代码 %1 不属于工作空间产业目录中的任何门类（产业链 %2 条，门类 %3 个）</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="210" />
            <source>Not matched</source>
            <translation>未匹配</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="212" />
            <source>No feasible site: every site fails a hard constraint (see its rejected sites)</source>
            <translation>没有可行地块：每个地块都不满足某项硬性约束（见其不符合地块）</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="216" />
            <source>Its best site %1 is left to a better use of the other sites</source>
            <translation>其最优地块 %1 留作他用，整体方案更优</translation>
        </message>
        <message>
            <location filename="../app/src/reason_wording.cpp" line="226" />
            <source>Outcompeted for its best site %1 by %2 (value %3 against its %4)</source>
            <translation>最优地块 %1 被 %2 占用（对方价值 %3，本项目 %4）</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::RecentWorkspaces</name>
        <message>
            <location filename="../app/src/recent_workspaces.cpp" line="46" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/src/recent_workspaces.cpp" line="62" />
            <source>No recent workspaces</source>
            <translation>没有最近打开的工作空间</translation>
        </message>
        <message>
            <location filename="../app/src/recent_workspaces.cpp" line="65" />
            <source>Clear List</source>
            <translation>清空列表</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::RequirementEditor</name>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="423" />
            <location filename="../app/src/requirement_editor.cpp" line="712" />
            <source>(any zone)</source>
            <translation>（不限园区）</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="439" />
            <source>Requirements of %1 %2</source>
            <translation>%1 %2 的需求</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="444" />
            <source>Select a project to see and edit its requirements.</source>
            <translation>选择一个项目，查看并修改其需求。</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="523" />
            <source>Your project</source>
            <translation>贵方项目</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="589" />
            <source>floor area %1</source>
            <translation>建筑面积 %1</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="592" />
            <source>floor load ≥ %1 kN/m²</source>
            <translation>楼面荷载 ≥ %1 kN/m²</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="595" />
            <source>clear height ≥ %1 m</source>
            <translation>净高 ≥ %1 m</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="598" />
            <source>power %1 kVA</source>
            <translation>用电 %1 kVA</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="601" />
            <source>budget %1 万元</source>
            <translation>投资预算 %1 万元</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="643" />
            <source>Looking for</source>
            <translation>需求类型</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="643" />
            <source>Needs</source>
            <translation>需求类型</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="646" />
            <source>Pollution class</source>
            <translation>污染等级</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="649" />
            <source>Land</source>
            <translation>土地</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="652" />
            <source>Floor area</source>
            <translation>建筑面积</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="655" />
            <source>Floor load</source>
            <translation>楼面荷载</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="658" />
            <source>Clear height</source>
            <translation>净高</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="661" />
            <source>Power</source>
            <translation>用电容量</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="664" />
            <source>Budget</source>
            <translation>投资预算</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="664" />
            <source>Investment</source>
            <translation>投资额</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="667" />
            <source>Needed by</source>
            <translation>需用日期</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="670" />
            <source>Preferred zone</source>
            <translation>意向园区</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="673" />
            <source>Industry chain</source>
            <translation>产业链</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="676" />
            <source>Trade</source>
            <translation>行业门类</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="682" />
            <source>Land you need, in m²; a parcel may be up to 30 % larger</source>
            <translation>所需用地面积（m²）；可匹配面积大至 30 % 的地块</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="683" />
            <source>Land asked for, in m²; a parcel may be up to 30 % larger</source>
            <translation>所需土地面积（m²）；地块可比需求大至多 30 %</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="684" />
            <source>The same in 亩 (1 亩 = 666.67 m²)</source>
            <translation>同一面积以亩计（1 亩 = 666.67 m²）</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="688" />
            <source>Floor space to rent (floor space), or the floor area you plan to build (land: checked against the parcel's FAR range)</source>
            <translation>拟租用的厂房面积（租赁厂房），或拟建的建筑面积（用地：按地块容积率范围核验）</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="690" />
            <source>Planned floor area (land: for the FAR check; space: the floor space to rent)</source>
            <translation>计划建筑面积（用地项目用于核验容积率；租赁厂房项目即所需厂房面积）</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="695" />
            <source>Your total investment: checked against the zone's minimum investment per 亩, and used to weigh the land price</source>
            <translation>项目总投资：用于核验园区亩均投资强度下限，并衡量地价成本</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="699" />
            <source>1 clean … 3 heavy; must fit the zone and the land use</source>
            <translation>1 为清洁 … 3 为重污染；须符合园区和用地性质的要求</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="703" />
            <source>Your trade decides the land-use classes and the pollution class that apply, and which enterprises count as chain partners</source>
            <translation>行业门类决定适用的用地性质和污染等级，以及哪些企业算作产业链伙伴</translation>
        </message>
        <message>
            <location filename="../app/src/requirement_editor.cpp" line="707" />
            <source>Reset to workspace values</source>
            <translation>恢复工作空间中的原值</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::SiteCardWidget</name>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="102" />
            <source>Choose a site in the list or on the map to see its card.</source>
            <translation>在列表或地图上选择一处载体，查看其卡片。</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="112" />
            <source>%1 · rank %2</source>
            <translation>%1 分 · 第 %2 名</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="147" />
            <source>Chain partners around this site</source>
            <translation>周边产业链伙伴</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="149" />
            <source>Category</source>
            <translation>产业门类</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="149" />
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="149" />
            <source>Enterprises</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="149" />
            <source>Nearest</source>
            <translation>最近距离</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="150" />
            <source>On the shortlist</source>
            <translation>已在备选清单</translation>
        </message>
        <message>
            <location filename="../app/src/site_card_widget.cpp" line="150" />
            <source>Add to shortlist</source>
            <translation>加入备选清单</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::TaskStatusWidget</name>
        <message>
            <location filename="../app/src/task_status_widget.cpp" line="48" />
            <location filename="../app/src/task_status_widget.cpp" line="82" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::UnsavedEditsQuestions</name>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="10" />
            <source>Unsaved Changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="11" />
            <source>The workspace has %n unsaved change(s).</source>
            <translation>
                <numerusform>工作空间有 %n 处未保存的修改。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="13" />
            <source>Save them to the workspace before going on?</source>
            <translation>继续之前是否将其保存到工作空间？</translation>
        </message>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="15" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="16" />
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="37" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="17" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="29" />
            <source>Restore Unsaved Changes</source>
            <translation>恢复未保存的修改</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="30" />
            <source>%n change(s) to %1 were not saved when sitefit last closed.</source>
            <translation>
                <numerusform>sitefit 上次关闭时，%1 有 %n 处修改未保存。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="34" />
            <source>Restore them as unsaved changes (you can then review, undo or save them), or discard them?</source>
            <translation>将其恢复为未保存的修改（之后可以查看、撤销或保存），还是放弃？</translation>
        </message>
        <message>
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="36" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::WorkspaceDocument</name>
        <message>
            <location filename="../app/src/workspace_document.cpp" line="87" />
            <source>Opening %1</source>
            <translation>正在打开 %1</translation>
        </message>
    </context>
</TS>
