import Foundation
import OKRTestSupport
import Testing
@testable import OKRRender
@testable import OKRSite

/// The theme check reads each page template with the view model `PageKind.model` names:
/// every page the demo renders is made from that model.
@Suite struct PageModelTests {
    @Test func eachPageKindIsRenderedWithTheModelItNames() async throws {
        let loaded = await Site.load(BuildOptions(
            contentDirectory: repository.appendingPathComponent("content"), templatesDirectory: nil,
            outputDirectory: URL(fileURLWithPath: "/nonexistent/public"), buildDate: demoDate))
        let theme = try #require(loaded.theme)
        let index = SiteIndex(content: loaded.content, graph: loaded.graph, findings: loaded.findings, buildDate: demoDate)
        let renderer = SiteRenderer(index: index, theme: theme)
        var kinds: Set<PageKind> = []
        for job in renderer.jobs() where job.language == "en" {
            let views = ViewBuilder(index: index, language: "en", strings: try #require(renderer.strings["en"]).byName, base: "")
            let (kind, _, model) = renderer.pageModel(job.subject, views: views)
            #expect(String(describing: type(of: model)) == kind.model, "\(job.subject)")
            kinds.insert(kind)
        }
        #expect(kinds == Set(PageKind.allCases))
    }
}
