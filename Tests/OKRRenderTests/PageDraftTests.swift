import Testing
@testable import OKRRender

/// A draft's stand-ins become the page's relative root and its own path.
@Suite struct PageDraftTests {
    let root = PageDraft.rootStandIn
    let path = PageDraft.pathStandIn

    func filled(_ html: String) -> String {
        String(decoding: PageDraft(html: html).filled(root: "../../", pagePath: "people/李/"), as: UTF8.self)
    }

    @Test func standInsAnywhereAreReplaced() {
        #expect(filled("") == "")
        #expect(filled("<p>中文 only</p>") == "<p>中文 only</p>")
        #expect(filled("\(root)") == "../../")
        #expect(filled("\(root)\(path)\(root)") == "../../people/李/../../")
        #expect(filled("<a href=\"\(root)teams/\">团队</a><link href=\"\(path)\">é\(root)") == "<a href=\"../../teams/\">团队</a><link href=\"people/李/\">é../../")
    }

    @Test func pagesGetTheirDepth() {
        let draft = PageDraft(html: "<a href=\"\(root)\">home</a> \(path)")
        #expect(draft.page(at: "people/ana/", prefix: "zh/").contents == "<a href=\"../../../\">home</a> people/ana/")
        #expect(draft.page(at: "", prefix: "").contents == "<a href=\"./\">home</a> ")
        #expect(draft.page(at: "people/ana/", prefix: "zh/").path == "zh/people/ana/index.html")
    }
}
