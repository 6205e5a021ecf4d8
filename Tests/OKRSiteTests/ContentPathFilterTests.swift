import Foundation
import OKRModel
import OKRTestSupport
import Testing
@testable import OKRSite

/// `check FILE…` reports the problems of the files and folders named, however they are
/// written (relative, absolute, through a link), and refuses a path outside the content.
@Suite struct ContentPathFilterTests {
    func problem(_ path: String) -> Diagnostic {
        .warning("stale-key-result", "old", at: SourceLocation(path: path, line: 1, column: 1))
    }

    @Test func matchesFilesAndFoldersInsideTheContent() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("mine.md"),
                                                   withDestinationURL: content.appendingPathComponent("okrs/2026-Q4/people/ana.md"))
        let filter = try ContentPathFilter([
            content.path + "/okrs/2026-Q4/../2026-Q4/people/ana.md", folder.url.appendingPathComponent("mine.md").path,
            content.appendingPathComponent("okrs/2026-Q3").path,
        ], contentFolder: content)
        #expect(filter.contains(problem("content/okrs/2026-Q4/people/ana.md")))
        #expect(filter.contains(problem("content/okrs/2026-Q3/teams/sales.md")))
        #expect(!filter.contains(problem("content/okrs/2026-Q4/company.md")))
        #expect(!filter.contains(problem("content/okrs/2026-Q30/x.md")), "a folder is matched whole")
        let everything = try ContentPathFilter([content.path + "/"], contentFolder: content)
        #expect(everything.contains(problem("content/portal.yaml")))
    }

    @Test func refusesWhatIsNotThere() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let content = folder.url.appendingPathComponent("content")
        #expect(throws: ContentPathFilter.Refused.self) { try ContentPathFilter([content.path + "/okrs/nope.md"], contentFolder: content) }
        #expect(throws: ContentPathFilter.Refused.self) { try ContentPathFilter([folder.url.path], contentFolder: content) }
    }
}
