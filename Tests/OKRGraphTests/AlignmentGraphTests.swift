import Testing
import OKRLoader
import OKRModel
import OKRTestSupport
@testable import OKRGraph

let portal = """
title: T
cycles:
  - {id: "2026", start: 2026-01-01, end: 2026-12-31}
  - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
"""

func graph(_ files: [String: String]) async -> (AlignmentGraph, [Diagnostic], [Diagnostic]) {
    let (_, graph, loadProblems, problems) = await InlineSite([
        "portal.yaml": portal,
        "org/teams.yaml": "- {id: sales, name: Sales}\n- {id: emea, name: EMEA, parent: sales}\n- {id: ops, name: Ops}\n",
        "org/people.yaml": "- {id: ana, name: Ana, team: emea}\n- {id: bo, name: Bo, team: ops}\n",
    ], files).resolve()
    return (graph, loadProblems, problems)
}

func key(_ text: String) -> ObjectiveKey {
    let (cycle, rest) = (text.split(separator: ":")[0], text.split(separator: ":")[1])
    let parts = rest.split(separator: "/").map(String.init)
    let owner: Owner = parts[0] == "company" ? .company : parts[0] == "teams" ? .team(parts[1]) : .person(parts[1])
    return ObjectiveKey(cycle: String(cycle), owner: owner, objective: parts.last!)
}

@Suite struct AlignmentGraphTests {
    @Test func resolvesInTheSameCycleThenEnclosingCycles() async {
        let (g, load, problems) = await graph([
            "okrs/2026/company.md": okrs("  - {title: Year goal}\n  - {title: Second}\n"),
            "okrs/2026-Q4/company.md": okrs("  - {title: Quarter goal, aligns: ['2026:company/O1']}\n"),
            "okrs/2026-Q4/teams/sales.md": okrs("  - {title: Sales, aligns: [company/O1, company/O2]}\n"),
        ])
        #expect(load.isEmpty && problems.isEmpty, "\(load + problems)")
        let sales = key("2026-Q4:teams/sales/O1")
        #expect(g.outgoing[sales]?.map(\.target) == [key("2026-Q4:company/O1"), key("2026:company/O2")])
        #expect(g.outgoing[key("2026-Q4:company/O1")]?.first?.direction == .up, "a year goal is above its quarter's")
        #expect(g.incoming[key("2026:company/O2")]?.map(\.source) == [sales])
    }

    /// An OKR file that cannot be read is its own error; references into it are not then
    /// each reported as dangling. A reference to an owner whose files all read is.
    @Test func referencesIntoAnUnreadFileAreNotReportedDangling() async {
        let (_, load, problems) = await graph([
            "okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: [broken\n---\n",
            "okrs/2026-Q4/people/ana.md": okrs("  - {title: A, aligns: [teams/sales/O1, teams/sales/O2/KR1]}\n"),
            "okrs/2026-Q4/people/bo.md": okrs("  - {title: B, aligns: [teams/ops/O1]}\n"),
        ])
        #expect(load.map(\.rule) == [.yamlSyntax])
        #expect(problems.map(\.rule) == [.danglingReference] && problems.first?.location.path == "content/okrs/2026-Q4/people/bo.md")
    }

    @Test func keyResultTargetsAndReverseEdges() async {
        let (g, _, problems) = await graph([
            "okrs/2026-Q4/teams/sales.md": okrs("  - title: S\n    key_results: [{title: K1}, {title: K2}]\n"),
            "okrs/2026-Q4/people/ana.md": okrs("  - {title: A, aligns: teams/sales/O1/KR2}\n"),
            "okrs/2026-Q4/people/bo.md": okrs("  - {title: B, aligns: [people/ana/O1]}\n"),
        ])
        #expect(problems.isEmpty)
        let edge = g.outgoing[key("2026-Q4:people/ana/O1")]![0]
        #expect(edge.targetKeyResult == "KR2" && edge.direction == .up)
        #expect(edge.targetReference == "2026-Q4:teams/sales/O1/KR2")
        #expect(g.incoming[key("2026-Q4:teams/sales/O1")]?.count == 1)
        #expect(g.outgoing[key("2026-Q4:people/bo/O1")]![0].direction == .sideways)
    }

