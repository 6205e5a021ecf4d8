import Foundation
import OKRTestSupport
import Testing
import OKRModel
@testable import OKRSite

/// Hints that come with the passing of days, on unchanged sources: quiet on the pages, not a
/// gate failure unless asked for, and a portal can be built as of a fixed day.
@Suite struct TimeDependentHintTests {
    static func site(portalExtra: String = "") -> [String: String] {
        [
            "content/portal.yaml": "title: T\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n" + portalExtra,
            "content/org/people.yaml": "- {id: ana, name: Ana}\n",
            "content/okrs/2026-Q4/company.md": """
            ---
            objectives:
              - title: Win the Spanish market
                confidence: 7
                key_results:
                  - {title: Customers grow from 100 to 300, start: 100, target: 300, checkins: [{date: 2026-11-16, value: 150, confidence: 7}]}
                  - {title: Monthly churn falls from 5% to 2%, start: 5, target: 2, checkins: [{date: 2026-11-16, value: 4, confidence: 7}]}
            ---
            """,
            "content/okrs/2026-Q4/people/ana.md": """
            ---
            objectives:
              - title: Grow partner revenue in Spain
                aligns: [company/O1]
                confidence: 7
                key_results:
                  - title: Partners signed grow from 2 to 10
                    start: 2
                    target: 10
                    checkins:
                      - {date: 2026-10-05, value: 4, confidence: 7}
                  - title: Partner revenue grows from 10 to 40 kEUR
                    start: 10
                    target: 40
                    checkins:
                      - {date: 2026-11-16, value: 20, confidence: 7}
            ---
            """,
        ]
    }

    func options(_ folder: TemporaryFolder, strict: Bool, on day: String) -> BuildOptions {
        BuildOptions(
            contentDirectory: folder.url.appendingPathComponent("content"), outputDirectory: folder.url.appendingPathComponent("public"),
            strict: strict, buildDate: Day(iso: day)!)
    }

    @Test func aQuietKeyResultIsANoteNotASuggestionBox() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site())
        let report = await Site.build(options(folder, strict: false, on: "2026-11-20"))
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.rule.rawValue) == ["stale-key-result"], "reported by the build all the same")
        let page = try folder.read("public/people/ana/index.html")
        #expect(page.contains(#"<span class="quiet">last check-in 46 days ago</span>"#))
        #expect(!page.contains("no check-in for 46 days"), "no suggestion box for it")
        #expect(page.components(separatedBy: #"class="quiet""#).count == 2, "only the quiet key result")
    }

    @Test func strictDoesNotFailOnTheCalendarUnlessAsked() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site())
        let strict = await Site.check(options(folder, strict: true, on: "2026-11-20"))
        #expect(strict.succeeded && strict.diagnostics.warningCount == 1)
        try folder.write(Self.site(portalExtra: "hints: {strict_time: true}\n"))
        #expect(!(await Site.check(options(folder, strict: true, on: "2026-11-20"))).succeeded)
        // A writing mistake still fails a strict gate.
        var sloppy = Self.site()
        sloppy["content/okrs/2026-Q4/people/ana.md"] = sloppy["content/okrs/2026-Q4/people/ana.md"]!.replacingOccurrences(of: "Grow partner revenue in Spain", with: "Partnerships")
        try folder.write(sloppy)
        #expect(!(await Site.check(options(folder, strict: true, on: "2026-11-20"))).succeeded)
    }

    @Test func asOfFixesTheDayTheSiteIsBuiltAs() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site(portalExtra: "as_of: 2026-11-20\n"))
        // Built months later, the site is still that of 2026-11-20: the cycle runs, nothing
        // asks for a retrospective, one key result has been quiet 46 days.
        let report = await Site.build(options(folder, strict: true, on: "2027-05-01"))
        #expect(report.succeeded && report.diagnostics.map(\.rule.rawValue) == ["stale-key-result"], "\(report.diagnostics)")
        #expect(try folder.read("public/index.html").contains("2026-11-20"))
        // A check-in after the as-of day is in the future for that site.
        var later = Self.site(portalExtra: "as_of: 2026-11-01\n")
        later["content/okrs/2026-Q4/people/ana.md"] = later["content/okrs/2026-Q4/people/ana.md"]!
        try folder.write(later)
        let future = await Site.check(options(folder, strict: false, on: "2027-05-01"))
        #expect(future.diagnostics.contains { $0.severity == .error && $0.message.contains("is in the future (the build date is 2026-11-01)") })
    }
}
