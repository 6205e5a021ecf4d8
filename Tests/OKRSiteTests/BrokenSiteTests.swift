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

@Suite struct BrokenSiteTests {
    static let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("broken").path).sorted()) ?? []

    @Test(arguments: names)
    func reportsExactDiagnostics(_ name: String) async throws {
        let folder = fixtures.appendingPathComponent("broken/\(name)")
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        let report = await Site.check(BuildOptions(
            contentDirectory: folder.appendingPathComponent("content"), outputDirectory: folder.appendingPathComponent("unused"), buildDate: demoDate))
        #expect(!report.succeeded)
        // The fixtures are about errors; writing hints (warnings) have their own tests.
        #expect(DiagnosticFormat.text.format(report.diagnostics.filter { $0.severity == .error }) == expected)
    }

    @Test func thereAreFixtures() {
        #expect(Self.names.count >= 8)
    }
}
