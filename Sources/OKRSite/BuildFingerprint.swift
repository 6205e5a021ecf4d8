import Foundation
import OKRLoader
import OKRModel
import OKRRender
import OKRSupport
#if canImport(Glibc)
import Glibc
#endif

/// Everything a build depends on, reduced to one value: every file in the content folder
/// (path and bytes), every theme file (built-in and overrides), the folder names shown in
/// problems, the build date and the okr-portal executable itself. Two builds with the same
/// fingerprint write the same site and report the same problems, so a rebuild whose
/// fingerprint matches the last build's, onto an output folder nobody touched since, can skip
/// loading and rendering altogether (see `OutputManifest`). It is taken from the files
/// before anything is parsed: hashing 385 MB of sources takes a fraction of parsing them.
struct BuildFingerprint: Equatable {
    var value: String

    /// The fingerprint of the inputs `options` names, read from disk now.
    static func of(_ options: BuildOptions) -> BuildFingerprint {
        let source = ContentSource.directory(options.contentDirectory)
        let root = options.contentDirectory.standardizedFileURL.path
        // Listed as the loader lists them; a folder that cannot be listed still gets a value
        // (that build fails and records nothing).
        let paths = ((try? source.listFiles()) ?? []).sorted()
        let hashes = parallelMap(paths) { path -> UInt64 in
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { return 0 }
            return data.withUnsafeBytes { FNV1a.hash($0) }
        }
        let (overrides, _) = ThemeFiles.read(options.templatesDirectory)
        let shownFolders = "content \(options.contentDirectory.standardizedFileURL.lastPathComponent) templates \(options.templatesDirectory?.lastPathComponent ?? "-")"
        return BuildFingerprint(
            sources: Dictionary(zip(paths, hashes), uniquingKeysWith: { first, _ in first }),
            themeFiles: Theme.builtin.overlaid(with: overrides).files, buildDate: options.buildDate, folders: shownFolders)
    }

    init(sources: [String: UInt64], themeFiles: [String: String], buildDate: Day, folders: String, executable: String = Self.executableIdentity()) {
        var text = "okr-portal build\nexecutable \(executable)\ndate \(buildDate)\nfolders \(folders)\n"
        for (path, hash) in sources.sorted(by: { $0.key < $1.key }) {
            text += "content \(path) \(String(hash, radix: 16))\n"
        }
        for (path, contents) in themeFiles.sorted(by: { $0.key < $1.key }) {
            text += "theme \(path) \(String(FNV1a.hash(contents.utf8), radix: 16))\n"
        }
        // Two differently seeded hashes of the listing: 128 bits.
        let first = FNV1a.hash(text.utf8)
        let second = FNV1a.hash(text.utf8, seed: 0x6c62_272e_07bb_0142)
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
/// its counts, the problems it reported (warnings; a build with errors records nothing) and
/// the size and modification time of every file it left in the folder. A rebuild with the
/// same fingerprint whose files all still match reports the same problems and renders nothing.
struct OutputManifest: Equatable {
    var fingerprint: String
    var pages: Int
    var objectives: Int
    var diagnostics: [Diagnostic]
    var files: [Entry]

    static let header = "okr-portal manifest 2"

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
    static func take(of output: URL, fingerprint: String, pages: Int, objectives: Int, diagnostics: [Diagnostic], paths: some Sequence<String>) -> OutputManifest {
        let root = output.standardizedFileURL.path
        return OutputManifest(
            fingerprint: fingerprint, pages: pages, objectives: objectives, diagnostics: diagnostics,
            files: paths.sorted().compactMap { entry(root, $0) })
    }

    func save(for output: URL) throws {
        // JSON without pretty printing is one line: new lines inside messages are escaped.
        let problems = String(decoding: try JSONEncoder().encode(diagnostics), as: UTF8.self)
        var text = "\(Self.header)\n\(fingerprint)\n\(pages)\n\(objectives)\n\(problems)\n"
        for file in files { text += "\(file.size) \(file.modified) \(file.path)\n" }
        try Data(text.utf8).write(to: Self.location(for: output))
    }

    static func load(for output: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: location(for: output).path), let text = String(data: data, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 5, lines[0] == header, let pages = Int(lines[2]), let objectives = Int(lines[3]),
              let diagnostics = try? JSONDecoder().decode([Diagnostic].self, from: Data(lines[4].utf8))
        else { return nil }
        var files: [Entry] = []
        for line in lines.dropFirst(5) where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let size = Int(parts[0]) else { return nil }
            files.append(Entry(path: String(parts[2]), size: size, modified: String(parts[1])))
        }
        return OutputManifest(fingerprint: String(lines[1]), pages: pages, objectives: objectives, diagnostics: diagnostics, files: files)
    }

    /// True when the folder still holds exactly these files, each unchanged since.
    func matchesDisk(of output: URL) -> Bool {
        let root = output.standardizedFileURL.path
        for file in files where Self.entry(root, file.path) != file { return false }
        // A file added by hand would survive a skipped build; count what is there.
        return FolderWalk.countNonFolders(below: root) == files.count
    }

    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: location(for: output))
    }
}
