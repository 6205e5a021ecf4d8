import Foundation
import OKRTestSupport
import Testing
import OKRModel
@testable import OKRSite

/// `edit_url:` in portal.yaml: owner pages link to their OKR file on the repository's host.
@Suite struct EditLinkTests {
    static func site(editURL: String?) -> [String: String] {
        var site = smallSite
        if let editURL { site["content/portal.yaml"]! += "\nedit_url: \(editURL)\n" }
        return site
    }

    @Test func ownerPagesLinkToTheirFile() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site(editURL: "https://github.com/acme/okrs/edit/main/content"))
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        let edit = "https://github.com/acme/okrs/edit/main/content/okrs"
        #expect(try folder.read("public/people/ana/index.html").contains(#"<p class="edit-link"><a href="\#(edit)/2026-Q4/people/ana.md">Edit this file</a></p>"#))
        #expect(try folder.read("public/zh/people/ana/index.html").contains(#"<a href="\#(edit)/2026-Q4/people/ana.md">编辑此文件</a>"#))
        #expect(try folder.read("public/index.html").contains(#"<a href="\#(edit)/2026-Q4/company.md">"#))
        #expect(try folder.read("public/teams/sales/2026-Q3/index.html").contains(#"<a href="\#(edit)/2026-Q3/teams/sales.md">"#))
        // A writing hint on the team's hints page links to the file too.
        #expect(try folder.read("public/hints/teams/emea/index.html").contains(#" · <a href="\#(edit)/2026-Q4/people/ana.md">Edit this file</a></li>"#))
        // Bo has no file this cycle: nothing to edit.
        #expect(!(try folder.read("public/people/bo/index.html")).contains("edit-link"))
    }

    @Test func noLinkWithoutTheSetting() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site(editURL: nil))
        #expect(await Site.build(options(folder)).succeeded)
        let pages = try allFiles(in: folder.url.appendingPathComponent("public")).filter { $0.key.hasSuffix(".html") }
        #expect(!pages.isEmpty && !pages.values.contains { String(decoding: $0, as: UTF8.self).contains("edit-link") })
    }

    @Test func anAddressThatIsNotHTTPIsAnError() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site(editURL: "javascript:alert(1)"))
        let report = await Site.check(options(folder))
        #expect(report.diagnostics.contains {
            $0.location.path == "content/portal.yaml" && $0.location.line == 6
                && $0.message == "edit_url must be an absolute http(s) address such as https://github.com/acme/okrs/edit/main/content/, found 'javascript:alert(1)'"
        }, "\(report.diagnostics)")
    }
}
