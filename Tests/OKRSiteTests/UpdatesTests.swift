import Foundation
import OKRTestSupport
import Testing
import OKRModel
@testable import OKRSite

/// `/updates/`: the check-ins of the seven days up to the build date, by team, with what
/// moved, what was completed and who went quiet.
@Suite struct UpdatesTests {
    static let site: [String: String] = [
        "content/portal.yaml": "title: T\nlanguages: [en, zh]\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\nhints: {stale_days: 14}\n",
        "content/org/teams.yaml": "- {id: sales, name: Sales}\n- {id: emea, name: EMEA, parent: sales}\n",
        "content/org/people.yaml": "- {id: ana, name: Ana, team: emea}\n- {id: bo, name: Bo, team: sales}\n",
        "content/okrs/2026-Q4/company.md": "---\nobjectives:\n  - {title: Grow, key_results: [{title: Revenue from 0 to 10, start: 0, target: 10, unit: M, checkins: [{date: 2026-11-10, value: 4}, {date: 2026-11-18, value: 6, confidence: 6}]}]}\n---\n",
        "content/okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Sign partners
            key_results:
              - {title: Partners from 2 to 5, start: 2, target: 5, checkins: [{date: 2026-11-12, value: 4, confidence: 7}, {date: 2026-11-19, value: 5, confidence: 8, note: "Signed Iberia"}]}
              - {title: Launch the portal, done: false, checkins: [{date: 2026-11-20, done: true}]}
              - {title: Old news, progress: 0.1, checkins: [{date: 2026-11-01, progress: 0.3}]}
              - {title: Demos from 0 to 4, start: 0, target: 4, checkins: [{date: 2026-11-20, value: 2}]}
        ---
        """,
        "content/okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - {title: Hire, key_results: [{title: Hires from 0 to 3, start: 0, target: 3, checkins: [{date: 2026-10-20, value: 1}]}]}\n---\n",
    ]

    @Test func theWeekByTeamWithMovesCompletionsAndQuietPeople() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site)
        #expect(await Site.build(options(folder)).succeeded)
        let overview = try folder.read("public/updates/index.html")
        #expect(overview.contains("2026-11-14 – 2026-11-20"))
        // Company: one check-in in the week, 4 → 6 M, confidence given only now.
        #expect(overview.contains(#"Revenue from 0 to 10: 4 M → 6 M"#))
        // Counts: 4 check-ins (one company, three Ana's; Ana's of 2026-11-01 is older), Bo quiet.
        #expect(overview.contains("<dt>Check-ins</dt><dd>4</dd>"))
        #expect(overview.contains("<dt>Key results completed</dt><dd>2</dd>"))
        #expect(overview.contains(#"<a href="../updates/2026-Q4/teams/sales/">Sales</a></th><td>0</td><td>3</td><td>1</td>"#))
        #expect(!overview.contains("Partners from 2 to 5"), "a team's check-ins are on its own page")

        let emea = try folder.read("public/updates/2026-Q4/teams/emea/index.html")
        #expect(emea.contains(#"Partners from 2 to 5: 4 → 5 <span class="tag band-good">Completed</span> Confidence 7 → 8 <q>Signed Iberia</q></li>"#))
        #expect(emea.contains(#"Launch the portal: ✗ → ✓ <span class="tag band-good">Completed</span>"#))
        #expect(!emea.contains("Old news"))
        // One group per owner and day, newest first: owner and date are said once for Ana's
        // two key results of 2026-11-20.
        #expect(emea.contains(#"<li><a href="../../../../people/ana/">Ana</a> <span class="dates">2026-11-20</span><ul><li><a href="../../../../people/ana/#O1-KR2">O1/KR2</a> Launch the portal: "#))
        #expect(emea.contains(#"<li><a href="../../../../people/ana/#O1-KR4">O1/KR4</a> Demos from 0 to 4: 0 → 2</li>"#))
        #expect(emea.components(separatedBy: #">Ana</a> <span class="dates">"#).count == 3, "two days, two groups")
        let sales = try folder.read("public/updates/2026-Q4/teams/sales/index.html")
        #expect(sales.contains(#"<ul class="quiet-people"><li><a href="../../../../people/bo/">Bo</a></li></ul>"#))
        #expect(sales.contains(#"<a href="../../../../updates/2026-Q4/teams/emea/">EMEA</a></th><td>3</td><td>3</td><td>0</td>"#))
        #expect(try folder.read("public/zh/updates/index.html").contains("本周动态"))
        // Who counts as quiet is said with the portal's number of days, not the setting's name.
        #expect(overview.contains("<dt>No check-in for over 14 days</dt><dd>1</dd>"))
        #expect(sales.contains(#"<h2 id="quiet-title">No check-in for over 14 days</h2>"#))
        #expect(try folder.read("public/zh/updates/index.html").contains("<dt>超过 14 天未更新</dt>"))
        try folder.write(["content/portal.yaml": Self.site["content/portal.yaml"]!.replacingOccurrences(of: "stale_days: 14", with: "stale_days: 21")])
        #expect(await Site.build(options(folder)).succeeded)
        #expect(try folder.read("public/updates/index.html").contains("<dt>No check-in for over 21 days</dt>"))
        // Every page links to it.
        #expect(try folder.read("public/people/ana/index.html").contains(#"<a href="../../updates/">Updates</a>"#))
    }
}
