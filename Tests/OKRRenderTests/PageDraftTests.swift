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

    /// Links within the page's own language start from that language's root, not from the
    /// site's root and back down; links to the site's root and to other languages do not.
    @Test func linksIntoTheOwnLanguageStartFromItsRoot() {
        let draft = PageDraft(html: "<a href=\"\(root)zh/company/\">公司</a><a href=\"\(root)zh/\">首页</a><link href=\"\(root)assets/style.css\"><a href=\"\(root)\(path)\">en</a><a href=\"\(root)zhx/\">x</a>\(root)zh")
        #expect(draft.page(at: "people/ana/", prefix: "zh/").contents
            == "<a href=\"../../company/\">公司</a><a href=\"../../\">首页</a><link href=\"../../../assets/style.css\"><a href=\"../../../people/ana/\">en</a><a href=\"../../../zhx/\">x</a>../../../zh")
        #expect(draft.page(at: "", prefix: "zh/").contents.hasPrefix("<a href=\"./company/\">公司</a><a href=\"./\">首页</a><link href=\"../assets/style.css\">"))
        #expect(draft.page(at: "people/ana/", prefix: "").contents.hasPrefix("<a href=\"../../zh/company/\">"), "the first language's pages link into zh/ as before")
    }
}
