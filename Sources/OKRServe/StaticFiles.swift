import Foundation

/// Maps a request path to a file inside the output folder, or to nothing. The preview server
/// must never hand out anything else: `..` (also percent-encoded), backslashes, NUL bytes and
/// symbolic links that lead outside the folder all resolve to nil, which answers 404.
public struct StaticFiles: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func resolve(_ requestPath: String) -> URL? {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding else { return nil }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var candidate = segments.reduce(root) { $0.appendingPathComponent(String($1)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { candidate.appendPathComponent("index.html") }
        // Resolve links and check the real path is still inside the real root.
        let realRoot = root.resolvingSymlinksInPath().path
        let real = candidate.resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return nil }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return URL(fileURLWithPath: real)
    }

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml", "svg": "image/svg+xml", "png": "image/png",
        "ico": "image/x-icon", "txt": "text/plain; charset=utf-8", "dot": "text/vnd.graphviz",
    ]

    public static func contentType(of url: URL) -> String {
        contentTypes[url.pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
