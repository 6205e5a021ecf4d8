import Foundation
import Testing
import OKRGraph
import OKRHints
import OKRLoader
import OKRModel
import OKRTestSupport
@testable import OKRDiff

/// Two inline sites, loaded and compared as `diff` does; each test changes the base site in
/// one way and asserts the change kinds that come out.
let baseFiles: [String: String] = [
    "portal.yaml": """
    title: T
    cycles:
      - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
    """,
    "org/teams.yaml": "- {id: sales, name: Sales}\n- {id: marketing, name: Marketing}\n",
    "org/people.yaml": "- {id: ana, name: Ana, team: sales}\n- {id: bo, name: Bo, team: sales}\n",
    "okrs/2026-Q4/company.md": okrs("""
      - title: Win the mid-market
        key_results:
          - {title: Reach 40 mid-market customers, start: 10, target: 40, current: 16}
    """),
    "okrs/2026-Q4/teams/sales.md": okrs("""
      - title: Open the German market
        type: committed
        aligns: [company/O1]
        key_results:
          - {title: Sign 12 German customers, start: 0, target: 12, current: 3, confidence: 6}
          - {title: Cut quote turnaround to 2 days, start: 6, target: 2, current: 5}
      - title: Build a partner channel that brings in new deals
        key_results:
          - {title: Sign 5 resellers, start: 0, target: 5, current: 1}
    """),
    "okrs/2026-Q4/teams/marketing.md": okrs("""
      - title: Make the brand known in Germany
        aligns: [company/O1]
        key_results:
          - {title: Reach 2000 qualified leads, start: 0, target: 2000, current: 400}
    """),
    "okrs/2026-Q4/people/ana.md": okrs("""
      - title: Close the first German deals
        aligns: [teams/sales/O1]
        key_results:
          - {title: Run 30 discovery calls, start: 0, target: 30, current: 10}
    """),
]

func revision(_ files: [String: String], on date: String) async -> Revision {
    let day = Day(iso: date)!
    let (content, graph, problems, graphProblems) = await InlineSite(files).resolve(knownHintRules: HintRule.ids, buildDate: day)
    #expect(problems.errorCount == 0, "\(problems)")
    #expect(graphProblems.errorCount == 0, "\(graphProblems)")
    return Revision(content: content, graph: graph, findings: HintChecker.run(content: content, graph: graph, buildDate: day), buildDate: day)
}

/// The base site against the base site with `edits` applied, on `date`.
func compare(_ edits: [String: String?], on date: String = "2026-11-20", baseURL: Bool = false) async -> ChangeReport {
    await compare(baseFiles, edits, on: date, baseURL: baseURL)
}

/// `base` against `base` with `edits` applied, on `date`.
func compare(_ base: [String: String], _ edits: [String: String?], on date: String = "2026-11-20", baseURL: Bool = false) async -> ChangeReport {
    var head = base
    for (path, text) in edits { head[path] = text }
    let links = { (key: ObjectiveKey, keyResult: String?) -> String? in
        baseURL ? "https://okrs.example.com/\(key.owner.path)/#\(keyResult.map { "\(key.objective)-\($0)" } ?? key.objective)" : nil
    }
    return Comparison.compare(await revision(base, on: date), await revision(head, on: date), baseName: "main", headName: "HEAD", url: links)
}

func kinds(_ report: ChangeReport) -> [String] { report.changes.map { "\($0.kind.rawValue) \($0.reference)" } }

