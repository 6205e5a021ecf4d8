/// One writing hint: a stable id, and everything the hints page and the messages need in
/// English, Chinese and Japanese. Hints are warnings by default; `check --strict` turns them into failures.
public struct HintRule: Sendable, Hashable, Identifiable {
    public enum Scope: String, Sendable { case owner, objective, keyResult = "key-result", alignment, cycle }

    public var id: String
    public var scope: Scope
    /// Whether the rule reads the text of a title (measured against the labelled corpus).
    public var readsText: Bool
    public var title: Bilingual
    /// The finding, with `{placeholders}` filled per finding.
    public var message: Bilingual
    public var rationale: Bilingual
    public var bad: Bilingual
    public var good: Bilingual

    /// Rules whose findings come and go with the date alone, the sources unchanged.
    public static let timeDependent: Set<String> = ["stale-key-result", "missing-confidence", "missing-retrospective"]

    public var isTimeDependent: Bool { Self.timeDependent.contains(id) }

    /// A text in each language the hints speak; English for any other.
    public struct Bilingual: Sendable, Hashable {
        public var en: String
        public var zh: String
        public var ja: String

        public func text(for language: String) -> String {
            switch language {
            case "zh": zh
            case "ja": ja
            default: en
            }
        }
    }
}

extension HintRule {
    static func rule(
        _ id: String, _ scope: Scope, text: Bool = false, title: (String, String), message: (String, String),
        why: (String, String), bad: (String, String), good: (String, String)
    ) -> HintRule {
        // Every rule has its Japanese (HintRuleTests checks); a missing one would read English.
        let ja = japanese[id]
        return HintRule(
            id: id, scope: scope, readsText: text, title: .init(en: title.0, zh: title.1, ja: ja?.title ?? title.0),
            message: .init(en: message.0, zh: message.1, ja: ja?.message ?? message.0), rationale: .init(en: why.0, zh: why.1, ja: ja?.why ?? why.0),
            bad: .init(en: bad.0, zh: bad.1, ja: ja?.bad ?? bad.0), good: .init(en: good.0, zh: good.1, ja: ja?.good ?? good.0))
    }

