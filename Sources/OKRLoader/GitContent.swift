import Foundation

/// The content folder as git has it: at a revision (read from git's object store, without a
/// checkout, so the user's working tree is never touched), or the working tree stamped with
/// git's blob ids so that a file unchanged between two loads is parsed once (`ParseCache`).
/// Both run the `git` command; `okr-portal diff` is their user.
public enum GitContent {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A listing of the folder's tracked files at `revision`: path relative to the folder,
    /// and blob id.
    struct Entry {
        var path: String
        var blob: String
    }

    /// The content folder at `revision` (anything `git rev-parse` takes: a branch, a tag,
    /// `HEAD~1`, a commit id).
    public static func revision(_ revision: String, folder: URL) throws(Failure) -> ContentSource {
        try revisions([revision], folder: folder)[0]
    }

    /// The content folder at each revision. Every file's bytes are read through one
    /// `git cat-file --batch`, and a file the revisions share is read once: a company of
    /// 10,000 people costs a few processes, not 10,000.
    public static func revisions(_ revisions: [String], folder: URL) throws(Failure) -> [ContentSource] {
        var listings: [(name: String, entries: [Entry])] = []
        for revision in revisions {
            // A revision starting with "-" would be read by git as an option.
            guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains("\0") else {
                throw Failure(description: "'\(revision)' is not a git revision")
            }
            let commit = try run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: folder, failure: "'\(revision)' is not a commit in this repository")
            let id = String(decoding: commit, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let entries = try listing(at: id, folder: folder)
            if entries.isEmpty {
                throw Failure(description: "the content folder is not in revision \(revision) (\(id.prefix(12)))")
            }
            listings.append((revision, entries))
        }
        let blobs = try contents(of: listings.flatMap { $0.entries.map(\.blob) }, folder: folder)
        return listings.map { revision, entries in
            var files: [String: Data] = [:]
            var stamps: [String: FileStamp] = [:]
            for entry in entries {
                files[entry.path] = blobs[entry.blob]
                stamps[entry.path] = FileStamp(blob: entry.blob)
            }
            let (listed, texts, blobStamps) = (Array(files.keys), files, stamps)
            return ContentSource(
                listFiles: { listed },
                readFile: { path in
                    guard let data = texts[path] else { throw ContentSource.Unreadable(description: "no such file at \(revision)") }
                    return try ContentSource.decodeUTF8(data)
                },
                stamp: { blobStamps[$0] })
        }
    }

    /// The folder on disk, each file stamped with the blob id git's index holds for it when
    /// the file is unchanged since it was staged; files git does not know, or that changed,
    /// are unstamped and so always parsed.
    public static func workingTree(_ folder: URL) -> ContentSource {
        var source = ContentSource.directory(folder)
        guard let staged = try? run(["ls-files", "--stage", "-z"], in: folder, failure: ""),
              let modified = try? run(["diff-files", "--name-only", "--relative", "-z"], in: folder, failure: "")
        else { return source }
        let changed = Set(fields(modified))
        var stamps: [String: FileStamp] = [:]
        for record in fields(staged) {
            // "<mode> <blob> <stage>\t<path>", stage 0 once merged.
            guard let (parts, path) = regularFile(record), parts[2] == "0", !changed.contains(path) else { continue }
            stamps[path] = FileStamp(blob: String(parts[1]))
        }
        let known = stamps
        source.stamp = { known[$0] }
        return source
    }

    static func listing(at commit: String, folder: URL) throws(Failure) -> [Entry] {
        // Without --full-tree, ls-tree lists only the current folder, with paths relative to it.
        let output = try run(["ls-tree", "-r", "-z", commit], in: folder, failure: "cannot list the content folder at \(commit.prefix(12))")
        var entries: [Entry] = []
        for record in fields(output) {
            // "<mode> <type> <object>\t<path>".
            guard let (parts, path) = regularFile(record), parts[1] == "blob" else { continue }
            // Hidden files and folders are skipped, as on disk.
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            entries.append(Entry(path: path, blob: String(parts[2])))
        }
        return entries
    }

    /// The bytes of each blob, read in one `git cat-file --batch`.
    static func contents(of blobs: [String], folder: URL) throws(Failure) -> [String: Data] {
        let wanted = Array(Set(blobs)).sorted()
        let output = try run(["cat-file", "--batch"], in: folder, input: Data(wanted.map { $0 + "\n" }.joined().utf8), failure: "cannot read the content files from git")
        var result: [String: Data] = [:]
        var offset = output.startIndex
        while offset < output.endIndex {
            guard let newline = output[offset...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: output[offset..<newline], as: UTF8.self).split(separator: " ")
            offset = newline + 1
            guard header.count == 3, let size = Int(header[2]), size >= 0, offset + size <= output.endIndex else {
                throw Failure(description: "git cat-file answered '\(header.joined(separator: " "))'")
            }
            result[String(header[0])] = output[offset..<(offset + size)]
            offset += size + 1
        }
        return result
    }

    /// Runs git in `folder`; its output, or `failure` with git's own message when it fails.
    /// Standard input and error go through files, so neither can block against the output.
    static func run(_ arguments: [String], in folder: URL, input: Data? = nil, failure: String) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "-c", "core.quotePath=false"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("okr-portal-git-\(UUID().uuidString)")
        let (inputFile, errorFile) = (scratch.appendingPathExtension("in"), scratch.appendingPathExtension("err"))
        defer { for file in [inputFile, errorFile] { try? FileManager.default.removeItem(at: file) } }
        let output = Pipe()
        process.standardOutput = output
        do {
            try (input ?? Data()).write(to: inputFile)
            try Data().write(to: errorFile)
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
            process.standardError = try FileHandle(forWritingTo: errorFile)
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = ((try? String(contentsOf: errorFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: failure.isEmpty ? said : (said.isEmpty ? failure : "\(failure): \(said)"))
        }
        return data
    }

    /// A record of `ls-tree` or `ls-files --stage` ("<mode> <two fields>\t<path>") split into
    /// its three fields and its path, when it is a regular file: links (120000) and
    /// submodules are not content.
    static func regularFile(_ record: String) -> (fields: [Substring], path: String)? {
        guard let tab = record.firstIndex(of: "\t") else { return nil }
        let fields = record[..<tab].split(separator: " ")
        guard fields.count == 3, fields[0] == "100644" || fields[0] == "100755" else { return nil }
        return (fields, String(record[record.index(after: tab)...]))
    }

    /// NUL-separated records.
    static func fields(_ data: Data) -> [String] {
        data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}
