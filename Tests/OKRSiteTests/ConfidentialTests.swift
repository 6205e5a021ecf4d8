import Foundation
import OKRTestSupport
import Testing
import OKRModel
@testable import OKRSite

/// `confidential: true` keeps an objective off the portal while `check` still reads it.
@Suite struct ConfidentialTests {
    /// Sales has a published objective and a confidential one; Ana aligns one objective to
    /// each, and another to the confidential one's key result and sideways to Bo's only
    /// objective, which is confidential too.
    static let site = smallSite.merging([
        "content/okrs/2026-Q4/teams/sales.md": """
        ---
        objectives:
          - title: Win the mid-market
            confidence: 7
            key_results:
              - {title: Mid-market deals reach 40, start: 10, target: 40, current: 20}
              - {title: Win rate rises from 20% to 30%, start: 20, target: 30, current: 24}
          - title: {en: Acquire Rival Ltd, zh: 收购对手公司}
            confidential: true
            confidence: 5
            risks: ["@bo may leave before SECRET-RISK closes"]
            key_results:
              - title: Better documentation
                done: false
                checkins:
                  - {date: 2026-11-02, done: false, note: "SECRET-NOTE the board said yes"}
              - {title: Term sheet signed by December 10, done: true}
        ---
        """,
        "content/okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Help grow
            aligns: [company/O1/KR1, teams/sales/O2]
            key_results:
              - {title: Deals, done: true}
          - title: Prepare the integration of the team we buy
            aligns: [teams/sales/O2/KR2, people/bo/O1]
            key_results:
              - {title: Integration plan approved by December 1, done: false}
        ---
        """,
        "content/okrs/2026-Q4/people/bo.md": """
        ---
        objectives:
          - title: Run the due diligence of Rival Ltd
            confidential: true
            aligns: [teams/sales/O2]
            key_results:
              - {title: Due diligence report by November 30, done: true}
        ---
        """,
    ]) { $1 }

    @Test func leavesNothingOfItOnThePortal() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        // Still checked: the hint on its key result's title is reported where it is written.
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix("teams/sales.md") && $0.location.line == 13 && $0.rule.rawValue == "unmeasurable-key-result" },
                "\(report.diagnostics)")

        let files = try allFiles(in: folder.url.appendingPathComponent("public"))
        for secret in ["Rival", "收购对手", "SECRET-RISK", "SECRET-NOTE", "Term sheet", "Better documentation", "due diligence", "sales/O2", "sales/#O2", "bo/O1", "bo/#O1"] {
            let leaks = files.filter { String(decoding: $0.value, as: UTF8.self).localizedCaseInsensitiveContains(secret) }.keys.sorted()
            #expect(leaks.isEmpty, "'\(secret)' is published in \(leaks.prefix(5))")
        }
        #expect(try brokenLinks(in: folder.url.appendingPathComponent("public")).isEmpty)
    }

    @Test func saysWhatIsLeftOutWithoutNamingIt() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site)
        #expect(await Site.build(options(folder)).succeeded)

        let sales = try folder.read("public/teams/sales/index.html")
        #expect(sales.contains(#"<p class="confidential-note">1 confidential objective is not published here.</p>"#))
        #expect(sales.contains("Win the mid-market") && sales.contains(#"<span class="count">1 objective</span>"#))
        #expect(try folder.read("public/zh/teams/sales/index.html").contains(#"<p class="confidential-note">1 个保密目标不在门户公开。</p>"#))

        // Ana's first objective serves the company and, unnamed, the confidential one; her
        // second serves only confidential ones, and is not called unaligned.
        let ana = try folder.read("public/people/ana/index.html")
        #expect(ana.contains(#"<span class="also">(+ a confidential objective, not published)</span></p>"#))
        #expect(ana.contains(#"<p class="serves"><span class="line-label">Serves</span> 2 confidential objectives, not published</p>"#))
        #expect(!ana.contains("Not aligned"))

        // Bo wrote OKRs: his page says one is confidential, not that he has none, and the
        // dashboard does not chase him for them.
        let bo = try folder.read("public/people/bo/index.html")
        #expect(bo.contains("1 confidential objective is not published here.") && !bo.contains("No OKRs for this cycle."))
        #expect(!(try folder.read("public/dashboard/2026-Q4/follow-up.csv")).contains("no-okrs,bo,"))
    }

    @Test func mustBeTrueOrFalse() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: Win the mid-market\n    confidential: secret\n    key_results:\n      - {title: Deals reach 40, start: 10, target: 40}\n---\n",
        ]) { $1 })
        let report = await Site.check(options(folder))
        #expect(report.diagnostics.contains { $0.location.line == 4 && $0.location.column == 19 && $0.message == "confidential must be true or false, found 'secret'" },
                "\(report.diagnostics)")
    }
}
