import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OKRLoader
import OKRModel
import OKRRender
import Synchronization

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
        /// Every file of the new site, relative to the output folder.
        var paths: Set<String> = []
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
        let files = FileWriter(root: root.path, compareExisting: updating)
        let folders = FolderMaker(root: root.path)
        var paths: Set<String> = []
        var counts = Counts()
        let jobs = renderer.jobs()
        for job in jobs { paths.insert(renderer.outputPath(of: job)) }
        let clock = ContinuousClock()
        var started = clock.now
        for start in stride(from: 0, to: jobs.count, by: Self.batchSize) {
            let batch = jobs[start..<min(start + Self.batchSize, jobs.count)]
            // An owner's pages, in every language, go to one task, which renders the page they
            // share once and lays out each neighbourhood map once.
            let runs = batch.chunked { $0.owner != nil && $0.owner == $1.owner }.map(Array.init)
            let results = await concurrentMap(runs) { run in
                Result {
                    var written = 0
                    // Each task makes its pages' folders, so making them overlaps rendering
                    // on all cores.
                    try renderer.render(run) { page in
                        try folders.make(for: page.path)
                        if try files.write(page) { written += 1 }
                    }
                    return written
                }
            }
            for result in results { counts.written += try result.get() }
            counts.files += batch.count
            progress(.pages(written: counts.files, total: jobs.count))
        }
        progress(.step("  pages", clock.now - started))
        started = clock.now
        // Each part of the other files is written by the worker that made it, and let go.
        let parts = renderer.staticFiles { extras in
            Result { () -> (paths: [String], written: Int) in
                var written = 0
                for file in extras {
                    try folders.make(for: file.path)
                    if try files.write(file) { written += 1 }
                }
                return (extras.map(\.path), written)
            }
        }
        for part in parts {
            let (extraPaths, written) = try part.get()
            counts.written += written
            counts.files += extraPaths.count
            paths.formUnion(extraPaths)
        }
        progress(.step("  export, feeds, search index, assets", clock.now - started))
        counts.pages = jobs.count
        counts.paths = paths

        if updating {
            counts.removed = try removeStale(in: target, keeping: paths)
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
        // Links are removed as files are, and never followed out of the output folder.
        for entry in FolderWalk.entries(below: root.path, skippingHidden: false) {
            if entry.kind == .folder {
                folders.append(entry.path)
            } else if !keeping.contains(entry.path) {
                try fileManager.removeItem(at: root.appendingPathComponent(entry.path))
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

/// Creates each folder of the site once, however many files go into it.
/// Makes the folders on the way to each file, for every task of a build at once: it remembers
/// which folders exist, so the folders that many pages share (`people/`, `zh/people/`) are made
/// once rather than tried again by every owner's task.
final class FolderMaker: Sendable {
    let root: String
    private let made = Mutex<Set<Substring>>([""])
    /// How many `mkdir` calls were made, for tests.
    private let calls = Atomic<Int>(0)

    init(root: String) {
        self.root = root
    }

    var mkdirCalls: Int { calls.load(ordering: .relaxed) }

    /// Makes the folders on the way to the file at `path` (relative, with `/`). Two tasks may
    /// both make a new folder; the second finds it there.
    func make(for path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = path[..<slash]
        guard !made.withLock({ $0.contains(folder) }) else { return }
        var end = folder.startIndex
        while end < folder.endIndex {
            end = folder[folder.index(after: end)...].firstIndex(of: "/") ?? folder.endIndex
            let step = folder[..<end]
            if made.withLock({ $0.contains(step) }) { continue }
            calls.add(1, ordering: .relaxed)
            if mkdir(root + "/" + step, 0o755) != 0 && errno != EEXIST {
                throw SiteWriter.Failure(description: "cannot create the folder \(root)/\(step): \(String(cString: strerror(errno)))")
            }
            made.withLock { _ = $0.insert(step) }
        }
    }
}

/// Writes one file with plain POSIX calls (Foundation's `Data.write` syncs every file to disk,
/// which cost more than rendering it). When updating an earlier build, a file whose bytes are
/// unchanged is left alone; a changed one is written beside it and renamed over it, so readers
/// never see half a file. Safe to use from many threads: each call touches only its own file.
struct FileWriter: Sendable {
    let root: String
    let compareExisting: Bool

    /// Whether the file was written (false: it already held these bytes).
    func write(_ file: OutputFile) throws -> Bool {
        let path = root + "/" + file.path
        if file.isStreamed { return try writeStreamed(file, at: path) }
        return try file.withBytes { bytes in
            guard compareExisting else {
                try Self.put(bytes, at: path)
                return true
            }
            if Self.holds(bytes, at: path) { return false }
            let temporary = path + ".okr-portal-new"
            try Self.put(bytes, at: temporary)
            guard rename(temporary, path) == 0 else { throw Self.failure("replace", path) }
            return true
        }
    }

    /// A streamed file is never whole in memory, so it cannot be compared before writing:
    /// it goes to a temporary name buffer by buffer, and that file is compared with the
    /// existing one and either dropped (unchanged) or renamed over it.
    private func writeStreamed(_ file: OutputFile, at path: String) throws -> Bool {
        let target = compareExisting ? path + ".okr-portal-new" : path
        let descriptor = try Self.create(target)
        do {
            try file.write { try Self.writeAll($0, to: descriptor, path: target) }
        } catch {
            close(descriptor)
            unlink(target)
            throw error
        }
        close(descriptor)
        guard compareExisting else { return true }
        if Self.sameContents(target, path) {
            unlink(target)
            return false
        }
        guard rename(target, path) == 0 else {
            let failure = Self.failure("replace", path)
            unlink(target)
            throw failure
        }
        return true
    }

    private static func create(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("write", path) }
        return descriptor
    }

    private static func put(_ bytes: UnsafeBufferPointer<UInt8>, at path: String) throws {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            offset += count
        }
    }

    /// True when the two files have the same bytes; sizes first, then a block at a time.
    private static func sameContents(_ first: String, _ second: String) -> Bool {
        let a = open(first, O_RDONLY | O_CLOEXEC)
        guard a >= 0 else { return false }
        defer { close(a) }
        let b = open(second, O_RDONLY | O_CLOEXEC)
        guard b >= 0 else { return false }
        defer { close(b) }
        var statusA = stat(), statusB = stat()
        guard fstat(a, &statusA) == 0, fstat(b, &statusB) == 0, statusA.st_size == statusB.st_size else { return false }
        let blockSize = 1 << 20
        let blockA = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 1)
        defer { blockA.deallocate() }
        let blockB = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 1)
        defer { blockB.deallocate() }
        var remaining = Int(statusA.st_size)
        while remaining > 0 {
            let count = min(blockSize, remaining)
            guard readFully(a, into: blockA.baseAddress!, count: count),
                  readFully(b, into: blockB.baseAddress!, count: count),
                  memcmp(blockA.baseAddress!, blockB.baseAddress!, count) == 0 else { return false }
            remaining -= count
        }
        return true
    }

    /// Reads exactly `count` bytes; false at an error or an early end of file.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Bool {
        var offset = 0
        while offset < count {
            let read = Glibc.read(descriptor, buffer + offset, count - offset)
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return false }
            offset += read
        }
        return true
    }

    /// True when the file at `path` has exactly these bytes; its size is checked first.
    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        guard bytes.count > 0 else { return true }
        let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { existing.deallocate() }
        return readFully(descriptor, into: existing.baseAddress!, count: bytes.count)
            && memcmp(existing.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }

    private static func failure(_ verb: String, _ path: String) -> SiteWriter.Failure {
        SiteWriter.Failure(description: "cannot \(verb) \(path): \(String(cString: strerror(errno)))")
    }
}

extension Collection {
    /// Consecutive runs of elements where each belongs with the one before it.
    func chunked(by belongTogether: (Element, Element) -> Bool) -> [SubSequence] {
        var runs: [SubSequence] = []
        var runStart = startIndex
        var previous = startIndex
        var index = startIndex
        while index != endIndex {
            if index != runStart, !belongTogether(self[previous], self[index]) {
                runs.append(self[runStart..<index])
                runStart = index
            }
            previous = index
            index = self.index(after: index)
        }
        if runStart != endIndex { runs.append(self[runStart..<endIndex]) }
        return runs
    }
}
