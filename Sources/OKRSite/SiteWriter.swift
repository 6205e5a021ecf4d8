import CPlatform
import Foundation
import OKRModel
import OKRRender

/// Writes a rendered site into a staging folder beside the output folder, then swaps the two,
/// so readers (and a static host serving the folder) see the old site or the new one, never
/// half of each. An interrupted build leaves only a stale staging folder, removed next time.
struct SiteWriter {
    let output: URL
    var progress: @Sendable (BuildEvent) -> Void = { _ in }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Pages are rendered and written in batches: the whole site is never held in memory.
    static let batchSize = 512

    func write(_ renderer: SiteRenderer) async throws -> (pages: Int, files: Int) {
        let fileManager = FileManager.default
        let target = output.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).okr-portal-staging", isDirectory: true)

        try checkReplaceable(target)
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)

        var folders = FolderCache(root: staging)
        var files = 0
        let jobs = renderer.jobs()
        for start in stride(from: 0, to: jobs.count, by: Self.batchSize) {
            let batch = Array(jobs[start..<min(start + Self.batchSize, jobs.count)])
            let pages = await concurrentMap(batch) { renderer.render($0) }
            for page in pages { try folders.write(page) }
            files += pages.count
            progress(.pages(written: files, total: jobs.count))
        }
        var extras = renderer.staticFiles()
        extras.sort { $0.path < $1.path }
        for file in extras { try folders.write(file) }
        files += extras.count

        try swap(staging, into: target)
        return (jobs.count, files)
    }

    /// Replacing a folder deletes what was in it, so only replace an earlier okr-portal output
    /// (it always holds okrs.json) or an empty folder.
    func checkReplaceable(_ target: URL) throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Failure(description: "the output path \(target.path) is a file, not a folder")
        }
        let entries = (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? []
        if !entries.isEmpty && !entries.contains("okrs.json") {
            throw Failure(description: "the output folder \(target.path) holds files that okr-portal did not write (no okrs.json); refusing to replace it. Remove it or choose another --output")
        }
    }

    func swap(_ staging: URL, into target: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: target.path) else {
            try fileManager.moveItem(at: staging, to: target)
            return
        }
        if okr_exchange_paths(staging.path, target.path) == 0 {
            // The old site is now at the staging path.
            try? fileManager.removeItem(at: staging)
            return
        }
        // No atomic exchange on this file system: two renames, with a very short gap.
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).okr-portal-old", isDirectory: true)
        if fileManager.fileExists(atPath: old.path) { try fileManager.removeItem(at: old) }
        try fileManager.moveItem(at: target, to: old)
        do {
            try fileManager.moveItem(at: staging, to: target)
        } catch {
            try? fileManager.moveItem(at: old, to: target)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }
}

/// Creates each folder once, however many files go into it.
struct FolderCache {
    let root: URL
    var made: Set<String> = [""]

    init(root: URL) {
        self.root = root
    }

    mutating func write(_ file: OutputFile) throws {
        let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
        if !made.contains(folder) {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder, isDirectory: true), withIntermediateDirectories: true)
            made.insert(folder)
        }
        try Data(file.contents.utf8).write(to: root.appendingPathComponent(file.path))
    }
}
