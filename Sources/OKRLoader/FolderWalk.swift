import Foundation
import OKRModel
#if canImport(Glibc)
import Glibc
#endif

/// Lists what lies below a folder with `opendir`/`readdir`, taking each entry's kind from the
/// directory entry itself. `FileManager`'s enumerator made a URL and asked for its resource
/// values per file, which was a tenth of `check`'s time at 10,000 people.
///
/// Symbolic links are listed as `.link` and never followed, so a link cannot lead the walk
/// out of the folder or round in a loop; pipes, sockets and devices are `.other`, and a
/// folder that cannot be opened is listed a second time, as `.unreadable`. A name that is not UTF-8 is listed with U+FFFD for
/// each bad byte, so the file is reported (its id is not valid) rather than left out.
public enum FolderWalk {
    public enum Kind: Sendable, Equatable {
        case file, folder, link, other, unreadable
    }

    public struct Entry: Sendable, Equatable {
        /// Relative to the walked folder, with `/` between names.
        public var path: String
        public var kind: Kind
    }

    /// Every entry below `root` (not `root` itself), a folder before what it holds. With
    /// `skippingHidden`, names starting with "." are left out, and so is everything below a
    /// hidden folder (`.git`). A folder that cannot be opened is listed but not entered.
    public static func entries(below root: String, skippingHidden: Bool) -> [Entry] {
        var result: [Entry] = []
        _ = walk(below: root, skippingHidden: skippingHidden) { result.append($0) }
        return result
    }

    /// How many entries below `root` are not folders (files and links), hidden ones included;
    /// nil when the count may be short: a folder that would not open, or an entry whose kind
    /// could not be told.
    public static func countNonFolders(below root: String) -> Int? {
        var count = 0
        let complete = walk(below: root, skippingHidden: false) { entry in
            if entry.kind != .folder && entry.kind != .unreadable { count += 1 }
        }
        return complete ? count : nil
    }

    /// Visits every entry as `entries` lists them; false when something could not be read.
    private static func walk(below root: String, skippingHidden: Bool, visit: (Entry) -> Void) -> Bool {
        var complete = true
        var pending = [""]
        while let relative = pending.popLast() {
            guard let directory = opendir(relative.isEmpty ? root : join(root, relative)) else {
                complete = false
                if !relative.isEmpty { visit(Entry(path: relative, kind: .unreadable)) }
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." || (skippingHidden && name.hasPrefix(".")) { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                let kind = Self.kind(type: entry.pointee.d_type, path: { join(root, path) })
                if kind == nil { complete = false }
                visit(Entry(path: path, kind: kind ?? .other))
                if kind == .folder { pending.append(path) }
            }
        }
        return complete
    }

    /// The entry's kind from `d_type`; file systems that leave it unknown get an `lstat`
    /// (the only time the full path is needed). Nil when that `lstat` fails.
    private static func kind(type: UInt8, path: () -> String) -> Kind? {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path(), &info) == 0 else { return nil }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}

/// What a folder of sources holds for a reader: its regular files, and every entry it leaves
/// out with the reason, so nothing is skipped without a word.
public struct FolderListing: Sendable {
    public struct Skipped: Sendable, Equatable {
        /// Relative to the folder, with `/`.
        public var path: String
        public var message: String
        public var isError: Bool

        /// The diagnostic for it, at `shownPath` (the path as the reader knows it).
        public func diagnostic(at shownPath: String) -> Diagnostic {
            Diagnostic(isError ? .error : .warning, isError ? .notReadable : .skippedFile, message, at: SourceLocation(path: shownPath, line: 1, column: 1))
        }
    }

    public var files: [String] = []
    public var skipped: [Skipped] = []

    /// Lists `root` (hidden names left out). A link is never read: one that leads out of the
    /// folder is an error; one inside would show its files twice, under two names, and one
    /// that leads nowhere (or round in a loop) names nothing, so both are warnings. A folder
    /// named like a source file (`people.yaml/`) is an error, and what it holds is not read.
    public static func of(_ root: String) -> FolderListing {
        var listing = FolderListing()
        let realRoot = realPath(root) ?? root
        var misnamed: [String] = []
        for entry in FolderWalk.entries(below: root, skippingHidden: true) {
            if misnamed.contains(where: { entry.path.hasPrefix($0 + "/") }) { continue }
            func skip(_ message: String, error: Bool = false) {
                listing.skipped.append(Skipped(path: entry.path, message: message, isError: error))
            }
            switch entry.kind {
            case .file:
                listing.files.append(entry.path)
            case .folder:
                if [".md", ".yaml", ".yml", ".mustache"].contains(where: { entry.path.lowercased().hasSuffix($0) }) {
                    misnamed.append(entry.path)
                    skip("this is a folder, but its name is that of a file; nothing in it is read", error: true)
                }
            case .link:
                guard let target = realPath(FolderWalk.join(root, entry.path)) else {
                    skip("a symbolic link that leads nowhere (its target is missing, or it loops); skipped")
                    continue
                }
                if target == realRoot || target.hasPrefix(realRoot + "/") {
                    let inside = target == realRoot ? "." : String(target.dropFirst(realRoot.count + 1))
                    skip("a symbolic link to \(inside); skipped, since each file is read once, at its own path")
                } else {
                    skip("a symbolic link that leads out of the folder, to \(target); it is not read", error: true)
                }
            case .other:
                skip("not a regular file (a pipe, socket or device); skipped")
            case .unreadable:
                skip("a folder that cannot be opened (permissions?); nothing in it is read")
            }
        }
        return listing
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
