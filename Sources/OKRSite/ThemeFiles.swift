import Foundation
import OKRLoader
import OKRModel

/// Reads a portal's own `Templates/` folder: every file becomes an override of the
/// built-in theme file at the same relative path.
enum ThemeFiles {
    static func read(_ directory: URL?) -> ([String: String], [Diagnostic]) {
        guard let directory else { return ([:], []) }
        let root = directory.standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let shown = directory.lastPathComponent
        var files: [String: String] = [:]
        var problems: [Diagnostic] = []
        let listing = FolderListing.of(root)
        problems += listing.skipped.map { $0.diagnostic(at: "\(shown)/\($0.path)") }
        for relative in listing.files {
            let path = prefix + relative
            guard relative.hasSuffix(".mustache") || relative.hasPrefix("assets/") || relative.hasPrefix("strings/") else { continue }
            let at = SourceLocation(path: "\(shown)/\(relative)", line: 1, column: 1)
            do {
                files[relative] = try ContentSource.readText(atPath: path)
            } catch let error as ContentSource.Unreadable {
                problems.append(.error(.unreadableFile, "cannot read this theme file: \(error)", at: SourceLocation(path: at.path, line: error.line, column: error.column)))
            } catch {
                problems.append(.error(.unreadableFile, "cannot read this theme file: \(error.localizedDescription)", at: at))
            }
        }
        return (files, problems)
    }
}
