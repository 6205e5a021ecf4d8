import Foundation
import OKRTestSupport
import Testing
import OKRDiff
import OKRLoader
import OKRModel
@testable import OKRSite

/// `diff` over a real git repository: two commits of the small site, then an edit in the
/// working tree that is not committed.
@Suite struct DiffTests {
    func git(_ arguments: [String], in folder: TemporaryFolder) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.url.path, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        try git(["init", "-q"], in: folder)
        try git(["add", "-A"], in: folder)
        try git(["commit", "-q", "-m", "first"], in: folder)
        try folder.write([
            "content/okrs/2026-Q4/people/ana.md": "---\nobjectives:\n  - title: Help grow revenue\n    key_results:\n      - {title: Deals, done: true}\n---\n",
        ])
        try git(["commit", "-q", "-am", "second"], in: folder)
        return folder
    }

    @Test func comparesTwoCommitsAndTheWorkingTree() async throws {
        let folder = try repository()
        let commits = try await Site.diff(options(folder), base: "HEAD~1", head: "HEAD")
        #expect(commits.changes.map { "\($0.kind.rawValue) \($0.reference)" }.sorted() == [
            "link-removed 2026-Q4:people/ana/O1", "lost-contributors 2026-Q4:company/O1", "retitled 2026-Q4:people/ana/O1",
            "unaligned 2026-Q4:people/ana/O1",
        ])
        #expect(commits.base == "HEAD~1" && commits.head == "HEAD")

        // An uncommitted edit is compared against HEAD without touching the working tree.
        let company = "content/okrs/2026-Q4/company.md"
        try folder.write([company: try folder.read(company).replacing("current: 4", with: "current: 5")])
        let before = try folder.read(company)
        let working = try await Site.diff(options(folder), base: "HEAD", head: nil)
        #expect(working.head == "the working tree")
        #expect(working.changes.map { "\($0.kind.rawValue) \($0.reference) \($0.from ?? "") \($0.to ?? "")" } == [
            "progress 2026-Q4:company/O1 40% 50%", "progress 2026-Q4:company/O1/KR1 40% 50%",
        ])
        #expect(try folder.read(company) == before)
    }

    @Test func aRevisionThatIsNotThereIsSaidInWords() async throws {
        let folder = try repository()
        await #expect {
            _ = try await Site.diff(options(folder), base: "no-such-branch", head: nil)
        } throws: { error in
            "\(error)" == "'no-such-branch' is not a commit in this repository"
        }
        await #expect {
            _ = try await Site.diff(options(folder), base: "--output=/tmp/x", head: nil)
        } throws: { error in
            "\(error)".contains("is not a git revision")
        }
    }

    @Test func filesUnchangedBetweenRevisionsAreParsedOnce() throws {
        let folder = try repository()
        let stamps = try GitContent.revision("HEAD~1", folder: folder.url.appendingPathComponent("content"))
        let working = GitContent.workingTree(folder.url.appendingPathComponent("content"))
        // The same blob, the same stamp, so the cache keeps the first parse.
        #expect(stamps.stamp("portal.yaml") != nil && stamps.stamp("portal.yaml") == working.stamp("portal.yaml"))
        #expect(stamps.stamp("okrs/2026-Q4/people/ana.md") != working.stamp("okrs/2026-Q4/people/ana.md"))
        // A file edited since it was staged has no stamp: it is always read and parsed.
        try folder.write(["content/portal.yaml": smallSite["content/portal.yaml"]! + "\n"])
        #expect(GitContent.workingTree(folder.url.appendingPathComponent("content")).stamp("portal.yaml") == nil)
    }
}
