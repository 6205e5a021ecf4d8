import Foundation
import OKRSupport
import Testing
@testable import OKRLoader

/// The content folder, the theme folder, `serve`'s watched folders and the output's stale
/// files are all found by `FolderWalk`.
@Suite struct FolderWalkTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("okr-walk-\(UUID().uuidString)")

    func make(_ files: [String]) throws {
        for path in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
    }

    @Test func listsFilesAndFoldersAtEveryDepth() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try make(["portal.yaml", "okrs/2026-Q4/people/ana.md", "okrs/2026-Q4/teams/sales.md", "中文/名.md"])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("okrs/empty"), withIntermediateDirectories: true)
        let entries = FolderWalk.entries(below: root.path, skippingHidden: true)
        #expect(entries.filter { $0.kind == .file }.map(\.path).sorted() == ["okrs/2026-Q4/people/ana.md", "okrs/2026-Q4/teams/sales.md", "portal.yaml", "中文/名.md"])
        #expect(entries.filter { $0.kind == .folder }.map(\.path).sorted() == ["okrs", "okrs/2026-Q4", "okrs/2026-Q4/people", "okrs/2026-Q4/teams", "okrs/empty", "中文"])
        // A trailing slash on the root changes nothing.
        #expect(FolderWalk.entries(below: root.path + "/", skippingHidden: true).map(\.path).sorted() == entries.map(\.path).sorted())
    }

    @Test func hiddenNamesAreSkippedOnlyWhenAsked() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try make(["a.md", ".swp", ".git/config", "okrs/.b.md.swp"])
        #expect(FolderWalk.entries(below: root.path, skippingHidden: true).map(\.path).sorted() == ["a.md", "okrs"])
        #expect(FolderWalk.entries(below: root.path, skippingHidden: false).map(\.path).sorted() == [".git", ".git/config", ".swp", "a.md", "okrs", "okrs/.b.md.swp"])
    }

    /// A link is listed as a link and never entered, so a link to a parent folder (a loop)
    /// or out of the folder adds nothing.
    @Test func linksAreListedButNotFollowed() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try make(["okrs/a.md"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("okrs/loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("okrs/link.md").path, withDestinationPath: "a.md")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("outside").path, withDestinationPath: "/etc")
        let entries = FolderWalk.entries(below: root.path, skippingHidden: true)
        #expect(entries.map(\.path).sorted() == ["okrs", "okrs/a.md", "okrs/link.md", "okrs/loop", "outside"])
        #expect(entries.filter { $0.kind == .link }.map(\.path).sorted() == ["okrs/link.md", "okrs/loop", "outside"])
        let source = ContentSource.directory(root)
        #expect(try source.listFiles() == ["okrs/a.md"])
    }

    /// Nothing in a source folder is left out without a word: links (out of the folder: an
    /// error), dangling links, pipes, and folders named like files, whose contents are not read.
    @Test func everySkippedEntryIsSaid() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try make(["okrs/a.md", "org/people.yaml/inside.yaml"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("okrs/loop").path, withDestinationPath: "loop")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("okrs/link.md").path, withDestinationPath: "a.md")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("okrs/passwd.md").path, withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("okrs/gone.md").path, withDestinationPath: "nowhere.md")
        #expect(mkfifo(root.appendingPathComponent("okrs/pipe.md").path, 0o644) == 0)
        let listing = FolderListing.of(root.path)
        #expect(listing.files == ["okrs/a.md"])
        let said = listing.skipped.sorted { $0.path < $1.path }.map { "\($0.path) \($0.isError ? "error" : "warning"): \($0.message)" }
        #expect(said == [
            "okrs/gone.md warning: a symbolic link that leads nowhere (its target is missing, or it loops); skipped",
            "okrs/link.md warning: a symbolic link to okrs/a.md; skipped, since each file is read once, at its own path",
            "okrs/loop warning: a symbolic link that leads nowhere (its target is missing, or it loops); skipped",
            "okrs/passwd.md error: a symbolic link that leads out of the folder, to /etc/passwd; it is not read",
            "okrs/pipe.md warning: not a regular file (a pipe, socket or device); skipped",
            "org/people.yaml error: this is a folder, but its name is that of a file; nothing in it is read",
        ])
    }

    @Test func skippedEntriesBecomeDiagnostics() async throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try make(["portal.yaml", "org/people.yaml/inside.yaml"])
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("okrs.md").path, withDestinationPath: "/etc/passwd")
        let (_, diagnostics) = await ContentLoader.load(from: .directory(root), displayPrefix: "content")
        let said = diagnostics.filter { $0.rule == .notReadable || $0.rule == .skippedFile }
            .map { "\($0.location.path) \($0.severity.rawValue) \($0.rule.rawValue)" }
        #expect(said == ["content/okrs.md error not-readable", "content/org/people.yaml error not-readable"])
    }

    /// The people list made a folder is one error, not one per person it would have defined.
    @Test func aListMadeAFolderIsOneError() async throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "portal.yaml": "title: T\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            "org/teams.yaml": "- {id: sales, name: Sales, lead: ana}\n",
            "okrs/2026-Q4/people/ana.md": "---\nobjectives:\n  - {title: Grow, key_results: [{title: K, progress: 0.5}]}\n---\n",
            "okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - {title: Grow, key_results: [{title: K, progress: 0.5}]}\n---\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("org/people.yaml"), withIntermediateDirectories: true)
        let (_, diagnostics) = await ContentLoader.load(from: .directory(root), displayPrefix: "content")
        #expect(diagnostics.filter { $0.severity == .error }.map { "\($0.location.path) \($0.rule.rawValue)" } == ["content/org/people.yaml not-readable"])
    }

    /// A name that is not UTF-8 is listed with U+FFFD in place of the bad byte, so the loader
    /// reports the file (FileManager's enumerator left it out without a word).
    @Test func namesThatAreNotUTF8AreListedNotDropped() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try make(["ok.md"])
        let bad = Array(root.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]
        let descriptor = bad.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        #expect(FolderWalk.entries(below: root.path, skippingHidden: true).map(\.path).sorted() == ["caf\u{FFFD}.md", "ok.md"])
    }

    @Test func aMissingFolderHasNoEntries() {
        #expect(FolderWalk.entries(below: root.path, skippingHidden: true).isEmpty)
        #expect(FolderWalk.countNonFolders(below: root.path) == nil, "a folder that cannot be opened gives no count")
    }

    /// What an unchanged rebuild counts in the output folder: files and links at every depth,
    /// hidden ones too, folders not.
    @Test func countsEverythingButFolders() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try make(["index.html", ".hidden", "people/ana/index.html", "people/index.html"])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("people/link").path, withDestinationPath: "..")
        #expect(FolderWalk.countNonFolders(below: root.path) == 5)
    }
}

/// Content and theme files are read with POSIX calls; anything unusual goes through
/// Foundation, which words the problem.
@Suite struct ReadTextTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("okr-read-\(UUID().uuidString)")

    @Test func readsTextAndPointsAtBadBytes() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let big = String(repeating: "目标 objective\n", count: 20_000)
        for (name, text) in [("empty.md", ""), ("small.md", "a: 1\n"), ("big.md", big)] {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
            #expect(try ContentSource.readText(atPath: root.appendingPathComponent(name).path) == text)
        }
        try Data([0x61, 0x0A, 0x62, 0xE9]).write(to: root.appendingPathComponent("latin1.md"))
        #expect(throws: ContentSource.Unreadable.self) { try ContentSource.readText(atPath: root.appendingPathComponent("latin1.md").path) }
        do {
            _ = try ContentSource.readText(atPath: root.appendingPathComponent("latin1.md").path)
        } catch let error as ContentSource.Unreadable {
            #expect(error.line == 2 && error.column == 2)
        }
        #expect(throws: (any Error).self) { try ContentSource.readText(atPath: root.appendingPathComponent("missing.md").path) }
        #expect(throws: (any Error).self) { try ContentSource.readText(atPath: root.path) }
    }
}
