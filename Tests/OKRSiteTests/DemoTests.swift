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
        // The year's company objectives sit a row above the quarter's, which point straight
        // up to them rather than sideways along one row.
        let company = try folder.read("public/company/index.html")
        let boxes = try NSRegularExpression(pattern: #"<a class="map-node[^"]*" href="\.\./company/([^"]*)"[^>]*data-node="(\d+)" data-row="(\d+)""#)
        let rows = Dictionary(uniqueKeysWithValues: boxes.matches(in: company, range: NSRange(company.startIndex..., in: company)).map { match in
            let part = { (group: Int) in String(company[Range(match.range(at: group), in: company)!]) }
            return (part(1), (node: part(2), row: part(3)))
        })
        #expect(rows["2026/#O1"]?.row == "0" && rows["2026/#O2"]?.row == "0" && rows["2026/#O3"]?.row == "0", "\(rows)")
        #expect(rows["#O1"]?.row == "1" && rows["#O2"]?.row == "1" && rows["#O3"]?.row == "1", "\(rows)")
        if let quarter = rows["#O1"]?.node, let year = rows["2026/#O1"]?.node {
            #expect(company.contains(#"<path data-from="\#(quarter)" data-to="\#(year)" d="M348,154V98"/>"#))
        }
    }

    /// The demo's text hints are its deliberate mistakes and no more. The text rules are word
    /// lists and shapes tuned on a labelled corpus, and a change that scores well there can
    /// still flood titles written elsewhere: a routine rule tried on 2026-12-05 reached
    /// 0.91/0.88 on the corpus's evaluation half and added 21 false warnings here. A new text
    /// hint on the demo has to be meant: change this list with it.
    @Test func demoTextHintsAreItsDeliberateMistakes() async throws {
        let report = await Site.check(BuildOptions(
            contentDirectory: repository.appendingPathComponent("content"), templatesDirectory: nil,
            outputDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("unused"), buildDate: demoDate))
        let textRules: Set<String> = ["bare-phrase-objective", "status-quo-objective", "routine-objective", "unmeasurable-key-result", "task-key-result"]
        let found = report.diagnostics.filter { textRules.contains($0.rule.rawValue) }.map { diagnostic in
            "\(diagnostic.location.path.split(separator: "content/").last ?? ""):\(diagnostic.location.line) \(diagnostic.rule.rawValue)"
        }
        #expect(found.sorted() == [
            "okrs/2026-Q3/people/mateo.md:12 task-key-result",
            "okrs/2026-Q4/people/ben.md:3 status-quo-objective",
            "okrs/2026-Q4/people/dmitri.md:3 bare-phrase-objective",
            "okrs/2026-Q4/people/fang.yi.md:3 bare-phrase-objective",
            "okrs/2026-Q4/people/fang.yi.md:6 task-key-result",
            "okrs/2026-Q4/people/huang.xin.md:3 routine-objective",
            "okrs/2026-Q4/people/nadia.md:6 unmeasurable-key-result",
            "okrs/2026-Q4/teams/customer-success.md:18 unmeasurable-key-result",
        ])
    }
}
