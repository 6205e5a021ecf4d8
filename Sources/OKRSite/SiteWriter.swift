import Foundation
import OKRModel
import OKRRender

/// Writes a rendered site.
///
/// The first build writes into a staging folder beside the output folder and moves it into
/// place, so a half-written site is never visible. Later builds update the existing folder in
/// place and write a file only when its bytes differ from what is there: an unchanged rebuild
/// touches nothing, and a static host that syncs by modification time or checksum sends only
/// what changed. Each changed file is written to a temporary name and renamed over the old
/// one, so a reader sees the old file or the new one, never half of either. Files the new site
/// no longer has are removed last.
struct SiteWriter {
    let output: URL
    var progress: @Sendable (BuildEvent) -> Void = { _ in }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Counts: Equatable {
        var pages = 0
        var files = 0
        /// Files whose bytes changed or that are new.
        var written = 0
        /// Files of the previous build the new site no longer has.
        var removed = 0
    }

    /// Pages are rendered and written in batches: the whole site is never held in memory.
    static let batchSize = 512

    func write(_ renderer: SiteRenderer) async throws -> Counts {
        let fileManager = FileManager.default
        let target = output.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try checkReplaceable(target)
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).okr-portal-staging", isDirectory: true)
        if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }

        let updating = fileManager.fileExists(atPath: target.path)
        let root = updating ? target : staging
        if !updating { try fileManager.createDirectory(at: staging, withIntermediateDirectories: true) }
        var folders = FolderCache(root: root, compareExisting: updating)
        var counts = Counts()
        let jobs = renderer.jobs()
        for start in stride(from: 0, to: jobs.count, by: Self.batchSize) {
            let batch = Array(jobs[start..<min(start + Self.batchSize, jobs.count)])
            let pages = await concurrentMap(batch) { renderer.render($0) }
            for page in pages { try folders.write(page) }
            counts.files += pages.count
            progress(.pages(written: counts.files, total: jobs.count))
        }
        var extras = renderer.staticFiles()
        extras.sort { $0.path < $1.path }
        for file in extras { try folders.write(file) }
        counts.files += extras.count
        counts.pages = jobs.count
        counts.written = folders.written

        if updating {
            counts.removed = try removeStale(in: target, keeping: folders.paths)
        } else {
            try fileManager.moveItem(at: staging, to: target)
        }
        return counts
    }

    /// Deletes the files below `root` that are not in `keeping`, then the folders left empty.
    func removeStale(in root: URL, keeping: Set<String>) throws -> Int {
        let fileManager = FileManager.default
        var removed = 0
        var folders: [String] = []
        guard let enumerator = fileManager.enumerator(atPath: root.path) else { return 0 }
        while let relative = enumerator.nextObject() as? String {
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                folders.append(relative)
            } else if !keeping.contains(relative) {
                try fileManager.removeItem(at: root.appendingPathComponent(relative))
                removed += 1
            }
        }
        // Deepest first, so a folder is empty once its subfolders are gone.
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            let url = root.appendingPathComponent(folder)
            if (try? fileManager.contentsOfDirectory(atPath: url.path))?.isEmpty == true {
                try fileManager.removeItem(at: url)
            }
        }
        return removed
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
}

/// Creates each folder once, however many files go into it, and, when updating an earlier
/// build, leaves files whose bytes are unchanged alone.
struct FolderCache {
    let root: URL
    let compareExisting: Bool
    var made: Set<String> = [""]
    /// Every path written this build, relative to the root.
    var paths: Set<String> = []
    var written = 0

    init(root: URL, compareExisting: Bool) {
        self.root = root
        self.compareExisting = compareExisting
    }

    mutating func write(_ file: OutputFile) throws {
        paths.insert(file.path)
        let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
        if !made.contains(folder) {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder, isDirectory: true), withIntermediateDirectories: true)
            made.insert(folder)
        }
        let url = root.appendingPathComponent(file.path)
        let bytes = Data(file.contents.utf8)
        guard compareExisting else {
            try bytes.write(to: url)
            written += 1
            return
        }
        if let existing = try? Data(contentsOf: url), existing == bytes { return }
        // Write beside the file and rename over it: readers never see a half-written file.
        try bytes.write(to: url, options: .atomic)
        written += 1
    }
}