    /// A team's depth counts the known teams above it, whatever order the teams come in; a
    /// parent that is no team counts as the top.
    @Test func teamDepthsCountKnownAncestors() {
        let here = SourceLocation(path: "t", line: 1, column: 1)
        let teams = [
            Team(id: "c", name: "C", parent: "b", source: here), Team(id: "a", name: "A", source: here),
            Team(id: "b", name: "B", parent: "a", source: here), Team(id: "d", name: "D", parent: "c", source: here),
            Team(id: "x", name: "X", parent: "gone", source: here), Team(id: "y", name: "Y", parent: "x", source: here),
        ]
        let levels = OwnerLevels(teams: teams)
        #expect(levels.teamDepth == ["a": 0, "b": 1, "c": 2, "d": 3, "x": 0, "y": 1])
        #expect(levels.personLevel == 5)
    }

    @Test func directionFollowsTheTeamTree() async {
        let (g, _, _) = await graph([
            "okrs/2026-Q4/teams/sales.md": okrs("  - {title: S}\n"),
            "okrs/2026-Q4/teams/emea.md": okrs("  - {title: E, aligns: teams/sales/O1}\n"),
            "okrs/2026-Q4/teams/ops.md": okrs("  - {title: O, aligns: [teams/sales/O1, teams/emea/O1]}\n"),
        ])
        #expect(g.outgoing[key("2026-Q4:teams/emea/O1")]![0].direction == .up)
        #expect(g.outgoing[key("2026-Q4:teams/ops/O1")]!.map(\.direction) == [.sideways, .down])
    }

