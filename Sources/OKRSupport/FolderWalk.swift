import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists what lies below a folder with `opendir`/`readdir`, taking each entry's kind from the
/// directory entry itself, where `FileManager`'s enumerator makes a URL and asks for its
/// resource values per file: a company's content folder holds tens of thousands of files.
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

    public static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
