import Foundation

/// The files of a content folder, as two closures so tests can run on an in-memory site and
/// the tool on disk. Paths are relative to the content folder and use `/`.
public struct ContentSource: Sendable {
    /// Every regular file below the folder, relative paths, in any order.
    public var listFiles: @Sendable () throws -> [String]
    /// The text of one file; throws when it cannot be read or is not UTF-8.
    public var readFile: @Sendable (String) throws -> String

    public init(listFiles: @escaping @Sendable () throws -> [String], readFile: @escaping @Sendable (String) throws -> String) {
        self.listFiles = listFiles
        self.readFile = readFile
    }

    public struct Unreadable: Error, CustomStringConvertible {
        public var description: String
    }

    /// A folder on disk. Hidden files and folders (`.git`, editor swap files) are skipped, and
    /// symbolic links are not followed out of the folder.
    public static func directory(_ root: URL) -> ContentSource {
        let rootPath = root.standardizedFileURL.path
        return ContentSource(
            listFiles: {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw Unreadable(description: "no content folder at \(rootPath)")
                }
                guard let enumerator = FileManager.default.enumerator(
                    at: URL(fileURLWithPath: rootPath, isDirectory: true),
                    includingPropertiesForKeys: [.isRegularFileKey],
                    options: [.skipsHiddenFiles])
                else { return [] }
                var files: [String] = []
                let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
                for case let url as URL in enumerator {
                    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                    let path = url.standardizedFileURL.path
                    guard path.hasPrefix(prefix) else { continue }
                    files.append(String(path.dropFirst(prefix.count)))
                }
                return files
            },
            readFile: { relative in
                let data = try Data(contentsOf: URL(fileURLWithPath: prefixJoin(rootPath, relative)))
                guard let text = String(data: data, encoding: .utf8) else {
                    throw Unreadable(description: "not UTF-8 text")
                }
                return text
            })
    }

    /// An in-memory folder: relative path → text.
    public static func memory(_ files: [String: String]) -> ContentSource {
        ContentSource(
            listFiles: { Array(files.keys) },
            readFile: { path in
                guard let text = files[path] else { throw Unreadable(description: "no such file") }
                return text
            })
    }
}

private func prefixJoin(_ root: String, _ relative: String) -> String {
    root.hasSuffix("/") ? root + relative : root + "/" + relative
}
