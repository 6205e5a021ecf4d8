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

@Suite struct DemoTests {
    static let golden = fixtures.appendingPathComponent("demo-okrs.json")

    /// The demo in content/ builds without errors, and its export matches the golden file.
    /// Set UPDATE_GOLDEN=1 to rewrite the golden file after an intended change.
    @Test func demoExportMatchesGolden() async throws {
        let folder = try TemporaryFolder()
        let report = await Site.build(BuildOptions(
            contentDirectory: repository.appendingPathComponent("content"), templatesDirectory: nil,
            outputDirectory: folder.url.appendingPathComponent("public"), buildDate: demoDate))
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.errorCount == 0)
        let export = try folder.read("public/okrs.json")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(export.utf8).write(to: Self.golden)
        }
        #expect(export == (try String(contentsOf: Self.golden, encoding: .utf8)))
        let broken = try brokenLinks(in: folder.url.appendingPathComponent("public"))
        #expect(broken.isEmpty, "\(broken.prefix(10))")
        // Every team and person has a page, and a page per cycle in which they have OKRs.
        let json = try JSONSerialization.jsonObject(with: Data(export.utf8)) as! [String: Any]
        for team in json["teams"] as! [[String: Any]] {
            #expect(folder.exists("public/teams/\(team["id"]!)/index.html"))
        }
        for objective in json["objectives"] as! [[String: Any]] {
            let url = (objective["url"] as! String).split(separator: "#")[0]
            #expect(folder.exists("public/\(url)index.html"), "\(url)")
            #expect(folder.exists("public/zh/\(url)index.html"), "\(url)")
        }
    }
}
