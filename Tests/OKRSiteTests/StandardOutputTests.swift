import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OKRSupport
import OKRTestSupport
import Synchronization
import Testing
import OKRModel
import OKRRender
@testable import OKRSite

@Suite struct StandardOutputTests {
    @Test func notFoundPageFeedsAndSitemap() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/portal.yaml": smallSite["content/portal.yaml"]! + "\nbase_url: https://example.com/okrs\n",
            "content/okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: Grow & win\n    aligns: company/O1\n    key_results:\n      - {title: A <b>, target: 9, unit: deals, checkins: [{date: 2026-10-05, value: 2, note: \"R&D done\"}, {date: 2026-10-12, value: 4}]}\n---\n",
        ]) { $1 })
        #expect(await Site.build(options(folder)).succeeded)
        let notFound = try folder.read("public/404.html")
        #expect(notFound.contains("href=\"/okrs/assets/style.css\""), "the 404 page links from the site's root path")
        #expect(notFound.contains("href=\"/okrs/people/\""))

        let team = try folder.read("public/teams/sales/feed.xml")
        #expect(team.contains("<title>Bo: A &lt;b&gt;</title>"))
        #expect(team.contains("<summary>4 / 9 deals</summary>"))
        #expect(team.contains("<summary>2 / 9 deals — R&amp;D done</summary>"))
        #expect(team.contains("<link href=\"https://example.com/okrs/people/bo/#O1-KR1\"/>"))
        #expect(team.firstRange(of: "2026-10-12")!.lowerBound < team.firstRange(of: "2026-10-05")!.lowerBound, "newest first")
        #expect(try XMLDocument(xmlString: team).rootElement()?.name == "feed")
        #expect(folder.exists("public/feed.xml") && folder.exists("public/teams/emea/feed.xml"))

        let sitemap = try folder.read("public/sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.com/okrs/people/bo/</loc>"))
        #expect(!sitemap.contains("/zh/"), "one entry per page; languages are linked with hreflang")
        #expect(!sitemap.contains("people/bo/2026-Q4/") && sitemap.contains("teams/sales/2026-Q3/"), "no redirect pages")
        #expect(try XMLDocument(xmlString: sitemap).rootElement()?.name == "urlset")
        #expect(try folder.read("public/index.html").contains("type=\"application/atom+xml\" href=\"./feed.xml\""))
    }

    /// A feed holds the 50 newest check-ins, and on the day where it is cut, the ones with
    /// the greater reference: three KRs with 20 check-ins on the same days give 60, so the
    /// 17th newest day shows its KR3 and KR2 check-ins and not its KR1 one.
    @Test func feedsKeepTheNewestFiftyAndBreakTiesByReference() async throws {
        let folder = try TemporaryFolder()
        let days = (0..<20).map { "2026-10-\(String(format: "%02d", $0 + 1))" }
        let checkIns = days.enumerated().map { "{date: \($1), value: \($0)}" }.joined(separator: ", ")
        let keyResults = (1...3).map { "      - {title: K\($0), target: 99, checkins: [\(checkIns)]}" }.joined(separator: "\n")
        try folder.write(smallSite.merging([
            "content/okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: Many check-ins\n    key_results:\n\(keyResults)\n---\n",
        ]) { $1 })
        #expect(await Site.build(options(folder)).succeeded)
        let all = (1...3).flatMap { kr in (1...20).map { (day: days[$0 - 1], reference: "2026-Q4:people/bo/O1/KR\(kr)#\($0)") } }
        let expected = all.sorted { ($0.day, $0.reference) > ($1.day, $1.reference) }.prefix(50).map(\.reference)
        #expect(expected.suffix(3) == ["2026-Q4:people/bo/O1/KR1#5", "2026-Q4:people/bo/O1/KR3#4", "2026-Q4:people/bo/O1/KR2#4"])
        for feed in ["public/feed.xml", "public/teams/sales/feed.xml"] {
            let ids = try folder.read(feed).matches(of: /<entry><title>[^\n]*?<\/title><id>[^<]*small---co\/([^<]*)<\/id>/).map { String($0.1) }
            #expect(ids == Array(expected), "\(feed)")
        }
    }

    @Test func withoutBaseURLThereIsNoSitemapAndThe404LinksFromSlash() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        #expect(await Site.build(options(folder)).succeeded)
        #expect(!folder.exists("public/sitemap.xml"))
        #expect(try folder.read("public/404.html").contains("href=\"/assets/style.css\""))
        #expect(try folder.read("public/feed.xml").contains("<id>tag:okr-portal,2026:small---co/feed.xml</id>"))
    }

    @Test func baseURLMustBeAbsolute() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["content/portal.yaml": smallSite["content/portal.yaml"]! + "\nbase_url: okrs.example.com\n"]) { $1 })
        let report = await Site.check(options(folder))
        #expect(report.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column) \($0.rule.rawValue)" } == ["6:11 wrong-type"])
    }
}
