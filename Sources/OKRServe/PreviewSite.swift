import Foundation
import OKRRender
import Synchronization

/// The site as `serve` shows it: rendered when asked for, from the last sources that built,
/// and never written to disk (as `hugo server` keeps its site in memory).
///
/// After an edit only the check runs again (load, alignment, hints); a page is rendered when
/// the browser asks for it, which takes milliseconds. Writing the whole site took 30 s and
/// more at 10,000 people, all of it before the edited page could reload. The export, the
/// search index, the feeds and the spreadsheets are made together the first time one of them
/// is asked for, and kept until the next change.
final class PreviewSite: Sendable {
    let renderer: SiteRenderer
    /// Site path ("people/ana/index.html") → the page at it.
    private let pages: [String: PageJob]
    /// The theme's assets, the 404 page: every page needs some of them at once.
    private let fixed: [String: OutputFile]
    private let data = Mutex<[String: OutputFile]?>(nil)

    init(renderer: SiteRenderer) {
        self.renderer = renderer
        pages = Dictionary(renderer.jobs().map { (renderer.outputPath(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        fixed = Dictionary(renderer.fixedFiles().map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The site path a request names, or nil for one that could name something outside the
    /// site: `..` and `.` segments (also percent-encoded), backslashes and NUL bytes.
    static func sitePath(_ requestPath: String) -> String? {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding else { return nil }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let joined = segments.joined(separator: "/")
        if joined.isEmpty { return "index.html" }
        return decoded.hasSuffix("/") ? joined + "/index.html" : joined
    }

    /// What a request gets: a file, a redirect to the folder's address with its final slash
    /// (the page's relative links only work from there, so static servers redirect too), or
    /// nothing.
    enum Answer {
        case file(OutputFile)
        case redirect(String)
        case notFound
    }

    func answer(_ requestPath: String) -> Answer {
        guard let path = Self.sitePath(requestPath) else { return .notFound }
        if pages[path + "/index.html"] != nil { return .redirect(Self.folderAddress(requestPath)) }
        return file(at: path).map(Answer.file) ?? .notFound
    }

    /// The folder's address with its final slash, its empty segments dropped: `//people` would
    /// otherwise redirect to `//people/`, which a browser reads as the host "people".
    static func folderAddress(_ requestPath: String) -> String {
        "/" + requestPath.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/") + "/"
    }

    func file(at path: String) -> OutputFile? {
        if let job = pages[path] { return renderer.render(job) }
        if let file = fixed[path] { return file }
        // Every data file has an extension (okrs.json, feed.xml, teams.csv) and none is a
        // folder's page; any other address that is not a page need not wait for them all to
        // be made to be told so.
        guard let name = path.split(separator: "/").last, name.contains("."), name != "index.html" else { return nil }
        let made = data.withLock { files in
            if files == nil {
                files = Dictionary(renderer.staticFiles { $0 }.flatMap { $0 }.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return files?[path]
        }
        return made
    }

    var notFoundPage: OutputFile? { fixed["404.html"] }

    /// Whether the data files have been made (for tests).
    var hasMadeData: Bool { data.withLock { $0 != nil } }

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml", "svg": "image/svg+xml", "png": "image/png",
        "ico": "image/x-icon", "txt": "text/plain; charset=utf-8", "dot": "text/vnd.graphviz", "csv": "text/csv; charset=utf-8",
    ]

    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return contentTypes[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
