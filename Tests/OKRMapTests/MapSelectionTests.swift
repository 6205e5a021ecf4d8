import Testing
import OKRGraph
import OKRLoader
import OKRModel
import OKRTestSupport
@testable import OKRMap

/// company ← sales ← emea ← ana, and ops ← bo, in one quarter.
func content() async -> (PortalContent, AlignmentGraph) {
    let site = InlineSite([
        "portal.yaml": "title: T\ncycles:\n  - {id: \"2026\", start: 2026-01-01, end: 2026-12-31}\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
        "org/teams.yaml": "- {id: sales, name: Sales}\n- {id: emea, name: EMEA, parent: sales}\n- {id: ops, name: Ops}\n",
        "org/people.yaml": "- {id: ana, name: Ana, team: emea}\n- {id: bo, name: Bo, team: ops}\n",
        "okrs/2026/company.md": okrs("  - {title: Year}\n"),
        "okrs/2026-Q4/company.md": okrs("  - {title: Quarter, aligns: ['2026:company/O1']}\n  - {title: Other}\n"),
        "okrs/2026-Q4/teams/sales.md": okrs("  - {title: Sell, aligns: [company/O1]}\n"),
        "okrs/2026-Q4/teams/emea.md": okrs("  - {title: EMEA, aligns: [teams/sales/O1]}\n"),
        "okrs/2026-Q4/teams/ops.md": okrs("  - {title: Ship, aligns: [company/O2, teams/sales/O1]}\n"),
        "okrs/2026-Q4/people/ana.md": okrs("  - {title: Ana's, aligns: [teams/emea/O1]}\n"),
        "okrs/2026-Q4/people/bo.md": okrs("  - {title: Bo's, aligns: [teams/ops/O1]}\n"),
    ])
    let (content, graph, problems, errors) = await site.resolve()
    precondition(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
    precondition(errors.isEmpty, "\(errors)")
    return (content, graph)
}

func names(_ selection: MapSelection) -> [String] { selection.objectives.map(\.description) }

@Suite struct MapSelectionTests {
    @Test func overviewShowsEveryObjectiveOfTheCyclePeopleIncluded() async {
        let (content, graph) = await content()
        let order = OwnerOrder(teams: content.teams, people: content.people)
        let selection = MapSelection.overview(cycle: "2026-Q4", graph: graph, content: content, order: order)
        #expect(names(selection) == [
            "2026:company/O1", "2026-Q4:company/O1", "2026-Q4:company/O2",
            "2026-Q4:teams/ops/O1", "2026-Q4:teams/sales/O1", "2026-Q4:teams/emea/O1",
            "2026-Q4:people/bo/O1", "2026-Q4:people/ana/O1",
        ])
        #expect(selection.edges.count == 7)
        #expect(selection.omitted == 0 && selection.omittedByLevel.isEmpty)
    }

    @Test func overviewCutsWholeLevelsAtTheLimitAndSaysWhich() async {
        let (content, graph) = await content()
        let order = OwnerOrder(teams: content.teams, people: content.people)
        let selection = MapSelection.overview(cycle: "2026-Q4", graph: graph, content: content, order: order, limit: 4)
        // Company (2) + top-level teams (2) fit; EMEA's level and the people's do not.
        #expect(names(selection).contains("2026-Q4:teams/ops/O1"))
        #expect(!names(selection).contains("2026-Q4:teams/emea/O1"))
        #expect(selection.omitted == 3)
        #expect(selection.omittedByLevel.map(\.level) == [2, 3] && selection.omittedByLevel.map(\.count) == [1, 2])
    }

    @Test func focusClimbsToTheCompanyAndDescendsToADepth() async {
        let (content, graph) = await content()
        let order = OwnerOrder(teams: content.teams, people: content.people)
        let sales = ObjectiveKey(cycle: "2026-Q4", owner: .team("sales"), objective: "O1")
        let one = MapSelection.focus(on: [sales], graph: graph, order: order, depth: 1, limit: 50)
        // Up the whole way: the quarter's company objective and the year goal it serves.
        #expect(Set(names(one)) == ["2026-Q4:teams/sales/O1", "2026-Q4:company/O1", "2026:company/O1", "2026-Q4:teams/emea/O1", "2026-Q4:teams/ops/O1"])
        let two = MapSelection.focus(on: [sales], graph: graph, order: order, depth: 2, limit: 50)
        #expect(Set(names(two)).isSuperset(of: ["2026-Q4:people/ana/O1", "2026-Q4:people/bo/O1"]))
        // Ops also aligns to company/O2, but that is not on sales' chain: not shown.
        #expect(!names(two).contains("2026-Q4:company/O2"))
        let ana = ObjectiveKey(cycle: "2026-Q4", owner: .person("ana"), objective: "O1")
        let chain = MapSelection.focus(on: [ana], graph: graph, order: order, depth: 2, limit: 50)
        #expect(names(chain) == ["2026:company/O1", "2026-Q4:company/O1", "2026-Q4:teams/sales/O1", "2026-Q4:teams/emea/O1", "2026-Q4:people/ana/O1"])
    }

    @Test func focusCountsWhatTheLimitLeavesOut() async {
        let (content, graph) = await content()
        let order = OwnerOrder(teams: content.teams, people: content.people)
        let company = ObjectiveKey(cycle: "2026-Q4", owner: .company, objective: "O1")
        let selection = MapSelection.focus(on: [company], graph: graph, order: order, depth: 3, limit: 3)
        #expect(selection.objectives.count == 3)
        #expect(selection.omitted > 0)
    }

    @Test func teamsAreOrderedAsTheTree() async {
        let (content, _) = await content()
        let order = OwnerOrder(teams: content.teams, people: content.people)
        // Depth first: sales is followed by its child emea; people follow their teams.
        #expect(order.position(of: .team("ops")) < order.position(of: .team("sales")))
        #expect(order.position(of: .team("sales")) < order.position(of: .team("emea")))
        #expect(order.position(of: .person("bo")) < order.position(of: .person("ana")))
    }
}
