import Testing
import OKRModel
import OKRRender

/// `diff` links each change to the objective on the published portal: the current cycle's
/// objectives at their owner's page, other cycles' under the cycle, key results by anchor.
@Suite struct ObjectiveLinksTests {
    @Test func linksFollowTheSiteAddresses() {
        let here = SourceLocation(path: "p", line: 1, column: 1)
        let cycles = [
            Cycle(id: "2026-Q3", name: "Q3", start: Day(iso: "2026-07-01")!, end: Day(iso: "2026-09-30")!, location: here),
            Cycle(id: "2026-Q4", name: "Q4", start: Day(iso: "2026-10-01")!, end: Day(iso: "2026-12-31")!, location: here),
        ]
        let content = PortalContent(config: PortalConfig(cycles: cycles), company: Company(name: "C"), people: [], teams: [], okrSets: [])
        let links = ObjectiveLinks(content: content, buildDate: Day(iso: "2026-11-20")!, baseURL: "https://okrs.example.com")
        #expect(links.url(ObjectiveKey(cycle: "2026-Q4", owner: .team("sales"), objective: "O1")) == "https://okrs.example.com/teams/sales/#O1")
        #expect(links.url(ObjectiveKey(cycle: "2026-Q3", owner: .person("ana"), objective: "O2"), keyResult: "KR1") == "https://okrs.example.com/people/ana/2026-Q3/#O2-KR1")
        #expect(links.url(ObjectiveKey(cycle: "2026-Q4", owner: .company, objective: "")) == "https://okrs.example.com/company/", "a whole OKR file")
    }
}
