import Testing
import OKRGraph
import OKRLoader
import OKRModel
import OKRTestSupport
@testable import OKRHints

let portal = """
title: T
cycles:
  - {id: "2026", start: 2026-01-01, end: 2026-12-31}
  - {id: 2026-Q2, start: 2026-04-01, end: 2026-06-30}
  - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
"""

/// A well-written objective: aligned, confident, two measurable key results checked in lately.
func goodObjective(_ title: String = "Grow merchant sign-ups in Spain", aligns: String = "[company/O1]", extra: String = "") -> String {
    """
      - title: \(title)
        aligns: \(aligns)
        confidence: 7
    \(extra.isEmpty ? "" : extra + "\n")    key_results:
          - {title: Sign-ups from 10 to 40, start: 10, target: 40, checkins: [{date: 2026-11-16, value: 25}]}
          - {title: Conversion from 2% to 3%, start: 2, target: 3, checkins: [{date: 2026-11-16, value: 2.4}]}

    """
}

let companyFile = "---\nobjectives:\n" + goodObjective("Win Spain", aligns: "[]") + goodObjective("Win Mexico", aligns: "[]") + "---\n"

func findings(_ files: [String: String], on date: String = "2026-11-20") async -> ([Finding], [Diagnostic]) {
    let site = InlineSite([
        "portal.yaml": portal,
        "org/teams.yaml": "- {id: sales, name: Sales}\n- {id: ops, name: Ops}\n",
        "org/people.yaml": "- {id: ana, name: Ana, team: sales}\n",
        "okrs/2026-Q4/company.md": companyFile,
    ], files)
    let (content, graph, problems, graphProblems) = await site.resolve(knownHintRules: HintRule.ids)
    return (HintChecker.run(content: content, graph: graph, buildDate: Day(iso: date)!), problems + graphProblems)
}

func rules(_ found: [Finding]) -> [String] { found.filter { !$0.silenced }.map(\.rule.id) }

/// An OKR file with one aligned, confident objective holding these key results (a flow
/// mapping each); the first key result is on line 7.
func fileWithKeyResults(_ keyResults: [String]) -> String {
    "---\nobjectives:\n  - title: Grow merchant sign-ups in Spain\n    aligns: [company/O1]\n    confidence: 7\n    key_results:\n"
        + keyResults.map { "      - \($0)\n" }.joined() + "---\n"
}

@Suite struct HintCheckerTests {
    @Test func wellWrittenOKRsHaveNoFindings() async {
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": "---\nobjectives:\n" + goodObjective() + goodObjective("Open Mexico through partners") + "---\n"])
        #expect(problems.isEmpty, "\(problems)")
        #expect(rules(found).isEmpty, "\(found.map { $0.message(for: "en") })")
    }

    /// A title's "from X to Y" that the numbers do not follow is reported, once per key result,
    /// in the page's language; a scale written in the title or unit is no disagreement.
    @Test func titleNumbersThatDisagreeWithStartAndTarget() async {
        let file = fileWithKeyResults([
            "{title: Sign-ups from 10 to 40, start: 10, target: 35, checkins: [{date: 2026-11-16, value: 25}]}",
            "{title: {en: Spend from 2 to 5 thousand euros, zh: 月消耗从 2 万提升到 5 万欧元}, start: 20000, target: 50000, checkins: [{date: 2026-11-16, value: 25000}]}",
            "{title: Churn 5% -> 3%, start: 0.05, target: 0.03, checkins: [{date: 2026-11-16, value: 0.04}]}",
            "{title: Response from 2 days to 36 hours, start: 48, target: 36, checkins: [{date: 2026-11-16, value: 40}]}",
            "{title: Refunds from 80 to 40, target: 40, checkins: [{date: 2026-11-16, value: 60}]}",
        ])
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": file, "portal.yaml": portal + "\nhints: {max_key_results: 9}\n"])
        #expect(problems.isEmpty, "\(problems)")
        let disagreeing = found.filter { $0.rule.id == "title-numbers-disagree" }
        #expect(disagreeing.map(\.location.line) == [7, 11], "the first and the last key result")
        #expect(disagreeing.first?.message(for: "en") == "the title says from 10 to 40, but start is 10 and target 35; progress is measured against start and target")
        #expect(disagreeing.last?.message(for: "zh") == "标题写的是从 80 到 40，但 start 为 0、target 为 40；进度按 start 和 target 计算")
    }

