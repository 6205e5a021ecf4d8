import Foundation
import OKRGraph
import OKRLoader
import OKRModel

/// A content folder held in memory for tests: relative path → text, laid over a base site.
/// Every suite that loads a site builds it this way, with the real loader and resolver.
public struct InlineSite {
    public var files: [String: String]

    /// `base` with `changes` laid over it; a nil change removes the file.
    public init(_ base: [String: String], _ changes: [String: String?] = [:]) {
        files = base
        for (path, text) in changes { files[path] = text }
    }

    /// The site loaded as `check` loads it, with its diagnostics.
    public func load(knownHintRules: [String] = [], buildDate: Day? = nil) async -> (PortalContent, [Diagnostic]) {
        await ContentLoader.load(from: .memory(files), displayPrefix: "content", knownHintRules: knownHintRules, buildDate: buildDate)
    }

    /// Loaded and resolved: the content, its alignment graph, and both stages' diagnostics.
    public func resolve(knownHintRules: [String] = [], buildDate: Day? = nil) async -> (content: PortalContent, graph: AlignmentGraph, load: [Diagnostic], graphProblems: [Diagnostic]) {
        let (content, load) = await load(knownHintRules: knownHintRules, buildDate: buildDate)
        let (graph, problems) = AlignmentGraph.build(from: content)
        return (content, graph, load, problems)
    }
}

/// An OKR file's text from its `objectives:` list, written as YAML lines.
public func okrs(_ objectives: String) -> String {
    "---\nobjectives:\n" + objectives + (objectives.hasSuffix("\n") ? "" : "\n") + "---\n"
}

/// A new empty folder under the system's temporary folder; the caller removes it (or holds
/// a `TemporaryFolder`, which does).
public func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("okr-portal-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes files below `root`: relative path → text, folders made as needed.
public func write(_ files: [String: String], under root: URL) throws {
    for (path, text) in files {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}

/// A fresh temporary folder, removed when the test's scope ends.
public final class TemporaryFolder {
    public let url: URL

    public init() throws {
        url = try temporaryFolder()
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes an inline site: relative path → text.
    public func write(_ files: [String: String]) throws {
        try OKRTestSupport.write(files, under: url)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }
}
