import Foundation
import OKRModel

/// `check FILE…`: the problems of the files and folders an author names. Everything is still
/// read (an alignment is checked against the objective it names, wherever that is); only
/// what is reported narrows. Diagnostics name a file by the content folder's own name and the
/// path inside it (`content/okrs/…`) wherever the folder is, so the names given are matched
/// inside the folder.
public struct ContentPathFilter: Sendable {
    /// Diagnostic paths ("content/okrs/2026-Q4/people/ana.md"), and folders with a final "/".
    let files: Set<String>
    let folders: [String]

    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    public init(_ paths: [String], contentFolder: URL) throws(Refused) {
        let root = contentFolder.resolvingSymlinksInPath().standardizedFileURL.path
        // As the loader names files in its diagnostics.
        let prefix = contentFolder.standardizedFileURL.lastPathComponent
        var files: Set<String> = [], folders: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Refused(description: "no file or folder at '\(path)'")
            }
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            guard resolved == root || resolved.hasPrefix(root + "/") else {
                throw Refused(description: "'\(path)' is not inside the content folder (\(contentFolder.path)); only its files have problems to report")
            }
            let inside = prefix + resolved.dropFirst(root.count)
            if isDirectory.boolValue { folders.append(inside + "/") } else { files.insert(inside) }
        }
        self.files = files
        self.folders = folders
    }

    public func contains(_ diagnostic: Diagnostic) -> Bool {
        let path = diagnostic.location.path
        return files.contains(path) || folders.contains { path.hasPrefix($0) }
    }
}
