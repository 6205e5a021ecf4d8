import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CFileSystem
import OKRLoader
import OKRModel
import OKRRender
import OKRSupport
import Synchronization

/// Writes a rendered site.
///
/// Every build writes the new site into a staging folder beside the output folder and then
/// puts it in place in one step, so a web server serving the folder sees the old site or the
/// new one, never a mix, and never a temporary file; a build killed at any moment leaves the
/// old site whole.
///
/// A rebuild does not rewrite what has not changed: a file whose bytes equal the old site's is
/// a hard link to the old file (same inode, same modification time), so rsync, S3 sync and
/// the build's own manifest see it unchanged. The staged site then trades places with the old
/// one (`renameat2` with `RENAME_EXCHANGE`), and the old tree stays where the staging folder
/// was: the next rebuild stages into it, where most names already link to the right files,
/// so it makes and removes only the names that changed (removing and re-making every name
/// cost 10 s at 10,000 people on this disk). Where the file system cannot exchange, two
/// renames do it, with a moment in which the folder is missing; where the output folder is
/// on another file system than its parent (a mount point), nothing can be swapped: hard
/// links cannot be made either, and the changed files are copied into the folder one by one,
/// each renamed over the old, as before. Each fallback is said in the build's notes.
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
        /// Said when the site could not be swapped in whole or unchanged files not linked.
        var notes: [String] = []
    }

    /// Pages are rendered and written in batches: the whole site is never held in memory.
    static let batchSize = 512

    /// `.public.okr-portal-staging` beside `public/`, where the next site is written.
    static func stagingFolder(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).okr-portal-staging", isDirectory: true)
    }

    /// `.public.okr-portal-previous`: the old site between the two renames of the fallback.
    static func previousFolder(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).okr-portal-previous", isDirectory: true)
    }

    func write(_ renderer: SiteRenderer) async throws -> Counts {
        let fileManager = FileManager.default
        let target = output.standardizedFileURL
        try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.recoverInterruptedSwap(target)
        try checkReplaceable(target)
        let staging = Self.stagingFolder(for: target)
        let updating = fileManager.fileExists(atPath: target.path)
        // The staging folder a rebuild leaves is the site before the current one, most of its
        // files already links to the current site's: reused, a rebuild makes and removes only
        // the names that changed instead of every name of the site. Without a current site
        // there is nothing to link to, and the folder starts empty.
        var isFolder: ObjCBool = false
        let reusing = updating && fileManager.fileExists(atPath: staging.path, isDirectory: &isFolder) && isFolder.boolValue
        if !reusing {
            if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        }
        let files = FileWriter(root: staging.path, previous: updating ? target.path : nil, reusing: reusing)
        let folders = FolderMaker(root: staging.path)
        var paths: Set<String> = []
        // Counted, not listed: the fallback that needs the names finds them again by content.
        var changed = 0
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
            for result in results { changed += try result.get() }
            counts.files += batch.count
            progress(.pages(written: counts.files, total: jobs.count))
        }
        progress(.step("  pages", clock.now - started))
        started = clock.now
        // Each part of the other files is written by the worker that made it, and let go.
        let parts = renderer.staticFiles { extras in
            Result { () -> (paths: [String], written: Int) in
                var written = 0
                var done: Set<String> = []
                for file in extras where !done.contains(file.path) {
                    // Files one pass makes together (the exports) are made together when all
                    // of them are here.
                    if let group = file.group, Set(group.paths).isSubset(of: extras.map(\.path)) {
                        for path in group.paths { try folders.make(for: path) }
                        written += try files.write(group).count { $0 }
                        done.formUnion(group.paths)
                        continue
                    }
                    try folders.make(for: file.path)
                    if try files.write(file) { written += 1 }
                }
                return (extras.map(\.path), written)
            }
        }
        for part in parts {
            let (extraPaths, written) = try part.get()
            changed += written
            counts.files += extraPaths.count
            paths.formUnion(extraPaths)
        }
        progress(.step("  export, feeds, search index, assets", clock.now - started))
        counts.pages = jobs.count
        counts.paths = paths
        counts.written = changed

        if updating {
            started = clock.now
            // What the reused folder still holds of older sites goes before it is shown.
            if reusing { try removeStale(in: staging, keeping: paths) }
            counts.removed = staleFiles(in: target, keeping: paths).count
            counts.notes = try swapIntoPlace(staging, target, changed: changed, keeping: paths)
            if files.copied.value > 0 {
                counts.notes.append("\(files.copied.value) unchanged files could not be hard links to the old site's (this file system allows none?) and were copied: their modification times are new, so a sync by modification time uploads them again; one by checksum does not")
            }
            progress(.step("  swap in", clock.now - started))
        } else {
            try fileManager.moveItem(at: staging, to: target)
        }
        return counts
    }

    /// Puts the staged site where the old one is and removes the old one; returns what to
    /// tell the user when that could not be done in one step.
    func swapIntoPlace(_ staging: URL, _ target: URL, changed: Int, keeping paths: Set<String>) throws -> [String] {
        let fileManager = FileManager.default
        if okr_exchange_paths(staging.path, target.path) == 0 {
            // The staging folder now holds the old site: it stays, for the next rebuild.
            return []
        }
        let reason = errno
        if reason == EXDEV || reason == EBUSY {
            // The output folder is a mount point: update it file by file.
            try updateInPlace(target, from: staging, keeping: paths)
            try fileManager.removeItem(at: staging)
            return ["\(target.path) is on another file system than the folder it is in (a mount point?), so the new site could not be staged beside it and swapped in: its \(changed) changed files were copied in one by one, and a reader may see old and new pages together meanwhile"]
        }
        // No exchange here (an old kernel, a file system without it): two renames. A build
        // killed between them leaves the old site in the previous folder, and the next build
        // puts it back first (`recoverInterruptedSwap`).
        let previous = Self.previousFolder(for: target)
        if fileManager.fileExists(atPath: previous.path) { try fileManager.removeItem(at: previous) }
        try fileManager.moveItem(at: target, to: previous)
        try fileManager.moveItem(at: staging, to: target)
        try fileManager.moveItem(at: previous, to: staging)
        return ["this file system cannot swap two folders in one step (\(String(cString: strerror(reason)))), so the new site replaced \(target.path) by two renames, with a moment in which the folder was missing"]
    }

    /// A build killed between the two renames of the fallback left no output folder and the
    /// old site beside it: put it back. A leftover beside a whole output folder is removed.
    static func recoverInterruptedSwap(_ target: URL) throws {
        let fileManager = FileManager.default
        let previous = previousFolder(for: target)
        guard fileManager.fileExists(atPath: previous.path) else { return }
        if fileManager.fileExists(atPath: target.path) {
            try fileManager.removeItem(at: previous)
        } else {
            try fileManager.moveItem(at: previous, to: target)
        }
    }

    /// The changed files copied into `target`, each to a temporary name renamed over the old
    /// file, then the files the new site no longer has removed. Which files changed is found
    /// by content: nothing could be linked across the file systems, so every staged file is a
    /// copy.
    func updateInPlace(_ target: URL, from staging: URL, keeping paths: Set<String>) throws {
        let folders = FolderMaker(root: target.path)
        for path in paths.sorted() where !FileWriter.sameContents(staging.path + "/" + path, target.path + "/" + path) {
            try folders.make(for: path)
            let temporary = target.path + "/" + path + ".okr-portal-new"
            try? FileManager.default.removeItem(atPath: temporary)
            try FileManager.default.copyItem(atPath: staging.path + "/" + path, toPath: temporary)
            guard rename(temporary, target.path + "/" + path) == 0 else {
                throw Failure(description: "cannot replace \(target.path)/\(path): \(String(cString: strerror(errno)))")
            }
        }
        try removeStale(in: target, keeping: paths)
    }

    /// The files below `root` that are not in `keeping`, and its folders.
    func staleFiles(in root: URL, keeping: Set<String>) -> [String] {
        FolderWalk.entries(below: root.path, skippingHidden: false)
            .filter { $0.kind != .folder && $0.kind != .unreadable && !keeping.contains($0.path) }.map(\.path)
    }

    /// Deletes the files below `root` that are not in `keeping`, then the folders left empty.
    @discardableResult
    func removeStale(in root: URL, keeping: Set<String>) throws -> Int {
        let fileManager = FileManager.default
        var removed = 0
        var folders: [String] = []
        // Links are removed as files are, and never followed out of the output folder.
        for entry in FolderWalk.entries(below: root.path, skippingHidden: false) {
            if entry.kind == .folder {
                folders.append(entry.path)
            } else if entry.kind != .unreadable && !keeping.contains(entry.path) {
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

/// A count many threads add to.
final class SharedCount: Sendable {
    private let count = Atomic<Int>(0)
    func add() { count.add(1, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
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

/// Writes one file of the staged site with plain POSIX calls (Foundation's `Data.write` syncs
/// every file to disk, which cost more than rendering it). When there is an old site, a file
/// whose bytes are unchanged becomes a hard link to the old file instead of a copy, keeping
/// its inode and modification time. Safe to use from many threads: each call touches only its
/// own file.
struct FileWriter: Sendable {
    /// Where the new site is written.
    let root: String
    /// The old site, if any.
    let previous: String?
    /// Whether `root` is a reused staging folder: its names may already exist, possibly as
    /// links to the live site's files, so nothing is ever written into an existing file (a
    /// new one is renamed over it) and a name already linked to the right file is left.
    let reusing: Bool
    /// Unchanged files that could not be linked to the old site's and were copied.
    let copied = SharedCount()

    init(root: String, previous: String?, reusing: Bool = false) {
        self.root = root
        self.previous = previous
        self.reusing = reusing
    }

    /// Whether the file is new or changed (false: the old site held these bytes).
    func write(_ file: OutputFile) throws -> Bool {
        let path = root + "/" + file.path
        if file.isStreamed { return try writeStreamed(file, at: path) }
        return try file.withBytes { bytes in
            if let previous, Self.holds(bytes, at: previous + "/" + file.path) {
                let old = previous + "/" + file.path
                if reusing && Self.sameFile(old, path) { return false }
                if !link(old, replacing: path) {
                    // Another file system, or no hard links there: a copy of the same bytes.
                    try put(bytes, replacing: path)
                    copied.add()
                }
                return false
            }
            try put(bytes, replacing: path)
            return true
        }
    }

    /// Whether both paths name one file (a hard link).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev
    }

    /// `path` becomes a link to `old`; in a reused folder through a new name renamed over it.
    private func link(_ old: String, replacing path: String) -> Bool {
        reusing ? Self.link(old, over: path) : Glibc.link(old, path) == 0
    }

    /// Links `old` beside `path` and renames the link over it, so `path` is never missing.
    private static func link(_ old: String, over path: String) -> Bool {
        let linked = path + ".okr-portal-link"
        unlink(linked)
        guard Glibc.link(old, linked) == 0 else { return false }
        if rename(linked, path) != 0 {
            unlink(linked)
            return false
        }
        return true
    }

    /// Writes the bytes at `path`; in a reused folder to a new file renamed over the old
    /// name, since the old name may be a link to a file of the live site.
    private func put(_ bytes: UnsafeBufferPointer<UInt8>, replacing path: String) throws {
        guard reusing else { return try Self.put(bytes, at: path) }
        let temporary = path + ".okr-portal-new"
        try Self.put(bytes, at: temporary)
        guard rename(temporary, path) == 0 else {
            let failure = Self.failure("replace", path)
            unlink(temporary)
            throw failure
        }
    }

    /// A streamed file is never whole in memory, so it cannot be compared before writing:
    /// it is written buffer by buffer, then compared with the old file and, when the same,
    /// replaced by a link to the old file.
    private func writeStreamed(_ file: OutputFile, at path: String) throws -> Bool {
        // In a reused folder the name may be a link to the live site's file: write beside it.
        let written = reusing ? path + ".okr-portal-new" : path
        let descriptor = try Self.create(written)
        do {
            try file.write { try Self.writeAll($0, to: descriptor, path: written) }
        } catch {
            close(descriptor)
            unlink(written)
            throw error
        }
        close(descriptor)
        return try keepStreamed(file.path, at: path, writtenAt: written)
    }

    /// The files of `group`, made by one pass of its producer, each then kept as a streamed
    /// file is; whether each is new or changed, in the group's order.
    func write(_ group: StreamGroup) throws -> [Bool] {
        let paths = group.paths.map { root + "/" + $0 }
        let written = paths.map { reusing ? $0 + ".okr-portal-new" : $0 }
        var descriptors: [Int32] = []
        defer { for descriptor in descriptors { close(descriptor) } }
        do {
            for path in written { descriptors.append(try Self.create(path)) }
            try group.produce(zip(descriptors, written).map { descriptor, path in
                { try Self.writeAll($0, to: descriptor, path: path) }
            })
        } catch {
            for path in written { unlink(path) }
            throw error
        }
        for descriptor in descriptors { close(descriptor) }
        descriptors = []
        return try group.paths.indices.map { try keepStreamed(group.paths[$0], at: paths[$0], writtenAt: written[$0]) }
    }

    /// A streamed file written at `written`, put at `path` (the site's `relative` file): kept
    /// when new or changed, else replaced by a link to the old site's file.
    private func keepStreamed(_ relative: String, at path: String, writtenAt written: String) throws -> Bool {
        func keepWritten() throws {
            guard written != path else { return }
            guard rename(written, path) == 0 else {
                let failure = Self.failure("replace", path)
                unlink(written)
                throw failure
            }
        }
        guard let previous else {
            try keepWritten()
            return true
        }
        let old = previous + "/" + relative
        guard Self.sameContents(written, old) else {
            try keepWritten()
            return true
        }
        if reusing && Self.sameFile(old, path) {
            unlink(written)
            return false
        }
        try keepWritten()
        if !Self.link(old, over: path) { copied.add() }
        return false
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
    static func sameContents(_ first: String, _ second: String) -> Bool {
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