    @Test func danglingReferencesSayWhatExists() async {
        let (_, _, problems) = await graph([
            "okrs/2026-Q4/company.md": okrs("  - title: C\n    key_results: [{title: K}]\n"),
            "okrs/2026-Q4/teams/sales.md": okrs("  - title: S\n    aligns: [company/O7, company/O1/KR9, teams/ops/O1, '2025-H1:company/O1']\n"),
        ])
        #expect(problems.map { "\($0.location.line):\($0.location.column) \($0.rule.rawValue)" } == [
            "4:14 dangling-reference", "4:26 dangling-reference", "4:42 dangling-reference", "4:56 unknown-cycle",
        ])
        #expect(problems[0].message.contains("2026-Q4 has O1"))
        #expect(problems[1].message.contains("has no key result KR9 (it has KR1)"))
        // The unknown cycle is quoted as written, with the cycles there are.
        #expect(problems[3].message.hasPrefix("cycle '2025-H1' in '2025-H1:company/O1' is not defined in portal.yaml; it defines: "))
        #expect(problems[3].message.hasSuffix("2026-Q4"))
    }

    /// A portal of many years lists no dozens of cycles; it says how many and the one meant.
    @Test func manyCyclesAreCountedWithTheOneMeant() {
        let cycles = (2015...2026).flatMap { year in
            (1...4).map { Cycle(id: "\(year)-Q\($0)", name: "", start: Day(year: year, month: $0 * 3 - 2, day: 1)!, end: Day(year: year, month: $0 * 3, day: 28)!, location: SourceLocation(path: "p", line: 1, column: 1)) }
        }
        #expect(Cycle.known(cycles, near: "2026-q5") == " (48 of them; did you mean '2026-Q1' or '2026-Q2' or '2026-Q3' or '2026-Q4'?)")
        #expect(Cycle.known(cycles, near: "2062-Q4") == " (48 of them; did you mean '2022-Q4' or '2026-Q4'?)")
        #expect(Cycle.known(cycles, near: "fy2030") == " (48 of them)")
        #expect(Cycle.known(Array(cycles.prefix(2)), near: "x") == ": 2015-Q1, 2015-Q2")
    }

    @Test func ambiguousWhenTwoEquallyNearCyclesMatch() async {
        let (_, _, problems) = await graph([
            "portal.yaml": portal + "\n  - {id: h2, start: 2026-07-01, end: 2026-12-31}\n  - {id: h2b, start: 2026-07-01, end: 2026-12-31}\n",
            "okrs/h2/company.md": okrs("  - {title: A}\n"),
            "okrs/h2b/company.md": okrs("  - {title: B}\n"),
            "okrs/2026-Q4/teams/sales.md": okrs("  - {title: S, aligns: company/O1}\n"),
        ])
        #expect(problems.map(\.rule) == [.ambiguousReference])
    }

    @Test func nearestEnclosingCycleWins() async {
        let (g, _, problems) = await graph([
            "portal.yaml": portal + "\n  - {id: h2, start: 2026-07-01, end: 2026-12-31}\n",
            "okrs/2026/company.md": okrs("  - {title: Year}\n"),
            "okrs/h2/company.md": okrs("  - {title: Half}\n"),
            "okrs/2026-Q4/teams/sales.md": okrs("  - {title: S, aligns: company/O1}\n"),
        ])
        #expect(problems.isEmpty)
        #expect(g.outgoing[key("2026-Q4:teams/sales/O1")]![0].target.cycle == "h2")
    }

    @Test func loopsAreReportedOnceAtTheClosingEdge() async {
        let (_, _, problems) = await graph([
            "okrs/2026-Q4/people/ana.md": okrs("  - {title: A, aligns: people/bo/O1}\n"),
            "okrs/2026-Q4/people/bo.md": okrs("  - {title: B, aligns: teams/sales/O1/KR1}\n"),
            "okrs/2026-Q4/teams/sales.md": okrs("  - title: S\n    aligns: people/ana/O1\n    key_results: [{title: K}]\n"),
        ])
        #expect(problems.count == 1)
        #expect(problems[0].rule == .alignmentCycle)
        #expect(problems[0].message.contains("2026-Q4:teams/sales/O1 → 2026-Q4:people/ana/O1 → 2026-Q4:people/bo/O1 → 2026-Q4:teams/sales/O1"))
        #expect(problems[0].location.path == "content/okrs/2026-Q4/people/bo.md", "reported at the aligns entry that closes the loop")
    }

    @Test func selfAndRepeatedAlignmentsAreErrors() async {
        let (_, _, problems) = await graph([
            "okrs/2026-Q4/company.md": okrs("  - {title: C}\n"),
            "okrs/2026-Q4/teams/sales.md": okrs("  - {title: S, aligns: [teams/sales/O1, company/O1, company/o1]}\n"),
        ])
        #expect(problems.map(\.rule) == [.alignmentCycle, .duplicateID])
    }

    @Test func chainClimbsToTheCompanyByTheShortestPath() async {
        let (g, _, _) = await graph([
            "okrs/2026-Q4/company.md": okrs("  - {title: C}\n"),
            "okrs/2026-Q4/teams/sales.md": okrs("  - {title: S, aligns: company/O1}\n"),
            "okrs/2026-Q4/teams/emea.md": okrs("  - {title: E, aligns: teams/sales/O1}\n"),
            "okrs/2026-Q4/teams/ops.md": okrs("  - {title: Lone}\n"),
            "okrs/2026-Q4/people/ana.md": okrs("  - {title: A, aligns: [teams/ops/O1, teams/emea/O1]}\n"),
        ])
        #expect(g.chain(of: key("2026-Q4:people/ana/O1")) == [
            key("2026-Q4:people/ana/O1"), key("2026-Q4:teams/emea/O1"), key("2026-Q4:teams/sales/O1"), key("2026-Q4:company/O1"),
        ])
        #expect(g.chain(of: key("2026-Q4:teams/ops/O1")) == [key("2026-Q4:teams/ops/O1")])
    }

    @Test func largeChainsStayLinear() async {
        // 3,000 objectives in one long chain: memoised, so this finishes at once.
        var files: [String: String] = ["org/people.yaml": (0..<3000).map { "- {id: p\($0), name: P\($0)}" }.joined(separator: "\n")]
        for index in 0..<3000 {
            files["okrs/2026-Q4/people/p\(index).md"] = okrs(index == 0 ? "  - {title: Root}\n" : "  - {title: T, aligns: people/p\(index - 1)/O1}\n")
        }
        let (g, _, problems) = await graph(files)
        #expect(problems.isEmpty)
        #expect(g.chain(of: key("2026-Q4:people/p2999/O1")).count == 3000)
    }
}