    /// A check-in added under a `current:` nobody changed shows in the history and moves
    /// nothing: said once, with the two values; a `current:` the latest check-in agrees with,
    /// or one without check-ins, is fine.
    @Test func currentThatTheLatestCheckInDoesNotMatch() async {
        let file = fileWithKeyResults([
            "{title: Sign-ups from 10 to 40, start: 10, target: 40, current: 30, checkins: [{date: 2026-11-09, value: 30}, {date: 2026-11-16, value: 36}]}",
            "{title: Demos from 2 to 9, start: 2, target: 9, current: 5, checkins: [{date: 2026-11-16, value: 5}]}",
            "{title: Calls from 1 to 8, start: 1, target: 8, current: 4, checkins: [{date: 2026-11-16, confidence: 6}]}",
        ])
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": file])
        #expect(problems.isEmpty, "\(problems)")
        let disagreeing = found.filter { $0.rule.id == "current-disagrees-with-check-in" }
        #expect(disagreeing.map(\.location.line) == [7])
        #expect(disagreeing.first?.message(for: "en")
            == "current: 30 is not the latest check-in's value (36 on 2026-11-16); progress uses current. Leave current: out to let check-ins set it")
    }

    /// A due date before the cycle starts or after it ends (a mistyped year) is said once; one
    /// on the cycle's last day is inside.
    @Test func aDueDateOutsideTheCycle() async {
        let file = fileWithKeyResults([
            "{title: Sign-ups from 10 to 40, start: 10, target: 40, due: 2027-12-15, checkins: [{date: 2026-11-16, value: 25}]}",
            "{title: Demos from 2 to 9, start: 2, target: 9, due: 2026-12-31, checkins: [{date: 2026-11-16, value: 5}]}",
            "{title: Calls from 1 to 8, start: 1, target: 8, due: 2026-09-30, checkins: [{date: 2026-11-16, value: 4}]}",
        ])
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": file])
        #expect(problems.isEmpty, "\(problems)")
        let outside = found.filter { $0.rule.id == "due-outside-cycle" }
        #expect(outside.map(\.location.line) == [7, 9])
        #expect(outside.first?.message(for: "en") == "due 2027-12-15 is outside 2026-Q4 (2026-10-01 – 2026-12-31); a key result is reached within its cycle")
    }

    /// A check-in dated before its cycle, and check-ins sharing a day, are said where they
    /// are written: the early one at its own line, a day's pair once, at the one that counts.
    @Test func checkInsBeforeTheCycleOrOnOneDay() async {
        let file = fileWithKeyResults([
            """
            title: Sign-ups from 10 to 40
                    start: 10
                    target: 40
                    checkins:
                      - {date: 2026-11-02, value: 25}
                      - {date: 2026-09-01, value: 12}
                      - {date: 2026-10-20, value: 20}
                      - {date: 2026-11-02, value: 26}
                      - {date: 2026-11-02, value: 27}
            """,
            "{title: Demos from 2 to 9, start: 2, target: 9, checkins: [{date: 2026-10-01, value: 3}, {date: 2026-11-16, value: 5}]}",
        ])
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": file])
        #expect(problems.isEmpty, "\(problems)")
        let early = found.filter { $0.rule.id == "check-in-before-cycle" }
        #expect(early.map(\.location.line) == [12])
        #expect(early.first?.message(for: "en")
            == "check-in dated 2026-09-01 is before 2026-Q4 starts (2026-10-01); a mistyped date, or a starting point that belongs in start:")
        let sameDay = found.filter { $0.rule.id == "same-day-check-ins" }
        #expect(sameDay.map(\.location.line) == [15])
        #expect(sameDay.first?.message(for: "en")
            == "3 check-ins dated 2026-11-02; the one written last counts and the history shows them all on one day. Keep one, or give each the day it was made")
        #expect(sameDay.first?.message(for: "zh").hasPrefix("2026-11-02 有 3 条进展更新") == true)
        // An objective carried over from the quarter before may bring its check-ins along.
        let carried = "---\nobjectives:\n  - title: Grow merchant sign-ups in Spain\n    carried_from: 2026-Q3:people/ana/O1\n    aligns: [company/O1]\n"
            + "    confidence: 7\n    key_results:\n      - {title: Sign-ups from 10 to 40, start: 10, target: 40, checkins: [{date: 2026-09-21, value: 20}, {date: 2026-11-16, value: 25}]}\n"
            + "      - {title: Demos from 2 to 9, start: 2, target: 9, checkins: [{date: 2026-11-16, value: 5}]}\n---\n"
        let (history, historyProblems) = await findings([
            "okrs/2026-Q4/people/ana.md": carried,
            "okrs/2026-Q3/people/ana.md": "---\nobjectives:\n" + goodObjective(aligns: "[]") + "---\n",
        ])
        #expect(historyProblems.isEmpty, "\(historyProblems)")
        #expect(!rules(history).contains("check-in-before-cycle"), "\(rules(history))")
    }

    /// A mention of nobody is said at its check-in, with the person meant when one is near;
    /// e-mail addresses and times ("@3pm") are no mentions.
    @Test func mentionsOfNobody() async {
        let file = fileWithKeyResults([
            """
            title: Sign-ups from 10 to 40
                    start: 10
                    target: 40
                    checkins:
                      - {date: 2026-11-02, value: 25, note: "waiting for @ana and @Ana"}
                      - {date: 2026-11-09, value: 27, note: "asked @anna, mailed ops@example.com, call @3pm, @zzzzzz"}
            """,
        ])
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": file])
        #expect(problems.isEmpty, "\(problems)")
        let unknown = found.filter { $0.rule.id == "unknown-mention" }
        #expect(unknown.map(\.location.line) == [12, 12])
        #expect(unknown.map { $0.message(for: "en") } == [
            "@anna names no person (did you mean @ana?); a mention is @ and a person's id, and links to their page",
            "@zzzzzz names no person; a mention is @ and a person's id, and links to their page",
        ])
        #expect(unknown.first?.message(for: "zh").hasPrefix("@anna 不是任何人的 id（是不是 @ana？）") == true)
    }

    @Test func objectiveCounts() async {
        let six = (1...6).map { goodObjective("Grow sign-ups in market \($0)") }.joined()
        let (found, _) = await findings([
            "okrs/2026-Q4/people/ana.md": "---\nobjectives:\n" + six + "---\n",
            "okrs/2026-Q4/teams/sales.md": "---\nobjectives: []\n---\n",
        ])
        #expect(rules(found) == ["too-many-objectives", "too-few-objectives"])
        #expect(found[0].location.line == 33, "reported at the sixth objective")
        #expect(found[0].message(for: "en") == "6 objectives; focus usually means 5 or fewer")
        #expect(found[0].message(for: "zh") == "共 6 个目标；聚焦通常意味着不超过 5 个")
        #expect(found[1].message(for: "en") == "0 objectives; write at least 1")
    }

    @Test func keyResultCounts() async {
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Grow sign-ups
            aligns: company/O1
            confidence: 6
            key_results:
              - {title: A at 10, target: 10, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: B at 10, target: 10, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: C at 10, target: 10, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: D at 10, target: 10, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: E at 10, target: 10, checkins: [{date: 2026-11-16, value: 1}]}
          - title: Raise conversion
            aligns: company/O1
            confidence: 6
            key_results:
              - {title: Only one at 10, target: 10, checkins: [{date: 2026-11-16, value: 1}]}
        ---
        """])
        #expect(rules(found) == ["too-many-key-results", "too-few-key-results"])
        #expect(found[0].location.line == 11)
        // The noun agrees with the number.
        #expect(found[1].message(for: "en") == "1 key result; 2 or more show what reaching it means")
        #expect(found[1].message(for: "zh") == "仅 1 个关键结果；至少 2 个才能说明怎样算达成")
    }

    @Test(arguments: [
        ("团队建设", "bare-phrase-objective"),
        ("Keep revenue at Q3 level", "status-quo-objective"),
        ("每月5日前完成工资核算", "routine-objective"),
    ])
    func objectiveTextRules(title: String, rule: String) async {
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": "---\nobjectives:\n" + goodObjective(title) + goodObjective() + "---\n"])
        #expect(rules(found) == [rule])
        #expect(found.first?.message(for: "en").contains(title) == true)
    }

    @Test func textRulesReadEveryLanguageOfATitle() async {
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": "---\nobjectives:\n" + goodObjective("{en: Build a great team, zh: 团队建设}") + goodObjective() + "---\n"])
        #expect(rules(found) == ["bare-phrase-objective"])
    }

    @Test func keyResultTextRules() async {
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Delight Spanish merchants
            aligns: company/O1
            confidence: 6
            key_results:
              - {title: 提升用户满意度, progress: 0.5, checkins: [{date: 2026-11-16, progress: 0.5}]}
              - {title: Meet the new sales director, done: false, checkins: [{date: 2026-11-16, done: false}]}
              - {title: Improve the onboarding, start: 0, target: 5, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: Warehouse permit granted, done: false, checkins: [{date: 2026-11-16, done: false}]}
          - title: Make the API a pleasure to use
            aligns: company/O1
            confidence: 6
            key_results:
              - {title: Improve the onboarding, start: 0, target: 5, unit: steps removed, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: Better documentation for the API, done: false, checkins: [{date: 2026-11-16, done: false}]}
              - {title: 签约 15 家品牌客户, done: false, checkins: [{date: 2026-11-16, done: false}]}
              - {title: Ship the new checkout to 100% of merchants by November 30, done: false, checkins: [{date: 2026-11-16, done: false}]}
        ---
        """])
        // Every kind is judged by its title; a numeric one's unit names what it counts.
        #expect(found.map { "\($0.objective!)/\($0.keyResult!) \($0.rule.id)" } == [
            "O1/KR1 unmeasurable-key-result", "O1/KR2 task-key-result", "O1/KR3 unmeasurable-key-result",
            "O2/KR2 unmeasurable-key-result",
        ])
        #expect(found[0].message(for: "en") == "“提升用户满意度” states no number, rate, rating or date; how will you know it is reached?")
        #expect(found[2].message(for: "en") == "“Improve the onboarding” states no number, rate, rating or date; what do 0 and 5 count? Name it in the title, e.g. “… grows from 0 to 5 …”, or give a unit")
        #expect(found[2].message(for: "zh") == "“Improve the onboarding”没有数量、比例、评分或日期；0 和 5 计量的是什么？请写进标题，例如“……从 0 提升到 5 ……”，或填写 unit")
    }

    @Test func aMilestoneNamingAnEndStateIsCheckableWithoutANumber() async {
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Delight Spanish merchants
            aligns: company/O1
            confidence: 6
            key_results:
              - {title: 墨西哥线路接入规则引擎, done: false, checkins: [{date: 2026-11-16, done: false}]}
              - {title: 墨西哥线路接入规则引擎, progress: 0.5, checkins: [{date: 2026-11-16, progress: 0.5}]}
        ---
        """] )
        // Done or not says when a milestone is reached; a share set by hand needs the words.
        #expect(found.map { "\($0.keyResult!) \($0.rule.id)" } == ["KR2 unmeasurable-key-result"])
    }

    @Test func unalignedBelowTheCompanyOnly() async {
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": "---\nobjectives:\n" + goodObjective(aligns: "[]") + goodObjective() + "---\n"])
        #expect(rules(found) == ["unaligned-objective"])
    }

    @Test func missingConfidenceInOpenQuartersOnly() async {
        let noConfidence = """
        ---
        objectives:
          - title: Grow sign-ups
            aligns: company/O1
            key_results:
              - {title: Sign-ups to 40, target: 40, checkins: [{date: 2026-11-16, value: 25}]}
              - {title: Conversion to 3%, target: 3, checkins: [{date: 2026-11-16, value: 2}]}
        ---
        """
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": noConfidence])
        #expect(rules(found).contains("missing-confidence"))
        let (annual, _) = await findings(["okrs/2026/people/ana.md": noConfidence.replacing("company/O1", with: "'2026-Q4:company/O1'")])
        #expect(!rules(annual).contains("missing-confidence"), "annual cycles are followed through their quarters")
    }

    /// A confidence that cannot be read is one error; no hint says it is missing on top.
    /// An alignment to a person who does not exist names the person and the near ids.
    @Test func oneMistakeIsSaidOnce() async {
        let file = "---\nobjectives:\n  - {title: Grow sign-ups in Spain, aligns: company/O1, confidence: 0.7, key_results: [{title: Sign-ups from 1 to 40, start: 1, target: 40, checkins: [{date: 2026-11-16, value: 25}]}, {title: Conversion from 1% to 3%, start: 1, target: 3, checkins: [{date: 2026-11-16, value: 2}]}]}\n---\n"
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": file])
        #expect(problems.map(\.message) == ["confidence must be a whole number from 1 to 10, found 0.7"])
        #expect(!rules(found).contains("missing-confidence"))
        let people = "- {id: ana, name: Ana, team: sales}\n- {id: li.na, name: Li Na}\n- {id: liu.yang, name: Liu Yang}\n"
        let typo = file.replacingOccurrences(of: "aligns: company/O1, confidence: 0.7", with: "aligns: people/li/O1, confidence: 7")
        let (_, unknown) = await findings(["okrs/2026-Q4/people/ana.md": typo, "org/people.yaml": people])
        #expect(unknown.map(\.message) == ["no person 'li' (in 'people/li/O1'); did you mean 'li.na' or 'liu.yang'?"])
        let close = file.replacingOccurrences(of: "aligns: company/O1, confidence: 0.7", with: "aligns: people/lina/O1, confidence: 7")
        #expect(await findings(["okrs/2026-Q4/people/ana.md": close, "org/people.yaml": people]).1.map(\.message)
            == ["no person 'lina' (in 'people/lina/O1'); did you mean 'li.na'?"])
    }

    @Test func staleKeyResults() async {
        let file = """
        ---
        objectives:
          - title: Grow sign-ups
            aligns: company/O1
            confidence: 7
            key_results:
              - {title: Sign-ups to 40, target: 40, checkins: [{date: 2026-10-19, value: 25}]}
              - {title: Conversion to 3%, target: 3, checkins: [{date: 2026-11-16, value: 2}]}
              - {title: Done already to 3, target: 3, checkins: [{date: 2026-10-05, value: 3}]}
        ---
        """
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": file])
        #expect(rules(found) == ["stale-key-result"])
        #expect(found[0].message(for: "en") == "no check-in for 32 days (last: 2026-10-19)")
        let never = file.replacingOccurrences(of: ", checkins: [{date: 2026-10-19, value: 25}]", with: "")
        let (quiet, _) = await findings(["okrs/2026-Q4/people/ana.md": never])
        #expect(quiet.map { $0.message(for: "en") } == ["no check-in for 50 days (last: never)"])
        #expect(quiet.map { $0.message(for: "zh") } == ["已 50 天没有进展更新（上次：从未更新）"])
        let (early, _) = await findings(["okrs/2026-Q4/people/ana.md": file], on: "2026-10-10")
        #expect(rules(early).isEmpty, "too early in the cycle to be stale")
        // A manual key result set by hand has no date to judge; with check-ins it has.
        let byHand = file.replacingOccurrences(of: "{title: Sign-ups to 40, target: 40, checkins: [{date: 2026-10-19, value: 25}]}", with: "{title: Sign-up rate to 40%, progress: 0.4}")
        #expect(rules(await findings(["okrs/2026-Q4/people/ana.md": byHand]).0).isEmpty)
        let checkedIn = file.replacingOccurrences(of: "{title: Sign-ups to 40, target: 40, checkins: [{date: 2026-10-19, value: 25}]}", with: "{title: Sign-up rate to 40%, progress: 0.2, checkins: [{date: 2026-10-19, progress: 0.4}]}")
        #expect(rules(await findings(["okrs/2026-Q4/people/ana.md": checkedIn]).0) == ["stale-key-result"])
    }

    @Test func fractionalWeightsMustAddUp() async {
        let (found, _) = await findings(["okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Grow sign-ups
            aligns: company/O1
            confidence: 7
            key_results:
              - {title: A to 40, target: 40, weight: 0.5, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: B to 40, target: 40, weight: 0.3, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: C to 40, target: 40, weight: 0.3, checkins: [{date: 2026-11-16, value: 1}]}
          - title: Raise conversion
            aligns: company/O1
            confidence: 7
            key_results:
              - {title: A to 40, target: 40, weight: 2, checkins: [{date: 2026-11-16, value: 1}]}
              - {title: B to 40, target: 40, weight: 1, checkins: [{date: 2026-11-16, value: 1}]}
        ---
        """])
        #expect(rules(found) == ["weights-do-not-add-up"], "relative weights (2, 1) are fine")
        #expect(found[0].arguments["sum"] == "1.1")
    }

    @Test func closedCycleRules() async {
        let scored = { (score: String, type: String) in
            "---\nobjectives:\n  - title: Grow sign-ups\n    type: \(type)\n    aligns: company/O1\n    key_results:\n      - {title: A to 40, target: 40, current: 40, score: \(score)}\n      - {title: B to 4, target: 4, current: 4, score: \(score)}\n---\n"
        }
        let company = "---\nobjectives:\n  - {title: Win, key_results: [{title: X to 2, target: 2}, {title: Y to 2, target: 2}]}\n---\n## Retrospective\nok\n"
        let (found, _) = await findings([
            "okrs/2026-Q2/company.md": company, "okrs/2026-Q3/company.md": company,
            "okrs/2026-Q2/people/ana.md": scored("0.95", "aspirational") + "## Retrospective\nfine\n",
            "okrs/2026-Q3/people/ana.md": scored("1.0", "aspirational"),
            "okrs/2026-Q3/teams/sales.md": scored("0.8", "committed") + "## 复盘\n还行\n",
        ])
        #expect(Set(rules(found)) == ["missing-retrospective", "sandbagging", "committed-below-target"])
        let sandbagging = found.first { $0.rule.id == "sandbagging" }
        #expect(sandbagging?.location.path == "content/okrs/2026-Q3/people/ana.md")
        #expect(found.first { $0.rule.id == "committed-below-target" }?.arguments["value"] == "0.8")
        #expect(found.first { $0.rule.id == "missing-retrospective" }?.location.path == "content/okrs/2026-Q3/people/ana.md")
    }

    @Test func sidewaysAlignmentShouldBeReturned() async {
        let one = "---\nobjectives:\n" + goodObjective("Grow leads", aligns: "[company/O1, teams/ops/O1]") + goodObjective() + "---\n"
        let other = "---\nobjectives:\n" + goodObjective("Ship parcels faster", aligns: "[company/O2]") + goodObjective() + "---\n"
        let (found, _) = await findings(["okrs/2026-Q4/teams/sales.md": one, "okrs/2026-Q4/teams/ops.md": other])
        #expect(rules(found) == ["unreciprocated-sideways"])
        #expect(found[0].location.line == 4)
        let answered = other.replacing("aligns: [company/O2]", with: "aligns: [company/O2, teams/sales/O2]")
        let (none, _) = await findings(["okrs/2026-Q4/teams/sales.md": one, "okrs/2026-Q4/teams/ops.md": answered])
        #expect(rules(none).isEmpty)
    }

    @Test func authorsCanSilenceAHintWithAReason() async {
        let (found, problems) = await findings(["okrs/2026-Q4/people/ana.md": "---\nobjectives:\n"
            + goodObjective("团队建设", extra: "    hints: {ignore: [bare-phrase-objective], reason: \"Our team's name for this programme\"}") + goodObjective() + "---\n"])
        #expect(problems.isEmpty)
        #expect(rules(found).isEmpty)
        #expect(found.count == 1 && found[0].silenced && found[0].silenceReason == "Our team's name for this programme")
        #expect(found.diagnostics.isEmpty)
    }

    @Test func portalCanSwitchARuleOff() async {
        let (found, _) = await findings([
            "portal.yaml": portal + "\nhints: {disable: [unaligned-objective]}\n",
            "okrs/2026-Q4/people/ana.md": "---\nobjectives:\n" + goodObjective(aligns: "[]") + goodObjective() + "---\n",
        ])
        #expect(rules(found).isEmpty)
    }

    @Test func unknownRuleIDsAreErrorsWithASuggestion() async {
        let (_, problems) = await findings([
            "portal.yaml": portal + "\nhints: {disable: [unaligned-objectve]}\n",
            "okrs/2026-Q4/people/ana.md": "---\nobjectives:\n" + goodObjective(extra: "    hints: {ignore: [nope]}") + "---\n",
        ])
        #expect(problems.map(\.rule) == [.unknownKey, .unknownKey])
        #expect(problems.contains { $0.message.contains("did you mean 'unaligned-objective'?") })
    }

    @Test func everyRuleHasTextsInBothLanguages() {
        #expect(HintRule.all.count == 23)
        #expect(Set(HintRule.ids).count == HintRule.all.count)
        for rule in HintRule.all {
            for text in [rule.title, rule.message, rule.rationale, rule.bad, rule.good] {
                #expect(!text.en.isEmpty && !text.zh.isEmpty, "\(rule.id)")
            }
            for text in [rule.title, rule.message, rule.rationale] {
                #expect(text.zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(rule.id) has Chinese text")
            }
        }
    }
}