@Suite struct ComparisonTests {
    /// Each kind has a test here that makes it; a new kind without one fails this.
    @Test func everyKindIsTested() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        for kind in ChangeKind.allCases {
            #expect(source.contains("\"\(kind.rawValue) ") || source.contains(".\(kind)"), "no test makes \(kind.rawValue)")
        }
    }

    @Test func sameContentHasNoChange() async {
        let report = await compare([:])
        #expect(report.changes.isEmpty)
        #expect(report.countsLine == "no change to the OKRs")
    }

    @Test func objectivesAndKeyResultsAddedRemovedRetitled() async {
        let report = await compare([
            "okrs/2026-Q4/people/ana.md": okrs("""
              - title: Close the first three German deals
                aligns: [teams/sales/O1]
                key_results:
                  - {title: Run 30 discovery calls, start: 0, target: 30, current: 10}
                  - {title: Send 10 proposals, start: 0, target: 10}
            """),
            "okrs/2026-Q4/people/bo.md": okrs("""
              - title: Grow renewals in the north
                aligns: [teams/sales/O2]
                key_results:
                  - {title: Renew 20 accounts, start: 0, target: 20}
            """),
            "okrs/2026-Q4/teams/marketing.md": nil,
            "okrs/2026-Q4/teams/sales.md": baseFiles["okrs/2026-Q4/teams/sales.md"]!.replacing("      - {title: Cut quote turnaround to 2 days, start: 6, target: 2, current: 5}\n", with: ""),
        ])
        #expect(Set(kinds(report)).isSuperset(of: [
            "retitled 2026-Q4:people/ana/O1", "key-result-added 2026-Q4:people/ana/O1/KR2",
            "objective-added 2026-Q4:people/bo/O1", "objective-removed 2026-Q4:teams/marketing/O1",
            "key-result-removed 2026-Q4:teams/sales/O1/KR2",
        ]))
        let retitled = report.changes.first { $0.kind == .retitled }!
        #expect(retitled.from == "Close the first German deals" && retitled.to == "Close the first three German deals")
        #expect(!kinds(report).contains { $0.hasPrefix("link-removed") }, "links of a removed objective are not listed one by one")
    }

    @Test func removingTheFirstObjectiveRenumbersTheNext() async {
        let report = await compare([
            "okrs/2026-Q4/teams/sales.md": okrs("""
              - title: Build a partner channel that brings in new deals
                key_results:
                  - {title: Sign 5 resellers, start: 0, target: 5, current: 1}
            """),
        ])
        // The partner objective moved from O2 to O1: renumbered, not retitled; the committed
        // objective is what was removed.
        #expect(kinds(report).contains("renumbered 2026-Q4:teams/sales/O1"))
        #expect(kinds(report).contains("objective-removed 2026-Q4:teams/sales/O1"))
        #expect(!kinds(report).contains { $0.hasPrefix("retitled") })
        #expect(kinds(report).contains("unaligned 2026-Q4:people/ana/O1") == false, "ana's link now fails to resolve; check reports that")
    }

    @Test func typeChangeIsGoalpostsOnlyOnceTheCycleStarted() async {
        let edit = ["okrs/2026-Q4/teams/sales.md": baseFiles["okrs/2026-Q4/teams/sales.md"]!.replacing("    type: committed\n", with: "")]
        let during = await compare(edit, on: "2026-11-20")
        #expect(kinds(during) == ["goalposts 2026-Q4:teams/sales/O1"])
        #expect(during.changes[0].from == "committed" && during.changes[0].to == "aspirational")
        let before = await compare(edit, on: "2026-09-20")
        #expect(kinds(before) == ["retyped 2026-Q4:teams/sales/O1"])
    }

    /// Publishing a confidential objective is said, and marked for a second look.
    @Test func confidentialityChangesAreSaid() async {
        let sales = baseFiles["okrs/2026-Q4/teams/sales.md"]!
        let hidden = sales.replacing("    type: committed\n", with: "    type: committed\n    confidential: true\n")
        let made = await compare(["okrs/2026-Q4/teams/sales.md": hidden])
        #expect(kinds(made) == ["made-confidential 2026-Q4:teams/sales/O1"])
        #expect(made.changes[0].summary == "made confidential: the portal no longer shows it")
        var base = baseFiles
        base["okrs/2026-Q4/teams/sales.md"] = hidden
        let published = await compare(base, ["okrs/2026-Q4/teams/sales.md": sales])
        #expect(kinds(published) == ["published 2026-Q4:teams/sales/O1"] && ChangeKind.published.needsAttention)
    }

    @Test func targetsLoweredAfterTheStartAreGoalposts() async {
        let sales = baseFiles["okrs/2026-Q4/teams/sales.md"]!
        let lowered = await compare(["okrs/2026-Q4/teams/sales.md": sales.replacing("target: 12,", with: "target: 8,")])
        #expect(kinds(lowered) == ["goalposts 2026-Q4:teams/sales/O1/KR1", "progress 2026-Q4:teams/sales/O1", "progress 2026-Q4:teams/sales/O1/KR1"])
        #expect(lowered.changes[0].from == "12 (from 0)" && lowered.changes[0].to == "8 (from 0)")
        let raised = await compare(["okrs/2026-Q4/teams/sales.md": sales.replacing("target: 12,", with: "target: 15,")])
        #expect(kinds(raised).first == "target-changed 2026-Q4:teams/sales/O1/KR1")
        // Lower is better (6 days → 2): easing it means a higher target.
        let eased = await compare(["okrs/2026-Q4/teams/sales.md": sales.replacing("start: 6, target: 2,", with: "start: 6, target: 3,")])
        #expect(kinds(eased).first == "goalposts 2026-Q4:teams/sales/O1/KR2")
        let measured = await compare(["okrs/2026-Q4/teams/sales.md": sales.replacing("{title: Sign 5 resellers, start: 0, target: 5, current: 1}", with: "{title: Sign 5 resellers, done: false}")])
        #expect(kinds(measured).first == "target-changed 2026-Q4:teams/sales/O2/KR1")
        #expect(measured.changes[0].to == "a milestone")
    }

    /// A due date pushed back or dropped once the cycle runs is a goalpost moved; set, brought
    /// forward, or moved before the cycle starts, a plain change.
    @Test func dueDatesPushedBackAfterTheStartAreGoalposts() async {
        let sales = baseFiles["okrs/2026-Q4/teams/sales.md"]!
        let withDue = sales.replacing("current: 1}", with: "current: 1, due: 2026-11-30}")
        func edit(_ text: String) -> [String: String?] { ["okrs/2026-Q4/teams/sales.md": text] }
        var base = baseFiles
        base["okrs/2026-Q4/teams/sales.md"] = withDue
        let later = await compare(base, edit(withDue.replacing("due: 2026-11-30", with: "due: 2026-12-20")))
        #expect(kinds(later) == ["goalposts 2026-Q4:teams/sales/O2/KR1"])
        #expect(later.changes[0].from == "2026-11-30" && later.changes[0].to == "2026-12-20")
        #expect(later.changes[0].summary.hasPrefix("due date pushed back after the cycle started"))
        let dropped = await compare(base, edit(sales))
        #expect(kinds(dropped) == ["goalposts 2026-Q4:teams/sales/O2/KR1"])
        let earlier = await compare(base, edit(withDue.replacing("due: 2026-11-30", with: "due: 2026-11-25")))
        #expect(kinds(earlier) == ["target-changed 2026-Q4:teams/sales/O2/KR1"] && earlier.changes[0].summary == "due date brought forward")
        let set = await compare(edit(withDue))
        #expect(kinds(set) == ["target-changed 2026-Q4:teams/sales/O2/KR1"] && set.changes[0].summary == "due date set")
        let planned = await compare(base, edit(withDue.replacing("due: 2026-11-30", with: "due: 2026-12-20")), on: "2026-09-20")
        #expect(kinds(planned) == ["target-changed 2026-Q4:teams/sales/O2/KR1"] && planned.changes[0].summary == "due date moved")
    }

    @Test func progressAndConfidenceMovesWithJumpsFlagged() async {
        let sales = baseFiles["okrs/2026-Q4/teams/sales.md"]!
        let report = await compare([
            "okrs/2026-Q4/teams/sales.md": sales.replacing("current: 3, confidence: 6", with: "current: 11, confidence: 8"),
            "okrs/2026-Q4/teams/marketing.md": baseFiles["okrs/2026-Q4/teams/marketing.md"]!.replacing("current: 400", with: "current: 500"),
        ])
        let jump = report.changes.first { $0.kind == .jump }!
        #expect(jump.reference == "2026-Q4:teams/sales/O1/KR1" && jump.from == "25%" && jump.to == "92%")
        #expect(jump.kind.needsAttention)
        let confidence = report.changes.filter { $0.kind == .confidence }.map { "\($0.reference) \($0.from!)→\($0.to!)" }
        #expect(confidence == ["2026-Q4:teams/sales/O1 6/10→8/10", "2026-Q4:teams/sales/O1/KR1 6/10→8/10"])
        #expect(kinds(report).contains("progress 2026-Q4:teams/marketing/O1/KR1"))
        #expect(!kinds(report).contains("jump 2026-Q4:teams/marketing/O1/KR1"))
    }

    /// End-of-cycle scores and the person a key result names as its owner.
    @Test func scoresAndOwnersOfKeyResults() async {
        let sales = baseFiles["okrs/2026-Q4/teams/sales.md"]!
        let base = baseFiles.merging(["okrs/2026-Q4/teams/sales.md": sales.replacing("start: 6, target: 2, current: 5}", with: "start: 6, target: 2, current: 5, score: 0.2, owner: people/ana}")]) { $1 }
        let report = await compare(base, [
            "okrs/2026-Q4/teams/sales.md": sales
                .replacing("current: 3, confidence: 6}", with: "current: 3, confidence: 6, score: 0.7, owner: people/bo}")
                .replacing("start: 6, target: 2, current: 5}", with: "start: 6, target: 2, current: 5, score: 0.25, owner: people/bo}"),
        ])
        #expect(report.changes.map { "\($0.kind.rawValue) \($0.reference) \($0.from ?? "-")→\($0.to ?? "-") \($0.summary)" }.sorted() == [
            "reassigned 2026-Q4:teams/sales/O1/KR1 →people/bo owner set",
            "reassigned 2026-Q4:teams/sales/O1/KR2 people/ana→people/bo owner changed",
            "scored 2026-Q4:teams/sales/O1/KR1 →0.7 scored",
            "scored 2026-Q4:teams/sales/O1/KR2 0.2→0.25 score changed",
        ])
        let dropped = await compare(base, ["okrs/2026-Q4/teams/sales.md": sales])
        #expect(dropped.changes.map(\.summary).sorted() == ["owner dropped", "score dropped"])
    }

    @Test func alignmentLinksUnalignedLostContributorsAndOneWay() async {
        let report = await compare([
            // Ana stops aligning: her objective is unaligned and sales O1 loses its only contributor.
            "okrs/2026-Q4/people/ana.md": baseFiles["okrs/2026-Q4/people/ana.md"]!.replacing("    aligns: [teams/sales/O1]\n", with: ""),
            // Marketing adds a sideways link to sales, which does not link back.
            "okrs/2026-Q4/teams/marketing.md": baseFiles["okrs/2026-Q4/teams/marketing.md"]!.replacing("aligns: [company/O1]", with: "aligns: [company/O1, teams/sales/O2]"),
        ])
        #expect(Set(kinds(report)) == [
            "link-added 2026-Q4:teams/marketing/O1", "one-way 2026-Q4:teams/marketing/O1",
            "link-removed 2026-Q4:people/ana/O1", "unaligned 2026-Q4:people/ana/O1",
            "lost-contributors 2026-Q4:teams/sales/O1",
        ])
        #expect(report.changes.count == 5, "the unaligned-objective and unreciprocated-sideways hints are not said again")
        #expect(report.changes.first { $0.kind == .linkAdded }!.to == "2026-Q4:teams/sales/O2")
        // Answered in the same change, a sideways link is not one-way.
        let answered = await compare([
            "okrs/2026-Q4/teams/marketing.md": baseFiles["okrs/2026-Q4/teams/marketing.md"]!.replacing("aligns: [company/O1]", with: "aligns: [company/O1, teams/sales/O2]"),
            "okrs/2026-Q4/teams/sales.md": baseFiles["okrs/2026-Q4/teams/sales.md"]!.replacing("aligns: [company/O1]", with: "aligns: [company/O1, teams/marketing/O1]"),
        ])
        #expect(answered.count(.oneWay) == 0 && answered.count(.linkAdded) == 2)
    }

    @Test func writingHintsThatAppearAndGo() async {
        let report = await compare([
            "okrs/2026-Q4/people/ana.md": baseFiles["okrs/2026-Q4/people/ana.md"]!.replacing("Close the first German deals", with: "Sales"),
        ])
        let added = report.changes.filter { $0.kind == .hintAdded }
        #expect(added.count == 1 && added[0].summary.hasSuffix("[bare-phrase-objective]"))
        let back = Comparison.compare(
            await revision(baseFiles.merging(["okrs/2026-Q4/people/ana.md": baseFiles["okrs/2026-Q4/people/ana.md"]!.replacing("Close the first German deals", with: "Sales")]) { $1 }, on: "2026-11-20"),
            await revision(baseFiles, on: "2026-11-20"), baseName: "a", headName: "b")
        #expect(back.count(.hintResolved) == 1 && back.count(.hintAdded) == 0)
    }
}
