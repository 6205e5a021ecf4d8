import Foundation
import OKRTestSupport
import Testing
@testable import OKRSite

/// The office screen (`/tv/`): the company's current cycle on one page for a wall display,
/// without the site's navigation, reloading itself. Built from the dashboard's small company
/// (build date 2026-11-20).
@Suite struct ScreenTests {
    func build(_ changes: [String: String?] = [:]) async throws -> TemporaryFolder {
        try await DashboardTests.build(changes)
    }

    @Test func showsTheCompanysCycleOnOneScreenThatReloads() async throws {
        let folder = try await build()
        let page = try folder.read("public/tv/index.html")
        #expect(page.contains("<body class=\"tv\" data-refresh=\"600\">"), "a wall display picks up new builds by itself")
        #expect(!page.contains("site-nav") && !page.contains("site-search") && !page.contains("site-footer"), "no navigation on a screen nobody clicks")
        #expect(page.contains("<h1>Counting Co</h1>"))
        #expect(page.contains("<p>2026-Q4 <span class=\"dates\">"))
        #expect(page.contains("<dt>People with OKRs</dt><dd>2 / 4 <span class=\"figure-share\">50%</span>"))
        // Ana's check-in of 2026-11-15 is the only one in the seven days up to the build date.
        #expect(page.contains("<dt>Check-ins, last 7 days</dt><dd>1</dd>"))
        #expect(page.contains("<span class=\"okr-id\">O1</span> Grow revenue to ten</h2>"))
        #expect(page.contains("<b>KR1</b> Revenue reaches 10</span> <span class=\"measure\">4 / 10 (from 0)</span>"))
        #expect(page.contains("<progress max=\"100\" value=\"40\"></progress> 40%"))
        #expect(page.contains("Built on 2026-11-20 · reloads every 10 minutes"))
        // Only the company's own objectives: a team's stays on its page.
        #expect(!page.contains("Win the region"))

        let chinese = try folder.read("public/zh/tv/index.html")
        #expect(chinese.contains("<dt>近 7 天更新</dt><dd>1</dd>"))
        #expect(chinese.contains("每 10 分钟自动刷新"))

        let dashboard = try folder.read("public/dashboard/index.html")
        #expect(dashboard.contains("<a href=\"../tv/\">Office screen</a>"), "the dashboard says where the screen is")
        let home = try folder.read("public/index.html")
        #expect(home.contains("class=\"site-nav\"") && home.contains("class=\"site-footer\""), "other pages keep the layout's header and footer")
        #expect(home.contains("<body>\n"), "only the screen reloads by itself")
    }

    /// A team named under `screens:` has a screen of its own: its objectives, its figures with
    /// its sub-teams counted in, linked from its page. Other teams have none.
    @Test func aTeamNamedInPortalYAMLHasAScreenOfItsOwn() async throws {
        var portal = DashboardTests.site["content/portal.yaml"]!
        portal += "\nscreens: [sales]\n"
        let folder = try await build(["content/portal.yaml": portal])
        let page = try folder.read("public/tv/teams/sales/index.html")
        #expect(page.contains("<h1>Sales</h1>"))
        #expect(page.contains("<dt>Team progress</dt><dd>60%</dd>"), "the team's own OKRs")
        // Sales counts EMEA: three people, two with OKRs, Ana's check-in of the week.
        #expect(page.contains("<dt>People with OKRs</dt><dd>2 / 3 <span class=\"figure-share\">67%</span>"))
        #expect(page.contains("<dt>Check-ins, last 7 days</dt><dd>1</dd>"))
        #expect(page.contains("<span class=\"okr-id\">O1</span> Win the region&#39;s big accounts</h2>"))
        #expect(!page.contains("Grow revenue to ten"), "the company's objectives stay on the company's screen")
        #expect(try folder.read("public/zh/tv/teams/sales/index.html").contains("<dt>团队进度</dt>"))
        #expect(try folder.read("public/teams/sales/index.html").contains(#"<p class="team-screen-link"><a href="../../tv/teams/sales/">This team&#39;s office screen</a></p>"#))
        #expect(!folder.exists("public/tv/teams/emea/index.html"))
        #expect(!(try folder.read("public/teams/emea/index.html")).contains("team-screen-link"))

        let wrong = try TemporaryFolder()
        try wrong.write(DashboardTests.site.merging(["content/portal.yaml": DashboardTests.site["content/portal.yaml"]! + "\nscreens: [sale]\n"]) { $1 })
        let report = await Site.check(options(wrong))
        #expect(report.diagnostics.map(\.message).contains("screens names team 'sale', which is not defined; did you mean 'sales'?"))
    }

    @Test func saysWhenThereIsNothingToShow() async throws {
        let noCompanyOKRs = try await build(["content/okrs/2026-Q4/company.md": nil, "content/okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: Win the region's big accounts\n    key_results:\n      - {title: Accounts reach 5, start: 0, target: 5, current: 3}\n---\n"])
        let page = try noCompanyOKRs.read("public/tv/index.html")
        #expect(page.contains("No objectives for this cycle yet."))
        #expect(!page.contains("screen-objectives\"><li"))

        let noCycles = try TemporaryFolder()
        try noCycles.write([
            "content/portal.yaml": "title: Counting Co\n",
            "content/company.md": "---\nname: Counting Co\n---\n",
        ])
        #expect(await Site.build(options(noCycles)).succeeded)
        let empty = try noCycles.read("public/tv/index.html")
        #expect(empty.contains("No cycles are defined yet."))
        #expect(!empty.contains("<dl class=\"figures\">"))
    }
}
