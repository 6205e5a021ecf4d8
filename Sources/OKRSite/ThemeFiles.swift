import Foundation
import OKRModel

/// Reads a portal's own `Templates/` folder: every file becomes an override of the
/// built-in theme file at the same relative path.
enum ThemeFiles {
    static func read(_ directory: URL?) -> ([String: String], [Diagnostic]) {
        guard let directory else { return ([:], []) }
        let root = directory.standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let shown = directory.lastPathComponent
        guard let enumerator = FileManager.default.enumerator(
            at: directory.standardizedFileURL, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return ([:], []) }
        var files: [String: String] = [:]
        var problems: [Diagnostic] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            guard relative.hasSuffix(".mustache") || relative.hasPrefix("assets/") || relative.hasPrefix("strings/") else { continue }
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                files[relative] = text
            } else {
                problems.append(.error(.unreadableFile, "cannot read this theme file as UTF-8 text", at: SourceLocation(path: "\(shown)/\(relative)", line: 1, column: 1)))
            }
        }
        return (files, problems)
    }
}
