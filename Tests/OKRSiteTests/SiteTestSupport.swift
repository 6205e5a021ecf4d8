import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OKRSupport
import OKRTestSupport
import Synchronization
import Testing
import OKRModel
import OKRRender
@testable import OKRSite

// What the site suites share: where the fixtures and the demo are, the small site most tests
// build, and the checks over a built site.

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let demoDate = Day(iso: "2026-11-20")!

let smallSite: [String: String] = [
    "content/portal.yaml": """
    title: Small & Co
    languages: [en, zh]
    cycles:
      - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
      - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
    """,
    "content/company.md": "---\nname: Small <Co>\n---\nStrategy.\n",
    "content/org/teams.yaml": "- {id: sales, name: Sales}\n- {id: emea, name: EMEA, parent: sales}\n",
    "content/org/people.yaml": "- {id: ana, name: Ana <script>, team: emea, email: ana@example.com}\n- {id: bo, name: Bo, team: sales}\n",
    "content/okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: {en: Grow, zh: 增长}\n    key_results:\n      - {title: Revenue, start: 0, target: 10, current: 4}\n---\n",
    "content/okrs/2026-Q4/people/ana.md": "---\nobjectives:\n  - title: Help grow\n    aligns: [company/O1/KR1]\n    key_results:\n      - {title: Deals, done: true}\n---\n",
    "content/okrs/2026-Q3/teams/sales.md": "---\nobjectives:\n  - title: Old goal\n    key_results:\n      - {title: K, progress: 0.5, score: 0.6}\n---\n## Retrospective\nFine.\n",
]

func options(_ folder: TemporaryFolder, strict: Bool = false) -> BuildOptions {
    BuildOptions(
        contentDirectory: folder.url.appendingPathComponent("content"), templatesDirectory: nil,
        outputDirectory: folder.url.appendingPathComponent("public"), strict: strict, buildDate: demoDate)
}

/// The site of `folder`'s sources built again into an empty folder beside.
func fresh(_ folder: TemporaryFolder) async -> URL {
    var options = options(folder)
    options.outputDirectory = folder.url.appendingPathComponent("fresh")
    _ = await Site.build(options)
    return options.outputDirectory
}

func allFiles(in root: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let base = root.standardizedFileURL.path + "/"
    for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
    }
    return files
}

/// Internal links (href/src) of every page whose target file or anchor is missing.
func brokenLinks(in root: URL) throws -> [String] {
    let files = try allFiles(in: root)
    let anchors = /\sid="([^"]+)"/
    let links = /(?:href|src)="([^"]+)"/
    var idsByPage: [String: Set<String>] = [:]
    var broken: [String] = []
    for (path, data) in files where path.hasSuffix(".html") {
        idsByPage[path] = Set(String(decoding: data, as: UTF8.self).matches(of: anchors).map { String($0.1) })
    }
    for (path, data) in files where path.hasSuffix(".html") {
        let folder = (path as NSString).deletingLastPathComponent
        for match in String(decoding: data, as: UTF8.self).matches(of: links) {
            let link = String(match.1).replacingOccurrences(of: "&amp;", with: "&")
            if link.hasPrefix("http") || link.hasPrefix("mailto:") { continue }
            let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let target = parts[0].isEmpty ? path : resolve(String(parts[0]), from: folder)
            guard files[target] != nil else { broken.append("\(path): \(link)"); continue }
            if parts.count == 2, target.hasSuffix(".html"), idsByPage[target]?.contains(String(parts[1])) != true {
                broken.append("\(path): \(link) (no anchor)")
            }
        }
    }
    return broken.sorted()
}

/// `link` relative to `folder`, with `.` and `..` resolved; folders mean their index.html.
func resolve(_ link: String, from folder: String) -> String {
    var segments = folder.split(separator: "/").map(String.init)
    for segment in link.split(separator: "/", omittingEmptySubsequences: true) {
        switch segment {
        case ".": continue
        case "..": if !segments.isEmpty { segments.removeLast() } else { return "<outside the site>" }
        default: segments.append(String(segment))
        }
    }
    let isFolder = link.hasSuffix("/") || link == "." || link.hasSuffix("/.") || link.hasSuffix("..")
    return (segments + (isFolder ? ["index.html"] : [])).joined(separator: "/")
}

struct ProducerFailed: Error {}

/// Hands text to a sink in 64 KiB pieces, as a streamed producer does.
func sendInPieces(_ text: String, to sink: ByteSink) throws {
    let bytes = Array(text.utf8)
    for start in stride(from: 0, to: bytes.count, by: 1 << 16) {
        try bytes[start..<min(start + (1 << 16), bytes.count)].withUnsafeBufferPointer(sink)
    }
}
