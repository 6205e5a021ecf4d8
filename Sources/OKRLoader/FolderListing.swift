import Foundation
import OKRModel
import OKRSupport
#if canImport(Glibc)
import Glibc
#endif

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