    /// Every rule, in the order the hints page presents them.
    public static let all: [HintRule] = [
        rule("too-many-objectives", .owner,
             title: ("Too many objectives", "目标过多"),
             message: ("{count} objectives; focus usually means {max} or fewer", "共 {count} 个目标；聚焦通常意味着不超过 {max} 个"),
             why: ("Every extra objective thins out attention. Two to five objectives, ideally three, are enough to say what matters most this cycle.",
                   "目标越多，注意力越分散。一个周期 2–5 个目标、最好 3 个，就足以说清什么最重要。"),
             bad: ("Six sales objectives: raise autumn sales, open new markets, better leads, more repeat buyers, a faster funnel, a top team",
                   "销售团队 6 个目标：提高秋季销售额、开拓海外、线索质量、复购、漏斗效率、团队建设"),
             good: ("Three objectives chosen from those six, the rest left to daily work", "从中挑出最重要的 3 个，其余作为日常工作")),
        rule("too-few-objectives", .owner,
             title: ("Too few objectives", "目标过少"),
             message: ("{counted}; write at least {min}", "仅 {counted}；建议至少 {min} 个"),
             why: ("An OKR file without objectives tells readers nothing about where this owner is heading.",
                   "没有目标的 OKR 文件，读者无从得知负责人的方向。"),
             bad: ("objectives: []", "objectives: []"),
             good: ("Two or three objectives that say where you are going this cycle", "写 2–3 个目标，说明本周期要去哪里")),
        rule("too-many-key-results", .objective,
             title: ("Too many key results", "关键结果过多"),
             message: ("{count} key results; {max} or fewer keep the objective readable", "共 {count} 个关键结果；不超过 {max} 个更易理解"),
             why: ("Key results say how you will know the objective is reached. More than four usually mixes in tasks or secondary numbers.",
                   "关键结果回答“怎样算达成目标”。超过 4 个，往往混入了任务或次要指标。"),
             bad: ("Seven key results under one objective", "一个目标下列了 7 个关键结果"),
             good: ("Two to four key results that together mean the objective is done", "2–4 个关键结果，全部达成即代表目标达成")),
        rule("too-few-key-results", .objective,
             title: ("Too few key results", "关键结果过少"),
             message: ("{counted}; {min} or more show what reaching it means", "仅 {counted}；至少 {min} 个才能说明怎样算达成"),
             why: ("A single key result is often the objective restated as a number, and none leaves the objective unmeasured.",
                   "只有一个关键结果，往往只是把目标换成数字；没有关键结果，目标就无法衡量。"),
             bad: ("Objective: Grow revenue — KR: revenue grows", "目标：提升收入——KR：收入增长"),
             good: ("Grow revenue — KR1 new customers from 40 to 70; KR2 average order from €80 to €95", "提升收入——KR1 新客户从 40 家到 70 家；KR2 客单价从 80 欧到 95 欧")),
        rule("bare-phrase-objective", .objective, text: true,
             title: ("Objective is a bare phrase", "目标只是一个短语"),
             message: ("“{title}” names an area, not where you want to get to; add a direction", "“{title}”只是一个领域，没有说明要达到什么；请加上方向"),
             why: ("An objective is a short sentence about where you want to be at the end of the cycle. A topic such as “Team building” or “DAU” gives no direction.",
                   "目标是一句话，说明周期结束时想达到的状态。“团队建设”“DAU”这样的主题词没有方向。"),
             bad: ("Team building", "团队建设"),
             good: ("Build a top customer-success team", "打造一支高水平客户成功团队")),
        rule("status-quo-objective", .objective, text: true,
             title: ("Objective only keeps things as they are", "目标只是维持现状"),
             message: ("“{title}” aims to keep the current level; OKRs are for moving forward", "“{title}”只是维持现有水平；OKR 用来推动进步"),
             why: ("Keeping a level is the job of routine work and KPIs. An objective should be a stretch that changes something.",
                   "维持水平是日常工作和 KPI 的事。目标应当有挑战、带来改变。"),
             bad: ("Keep revenue at last quarter's level", "保持 1-2 双月收入水平"),
             good: ("Win new customers and raise revenue above last quarter", "发展新客户，提高 1-2 双月收入水平")),
        rule("routine-objective", .objective, text: true,
             title: ("Routine duty written as an objective", "把例行工作写成了目标"),
             message: ("“{title}” reads like a recurring duty; say what you want to improve instead", "“{title}”像是例行职责；请写出想要改进的结果"),
             why: ("Duties that recur every week or month belong to the job description. An objective says what will be different after this cycle.",
                   "每周、每月重复的职责属于岗位职责。目标要说明本周期结束后会有什么不同。"),
             bad: ("Finish payroll by the 5th of every month", "每月5日前完成工资核算"),
             good: ("Make payroll error-free and self-service for every employee", "让工资发放零差错、员工可自助查询")),
        rule("unmeasurable-key-result", .keyResult, text: true,
             title: ("Key result without a measure", "关键结果无法衡量"),
             message: ("“{title}” states no number, rate, rating or date; {fix}", "“{title}”没有数量、比例、评分或日期；{fix}"),
             why: ("A key result must be checkable at the end of the cycle: a quantity, a percentage, a rating, a date or a customer score, said in its title, where readers look. Start and target numbers do not say what they count unless the key result has a unit; a milestone is checkable when its title names a state (live, signed) or a number.",
                   "关键结果要能在周期末检验：数量、百分比、评分、日期或客户评价，并写在标题里，读者看的是标题。起止数值若没有 unit，说明不了计量的是什么；里程碑的标题应写出状态（上线、签约）或数量。"),
             bad: ("Improve customer satisfaction", "提升用户满意度"),
             good: ("App center rated above 4 stars; customer satisfaction at 85%", "应用中心评分超过 4 星，用户满意度达到 85%")),
        rule("task-key-result", .keyResult, text: true,
             title: ("Key result is a task", "关键结果是一项任务"),
             message: ("“{title}” is something to do, not a result to reach", "“{title}”是待办事项，不是要达成的结果"),
             why: ("Tasks and deliverables are the work that moves key results. The key result is the outcome that work should produce.",
                   "任务和交付物是推动关键结果的工作；关键结果应是这些工作带来的成果。"),
             bad: ("Finish the article “OKR versus KPI” by 10 January", "1月10日前，完成文章《浅谈 OKR 与 KPI》"),
             good: ("4–5 articles a month, 100 likes each on average", "知乎文章产出量达到每月 4-5 篇，平均每篇点赞数达 100")),
        rule("title-numbers-disagree", .keyResult,
             title: ("Title and numbers disagree", "标题与数值不一致"),
             message: ("the title says from {from} to {to}, but start is {start} and target {target}; progress is measured against start and target",
                       "标题写的是从 {from} 到 {to}，但 start 为 {start}、target 为 {target}；进度按 start 和 target 计算"),
             why: ("Readers take the goal from the title; progress is computed from start and target. When one of them changes, change the other with it, and say why in a check-in note.",
                   "读者从标题了解目标，进度却按 start 和 target 计算。改动其中一处时，请同时修改另一处，并在进展更新的备注里说明原因。"),
             bad: ("Sign-ups grow from 10 to 40, with target: 35", "注册数从 10 提升到 40，而 target: 35"),
             good: ("Sign-ups grow from 10 to 35, with target: 35", "注册数从 10 提升到 35，target: 35")),
        rule("current-disagrees-with-check-in", .keyResult,
             title: ("Current value and check-ins disagree", "current 与进展更新不一致"),
             message: ("current: {current} is not the latest check-in's value ({value} on {date}); progress uses current. Leave current: out to let check-ins set it",
                       "current: {current} 与最近一次进展更新的数值（{date}：{value}）不同；进度按 current 计算。删去 current:，即由进展更新决定"),
             why: ("A key result stands at `current:` when it is written, else at the latest check-in's value. A check-in added without changing `current:` shows in the history and moves nothing.",
                   "写了 current: 时，关键结果的数值取 current:，否则取最近一次进展更新的数值。新增进展更新却没改 current:，历史里看得到，进度却不动。"),
             bad: ("current: 30, and a newer check-in with value: 36", "current: 30，而最近一次进展更新是 value: 36"),
             good: ("No current:, each check-in sets the value", "不写 current:，由每次进展更新决定数值")),
        rule("due-outside-cycle", .keyResult,
             title: ("Due date outside the cycle", "截止日期不在周期内"),
             message: ("due {due} is outside {cycle} ({start} – {end}); a key result is reached within its cycle",
                       "截止日期 {due} 不在 {cycle}（{start} – {end}）之内；关键结果应在本周期内达成"),
             why: ("A key result says where you will stand when its cycle ends. A due date after that is usually a mistyped year, or work that belongs to the next cycle, and it never shows as overdue.",
                   "关键结果说明周期结束时要达到的状态。晚于周期结束的截止日期，往往是年份写错了，或是属于下个周期的工作，页面上也永远不会显示逾期。"),
             bad: ("due: 2027-12-15 on a key result of 2026-Q4", "2026-Q4 的关键结果写了 due: 2027-12-15"),
             good: ("due: 2026-12-15, or the key result moved to the next cycle", "due: 2026-12-15，或把这个关键结果移到下个周期")),
        rule("check-in-before-cycle", .keyResult,
             title: ("Check-in before the cycle", "进展更新早于周期"),
             message: ("check-in dated {date} is before {cycle} starts ({start}); a mistyped date, or a starting point that belongs in start:",
                       "进展更新日期 {date} 早于 {cycle} 的开始（{start}）；可能是日期写错，或者这是起点，应写在 start: 里"),
             why: ("A check-in records where a key result stood during its cycle; the chart draws one dated earlier at the cycle's first day. Where you began is start:, and a date a month early is usually a typo.",
                   "进展更新记录关键结果在本周期内的进展，早于周期的更新在图表上会被画在周期第一天。起点请写在 start: 里；早了一个月的日期通常是笔误。"),
             bad: ("{date: 2026-09-01, value: 31} on a key result of 2026-Q4", "2026-Q4 的关键结果有一条 {date: 2026-09-01, value: 31}"),
             good: ("start: 31, and the check-in dated 2026-11-01 if that is when it was made", "写 start: 31；如果那条更新其实写于 11 月，就改成 2026-11-01")),
        rule("same-day-check-ins", .keyResult,
             title: ("Two check-ins on one day", "同一天有多条进展更新"),
             message: ("{count} check-ins dated {date}; the one written last counts and the history shows them all on one day. Keep one, or give each the day it was made",
                       "{date} 有 {count} 条进展更新；以最后写的那条为准，历史里它们都在同一天。保留一条，或给每条写上实际的日期"),
             why: ("Check-ins are read in date order, so two with the same date are usually one copied without changing its date: the history then says the wrong day, and the chart draws a jump.",
                   "进展更新按日期排列。同一天两条，通常是复制了一条却忘了改日期：历史记录的日子就错了，图表上还会出现一次跳变。"),
             bad: ("{date: 2026-11-02, value: 35} and, below it, {date: 2026-11-02, value: 36}", "{date: 2026-11-02, value: 35} 下面又有 {date: 2026-11-02, value: 36}"),
             good: ("{date: 2026-11-02, value: 35} and {date: 2026-11-09, value: 36}", "{date: 2026-11-02, value: 35} 和 {date: 2026-11-09, value: 36}")),
        rule("unknown-mention", .keyResult,
             title: ("Mention of nobody", "提到的人不存在"),
             message: ("@{id} names no person{near}; a mention is @ and a person's id, and links to their page",
                       "@{id} 不是任何人的 id{near}；提到某人请写 @ 加上 TA 的 id，页面上会链接到 TA 的主页"),
             why: ("A check-in note, the notes below the front matter or a risk can name a colleague, \"waiting for @li.na to sign off\": the text links to their page, and their page lists what mentions them. A mistyped id links nowhere and tells them nothing.",
                   "进展更新的备注、OKR 文件的说明或风险里都可以提到同事，例如“等 @li.na 审批”：文字会链接到 TA 的主页，TA 的主页也会列出提到 TA 的地方。id 写错了，就既链接不到，也通知不到。"),
             bad: ("note: \"blocked until @lina approves the budget\"", "note: \"等 @lina 批预算\""),
             good: ("note: \"blocked until @li.na approves the budget\"", "note: \"等 @li.na 批预算\"")),
        rule("unaligned-objective", .objective,
             title: ("Objective not aligned", "目标未对齐"),
             message: ("this objective does not say which team or company objective it serves", "这个目标没有对齐到团队或公司的目标"),
             why: ("Alignment shows how each piece of work adds up. Bottom-up objectives are welcome, but they should find the goal they serve.",
                   "对齐让每项工作如何汇聚一目了然。自下而上的目标很好，但也应找到所支持的上级目标。"),
             bad: ("A personal objective with no aligns", "个人目标没有填写 aligns"),
             good: ("aligns: [teams/sales/O1] or a key result: [teams/sales/O1/KR2]", "aligns: [teams/sales/O1]，或对齐到关键结果 [teams/sales/O1/KR2]")),
        rule("missing-confidence", .objective,
             title: ("No confidence given", "缺少信心指数"),
             message: ("no confidence (1–10) on the objective or in any check-in", "目标和进展更新中都没有信心指数（1–10）"),
             why: ("Confidence tells readers early whether help is needed: 9–10 sure, 7–8 risky but likely, 5–6 needs a breakthrough, 1–4 hard. (Checked in open cycles of about a quarter.)",
                   "信心指数能及早提示是否需要支持：9–10 很有把握，7–8 有风险但可能达成，5–6 需要突破，1–4 难以达成。"),
             bad: ("An objective and check-ins without confidence", "目标和进展更新都没有信心指数"),
             good: ("confidence: 7 on the objective, or in each weekly check-in", "在目标上写 confidence: 7，或在每周进展更新中填写")),
        rule("stale-key-result", .keyResult,
             title: ("No recent check-in", "长时间未更新"),
             message: ("no check-in for {days} days (last: {last})", "已 {days} 天没有进展更新（上次：{last}）"),
             why: ("Weekly check-ins keep OKRs alive; a system nobody updates becomes a zombie system. (Checked in open cycles of about a quarter; annual goals are followed through their quarters.)",
                   "每周更新让 OKR 保持活力；没人更新的系统会变成“僵尸系统”。"),
             bad: ("Last check-in five weeks ago", "上次更新在五周前"),
             good: ("A short check-in every week: value, confidence, one line of news", "每周简短更新：数值、信心指数、一句进展")),
        rule("weights-do-not-add-up", .objective,
             title: ("Weights do not add up", "权重之和不为 1"),
             message: ("weights written as fractions add up to {sum}, not 1", "按比例填写的权重之和为 {sum}，而不是 1"),
             why: ("Weights written as shares (0.5, 0.3, 0.2) are read as parts of a whole; when they do not sum to 1 the intended split is unclear.",
                   "以比例填写的权重（0.5、0.3、0.2）代表各占多少；总和不为 1 时，本意就不清楚了。"),
             bad: ("weight: 0.5, 0.3, 0.3", "weight: 0.5、0.3、0.3"),
             good: ("weight: 0.5, 0.3, 0.2 — or relative weights such as 2, 1, 1", "weight: 0.5、0.3、0.2，或使用相对权重 2、1、1")),
        rule("missing-retrospective", .cycle,
             title: ("Closed cycle without a retrospective", "周期结束但没有复盘"),
             message: ("{cycle} has ended; add a “## Retrospective” section with the score, lessons and next steps", "{cycle} 已结束；请添加“## 复盘”章节：评分、经验教训和下一步"),
             why: ("The review at the end of a cycle turns results into lessons; skipping it means the next cycle repeats the same mistakes.",
                   "周期末的复盘把结果变成经验；跳过复盘，下个周期就会重复同样的错误。"),
             bad: ("A closed cycle's OKR file with no review", "已结束周期的 OKR 文件没有复盘"),
             good: ("## Retrospective — what we reached, why, and what we change next cycle", "## 复盘——达成了什么、原因是什么、下周期改变什么")),
        rule("sandbagging", .owner,
             title: ("Scores always very high", "评分总是很高"),
             message: ("every objective scored 0.9 or more in {previous} and in {cycle}; are the targets ambitious enough?", "{previous} 和 {cycle} 的所有目标评分都不低于 0.9；目标是否足够有挑战？"),
             why: ("For stretch objectives 0.6–0.7 is a good result. Scores that are always near 1.0 suggest targets set to be safe.",
                   "挑战型目标得分 0.6–0.7 就是好结果。总是接近 1.0，说明目标可能定得过于保守。"),
             bad: ("Two quarters in a row with every score at 1.0", "连续两个季度所有目标都打 1.0 分"),
             good: ("Targets you have a fair chance to miss", "设定有一定可能达不到的目标")),
        rule("unreciprocated-sideways", .alignment,
             title: ("Sideways alignment not returned", "横向对齐没有得到回应"),
             message: ("aligns sideways to {target}, but {owner} has no objective aligned back", "横向对齐到 {target}，但 {owner} 没有对齐回来"),
             why: ("Cross-team work should appear in both teams' OKRs; a one-sided link often means the other team does not know it is counted on.",
                   "跨团队协作应同时体现在双方的 OKR 中；单向对齐常常意味着对方并不知道自己被依赖。"),
             bad: ("Marketing aligns to Sales, Sales never mentions Marketing", "市场部对齐到销售部，销售部却没有提到市场部"),
             good: ("Each team has an objective or key result aligned to the other's", "双方各有目标或关键结果对齐到对方")),
        rule("committed-below-target", .objective,
             title: ("Committed objective missed", "承诺型目标未达成"),
             message: ("committed objective closed at {value}; committed objectives are expected to reach 1.0", "承诺型目标结束时为 {value}；承诺型目标应当达到 1.0"),
             why: ("Committed objectives come with resources and are expected to be fully met; a miss deserves a note in the retrospective.",
                   "承诺型目标有资源保障，应当完全达成；未达成时应在复盘中说明原因。"),
             bad: ("type: committed, scored 0.8", "type: committed，评分 0.8"),
             good: ("Fully met, or explained in the retrospective", "完全达成，或在复盘中说明原因")),
    ]

    public static let byID: [String: HintRule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
    public static var ids: [String] { all.map(\.id) }
}
