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
    /// The UI languages the site was built in: an unchanged rebuild's hosting note names them.
    var languages: Int
    var diagnostics: [Diagnostic]
    var files: [Entry]

    static let header = "okr-portal manifest 4"

    /// Puts the site's size in `report` and a note for the host limits it passes: the build
    /// that wrote the site and a rebuild that finds it unchanged say the same.
    func reportSize(in report: inout BuildReport) {
        report.bytes = files.reduce(0) { $0 + $1.size }
        report.notes += SiteSize.hostingNotes(bytes: report.bytes, files: files.count, languages: languages)
    }

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

    /// The manifest of the files in `paths` as they are on disk now. Files are looked at on
    /// every core: it is one `stat` per file (254,417 at 50,000 people), after the last page.
    static func take(of output: URL, fingerprint: String, pages: Int, objectives: Int, languages: Int, diagnostics: [Diagnostic], paths: some Sequence<String>) -> OutputManifest {
        let root = output.standardizedFileURL.path
        return OutputManifest(
            fingerprint: fingerprint, pages: pages, objectives: objectives, languages: languages, diagnostics: diagnostics,
            files: parallelMap(paths.sorted()) { entry(root, $0) }.compactMap { $0 })
    }

    /// Lines: the header, the fingerprint, the counts (pages, objectives, languages), the
    /// number of problems, one line per problem (`Recorded`), then one per file ("size
    /// modified path"). Plain lines rather than
    /// JSON: a company of 10,000 people with every key result quiet records 100,000 problems,
    /// which Foundation's JSON coders took over a second to write and read again.
    func save(for output: URL) throws {
        var text = "\(Self.header)\n\(fingerprint)\n\(pages)\n\(objectives)\n\(languages)\n\(diagnostics.count)\n"
        for diagnostic in diagnostics { text += Recorded.line(diagnostic) + "\n" }
        for file in files { text += "\(file.size) \(file.modified) \(file.path)\n" }
        try Data(text.utf8).write(to: Self.location(for: output))
    }

    /// The manifest beside `output` when it records a build of `fingerprint`; nil otherwise,
    /// without reading past the fingerprint.
    static func load(for output: URL, fingerprint: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: location(for: output).path) else { return nil }
        // Lines and fields are split on bytes: splitting a String compares characters, which
        // took a quarter of an unchanged rebuild.
        let bytes = [UInt8](data)
        let lines = Self.split(bytes[...], at: UInt8(ascii: "\n"))
        func text(_ line: ArraySlice<UInt8>) -> String { String(decoding: line, as: UTF8.self) }
        guard lines.count >= 6, text(lines[0]) == header, text(lines[1]) == fingerprint,
              let pages = Int(text(lines[2])), let objectives = Int(text(lines[3])), let languages = Int(text(lines[4])),
              let count = Int(text(lines[5])), count >= 0, lines.count >= 6 + count
        else { return nil }
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(count)
        for line in lines[6..<6 + count] {
            guard let diagnostic = Recorded.diagnostic(line) else { return nil }
            diagnostics.append(diagnostic)
        }
        var files: [Entry] = []
        for line in lines.dropFirst(6 + count) where !line.isEmpty {
            let parts = text(line).split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let size = Int(parts[0]) else { return nil }
            files.append(Entry(path: String(parts[2]), size: size, modified: String(parts[1])))
        }
        return OutputManifest(fingerprint: fingerprint, pages: pages, objectives: objectives, languages: languages, diagnostics: diagnostics, files: files)
    }

    /// `bytes` cut at each `separator`, empty pieces kept.
    static func split(_ bytes: ArraySlice<UInt8>, at separator: UInt8) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == separator {
                pieces.append(bytes[start..<index])
                start = index + 1
            }
            index += 1
        }
        pieces.append(bytes[start..<bytes.endIndex])
        return pieces
    }

    /// A problem as one line of tab-separated fields, each escaped (`\\`, `\t`, `\n`, `\r`):
    /// severity, rule, path, line, column, exempt from --strict (`1`, `0` or `-`), the mend
    /// (original, replacement, line, column, and `1` when there is one), the message last.
    enum Recorded {
        static func line(_ diagnostic: Diagnostic) -> String {
            let exempt: String = diagnostic.exemptFromStrict.map { $0 ? "1" : "0" } ?? "-"
            let location = diagnostic.location
            var fields: [String] = [diagnostic.severity.rawValue, diagnostic.rule.rawValue, location.path, String(location.line), String(location.column), exempt]
            if let fix = diagnostic.fix {
                fields += [fix.original, fix.replacement, fix.line.map(String.init) ?? "", fix.column.map(String.init) ?? "", "1"]
            } else {
                fields += ["", "", "", "", "0"]
            }
            fields.append(diagnostic.message)
            return fields.map(escaped).joined(separator: "\t")
        }

        static func diagnostic(_ line: String) -> Diagnostic? {
            diagnostic(Array(line.utf8)[...])
        }

        static func diagnostic(_ line: ArraySlice<UInt8>) -> Diagnostic? {
            let fields = OutputManifest.split(line, at: UInt8(ascii: "\t")).map(unescaped)
            guard fields.count == 12, let severity = Severity(rawValue: fields[0]), let row = Int(fields[3]), let column = Int(fields[4]) else { return nil }
            var diagnostic = Diagnostic(severity, Rule(rawValue: fields[1]), fields[11], at: SourceLocation(path: fields[2], line: row, column: column))
            diagnostic.exemptFromStrict = fields[5] == "-" ? nil : fields[5] == "1"
            if fields[10] == "1" {
                diagnostic.fix = TextFix(original: fields[6], replacement: fields[7], line: Int(fields[8]), column: Int(fields[9]))
            }
            return diagnostic
        }

        static func escaped(_ text: String) -> String {
            guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return text }
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }

        static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
            let field = String(decoding: bytes, as: UTF8.self)
            guard bytes.contains(UInt8(ascii: "\\")) else { return field }
            var out = ""
            var escaping = false
            for scalar in field.unicodeScalars {
                if escaping {
                    switch scalar {
                    case "t": out += "\t"
                    case "n": out += "\n"
                    case "r": out += "\r"
                    default: out.unicodeScalars.append(scalar)
                    }
                    escaping = false
                } else if scalar == "\\" {
                    escaping = true
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
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
