import Foundation
#if canImport(Glibc)
import Glibc
import OKRSupport
#endif

/// The files of a content folder, as two closures so tests can run on an in-memory site and
/// the tool on disk. Paths are relative to the content folder and use `/`.
public struct ContentSource: Sendable {
    /// Every regular file below the folder, relative paths, in any order, and what the
    /// folder holds that is not read.
    public var list: @Sendable () throws -> FolderListing
    /// The text of one file; throws when it cannot be read or is not UTF-8.
    public var readFile: @Sendable (String) throws -> String

    /// What a file's bytes are known by without reading them (size, modification time,
    /// inode), for `ParseCache`; nil when the source cannot tell.
    public var stamp: @Sendable (String) -> FileStamp?

    public init(
        list: @escaping @Sendable () throws -> FolderListing, readFile: @escaping @Sendable (String) throws -> String,
        stamp: @escaping @Sendable (String) -> FileStamp? = { _ in nil }
    ) {
        self.list = list
        self.readFile = readFile
        self.stamp = stamp
    }

    public init(
        listFiles: @escaping @Sendable () throws -> [String], readFile: @escaping @Sendable (String) throws -> String,
        stamp: @escaping @Sendable (String) -> FileStamp? = { _ in nil }
    ) {
        self.init(list: { FolderListing(files: try listFiles()) }, readFile: readFile, stamp: stamp)
    }

    /// Every regular file below the folder.
    public func listFiles() throws -> [String] { try list().files }

    public struct Unreadable: Error, CustomStringConvertible {
        public var description: String
        /// Where in the file the problem is, when it is inside the file (1-based; the column
        /// counts characters, as libyaml's positions do).
        public var line = 1
        public var column = 1
    }

    /// The file's bytes as text, or where the first byte that is not UTF-8 sits: an editor
    /// that saved one line in another encoding should be pointed at that line.
    public static func decodeUTF8(_ data: Data) throws -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var line = 1
        var column = 1
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar):
                offset += scalar.count
                if scalar.count == 1, scalar.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                let byte = String(data[data.startIndex + offset], radix: 16, uppercase: true)
                throw Unreadable(
                    description: "not UTF-8 text: byte 0x\(byte) is not part of a UTF-8 character; save the file as UTF-8",
                    line: line, column: column)
            case .emptyInput:
                throw Unreadable(description: "not UTF-8 text")
            }
        }
    }

    /// A file's text, read with plain POSIX calls (Foundation made a URL and a `Data` per file).
    /// Anything unusual (a file that cannot be opened, bytes that are not UTF-8) goes the
    /// Foundation way, which words the problem.
    public static func readText(atPath path: String) throws -> String {
        if let bytes = readBytes(atPath: path), let text = String(validating: bytes, as: UTF8.self) { return text }
        return try decodeUTF8(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private static func readBytes(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            // A full buffer gets more room: the file may have grown since `fstat`.
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 { return nil }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// A folder on disk. Hidden files and folders (`.git`, editor swap files) are skipped, and
    /// symbolic links are not followed out of the folder.
    public static func directory(_ root: URL) -> ContentSource {
        let rootPath = root.standardizedFileURL.path
        return ContentSource(
            list: {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw Unreadable(description: "no content folder at \(rootPath)")
                }
                return FolderListing.of(rootPath)
            },
            readFile: { relative in try readText(atPath: FolderWalk.join(rootPath, relative)) },
            stamp: { relative in FileStamp(path: FolderWalk.join(rootPath, relative)) })
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


/// Size, modification time (to the nanosecond) and inode of a file: what build tools such as
/// make and ninja take to mean "unchanged". An editor's save changes at least one of them.
/// Files read from git are known by their blob id instead, which names their bytes.
public struct FileStamp: Sendable, Hashable {
    var size: Int64 = 0
    var seconds = 0
    var nanoseconds = 0
    var inode: UInt64 = 0
    var blob: String?

    init(blob: String) {
        self.blob = blob
    }

    init?(path: String) {
        #if canImport(Glibc)
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        #else
        return nil
        #endif
    }
}
