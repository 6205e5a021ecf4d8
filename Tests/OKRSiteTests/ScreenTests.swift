import Foundation
import OKRTestSupport
import Testing
@testable import OKRSite

/// The office screen (`/tv/`): the company's current cycle on one page for a wall display,
/// without the site's navigation, reloading itself. Built from the dashboard's small company
/// (build date 2026-11-20).
@Suite struct ScreenTests {
    func build(_ changes: [String: String?] = [:]) async throws -> TemporaryFolder {
        var site = DashboardTests.site
        for (path, text) in changes { site[path] = text }
        let folder = try TemporaryFolder()
        try folder.write(site)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        return folder
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

    @Test func saysWhenThereIsNothingToShow() async throws {
        let noCompanyOKRs = try await build(["content/okrs/2026-Q4/company.md": nil, "content/okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: Win the region's big accounts\n    key_results:\n      - {title: Accounts reach 5, start: 0, target: 5, current: 3}\n---\n"])
        let page = try noCompanyOKRs.read("public/tv/index.html")
        #expect(page.contains("The company has no objectives in this cycle yet."))
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
