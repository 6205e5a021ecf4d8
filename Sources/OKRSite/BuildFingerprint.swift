import Foundation
import OKRLoader
import OKRModel
#if canImport(Glibc)
import Glibc
#endif

/// Everything a site's bytes depend on, reduced to one value: every content file read (path
/// and bytes), every theme file (built-in and overrides), the build date and the okr-portal
/// executable itself. Two builds with the same fingerprint write the same site, so a rebuild
/// whose fingerprint matches the last build's, onto an output folder nobody touched since,
/// can skip rendering altogether (see `OutputManifest`).
struct BuildFingerprint: Equatable {
    var value: String

    /// Collects a hash of each content file as the loader reads it, from many threads.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var hashes: [String: UInt64] = [:]

        func record(_ path: String, _ text: String) {
            let hash = Self.fnv1a(text.utf8)
            lock.lock()
            hashes[path] = hash
            lock.unlock()
        }

        var recorded: [String: UInt64] {
            lock.lock()
            defer { lock.unlock() }
            return hashes
        }

        /// 64-bit FNV-1a: simple and fast enough to run over every source byte; it guards
        /// against accidental change, not against an adversary.
        static func fnv1a(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
            var hash = seed
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
    }

    /// `source` with every file it reads recorded.
    static func recording(_ source: ContentSource, into recorder: Recorder) -> ContentSource {
        ContentSource(
            listFiles: source.listFiles,
            readFile: { path in
                let text = try source.readFile(path)
                recorder.record(path, text)
                return text
            })
    }

    init(sources: [String: UInt64], themeFiles: [String: String], buildDate: Day, executable: String = Self.executableIdentity()) {
        var text = "okr-portal build\nexecutable \(executable)\ndate \(buildDate)\n"
        for (path, hash) in sources.sorted(by: { $0.key < $1.key }) {
            text += "content \(path) \(String(hash, radix: 16))\n"
        }
        for (path, contents) in themeFiles.sorted(by: { $0.key < $1.key }) {
            text += "theme \(path) \(String(Recorder.fnv1a(contents.utf8), radix: 16))\n"
        }
        // Two differently seeded hashes of the listing: 128 bits.
        let first = Recorder.fnv1a(text.utf8)
        let second = Recorder.fnv1a(text.utf8, seed: 0x6c62_272e_07bb_0142)
        value = String(first, radix: 16) + String(second, radix: 16)
    }

    /// The running executable's size and modification time: a rebuilt or upgraded
    /// okr-portal may render differently, so it must not reuse an older output.
    static func executableIdentity() -> String {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown \(ProcessInfo.processInfo.processIdentifier)" }
        return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }
}

/// A record, kept beside the output folder, of the last successful build: its fingerprint,
/// its counts, and the size and modification time of every file it left in the folder.
/// A rebuild with the same fingerprint whose files all still match renders nothing.
struct OutputManifest: Equatable {
    var fingerprint: String
    var pages: Int
    var files: [Entry]

    struct Entry: Equatable {
        var path: String
        var size: Int
        var modified: String
    }

    /// `.public.okr-portal-manifest` beside `public/`: outside the folder a host publishes.
    static func location(for output: URL) -> URL {
        let target = output.standardizedFileURL
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).okr-portal-manifest")
    }

    static func entry(_ root: String, _ path: String) -> Entry? {
        var status = stat()
        guard stat(root + "/" + path, &status) == 0 else { return nil }
        return Entry(path: path, size: Int(status.st_size), modified: "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)")
    }

    /// The manifest of the files in `paths` as they are on disk now.
    static func take(of output: URL, fingerprint: String, pages: Int, paths: some Sequence<String>) -> OutputManifest {
        let root = output.standardizedFileURL.path
        return OutputManifest(fingerprint: fingerprint, pages: pages, files: paths.sorted().compactMap { entry(root, $0) })
    }

    func save(for output: URL) throws {
        var text = "okr-portal manifest 1\n\(fingerprint)\n\(pages)\n"
        for file in files { text += "\(file.size) \(file.modified) \(file.path)\n" }
        try Data(text.utf8).write(to: Self.location(for: output))
    }

    static func load(for output: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: location(for: output).path), let text = String(data: data, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == "okr-portal manifest 1", let pages = Int(lines[2]) else { return nil }
        var files: [Entry] = []
        for line in lines.dropFirst(3) where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let size = Int(parts[0]) else { return nil }
            files.append(Entry(path: String(parts[2]), size: size, modified: String(parts[1])))
        }
        return OutputManifest(fingerprint: String(lines[1]), pages: pages, files: files)
    }

    /// True when the folder still holds exactly these files, each unchanged since.
    func matchesDisk(of output: URL) -> Bool {
        let root = output.standardizedFileURL.path
        for file in files where Self.entry(root, file.path) != file { return false }
        // A file added by hand would survive a skipped build; count what is there.
        return Self.countFiles(in: root) == files.count
    }

    /// Files below `root`, counted with readdir's entry types: no stat per file.
    private static func countFiles(in root: String) -> Int {
        guard let directory = opendir(root) else { return -1 }
        defer { closedir(directory) }
        var count = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name == "." || name == ".." { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                let inner = countFiles(in: root + "/" + name)
                if inner < 0 { return -1 }
                count += inner
            case Int32(DT_UNKNOWN):
                // Some file systems leave the type out; ask.
                var status = stat()
                guard lstat(root + "/" + name, &status) == 0 else { return -1 }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    let inner = countFiles(in: root + "/" + name)
                    if inner < 0 { return -1 }
                    count += inner
                } else {
                    count += 1
                }
            default:
                count += 1
            }
        }
        return count
    }

    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: location(for: output))
    }
}
