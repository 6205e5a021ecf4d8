import Foundation

/// A rendered page with stand-ins where its place in the site goes: the relative path up to
/// the site's root and the page's own path. One draft gives every page that shows the same
/// thing (an owner's landing page and its current cycle's page), each with its own paths.
///
/// The stand-ins are control characters, which no content can bring into a page: libyaml
/// rejects them written literally in YAML, and a scalar that holds one through a
/// double-quoted escape is an error (`control-character`), so such sources never render;
/// Markdown bodies have them replaced before rendering (`Markdown.render`); the theme
/// compiler rejects templates and string tables that hold them.
struct PageDraft {
    static let rootStandIn = "\u{1}"
    static let pathStandIn = "\u{2}"

    /// UTF-8.
    let html: [UInt8]

    init(html: [UInt8]) {
        self.html = html
    }

    init(html: String) {
        self.html = Array(html.utf8)
    }

    /// The page written at `prefix + pagePath` (`zh/` + `people/ana/`).
    func page(at pagePath: String, prefix: String) -> OutputFile {
        func up(_ path: String) -> String {
            let depth = path.split(separator: "/").count
            return depth == 0 ? "./" : String(repeating: "../", count: depth)
        }
        return OutputFile(
            path: prefix + pagePath + "index.html",
            bytes: filled(root: up(prefix + pagePath), pagePath: pagePath, languagePrefix: prefix, languageRoot: up(pagePath)))
    }

    /// The draft's bytes with the stand-ins replaced. Bytes rather than a String: the page
    /// goes straight to a file, and appending slices of a String (with its index and UTF-8
    /// bookkeeping) was a twentieth of a build.
    ///
    /// A link into the page's own language (`root` + `zh/` + `company/`) is written from the
    /// language's root instead (`../../company/` rather than `../../../zh/company/`): most
    /// links of a page in another language than the first are such links.
    func filled(root: String, pagePath: String, languagePrefix: String = "", languageRoot: String = "") -> [UInt8] {
        let rootBytes = Array(root.utf8)
        let pathBytes = Array(pagePath.utf8)
        let prefixBytes = Array(languagePrefix.utf8)
        let languageRootBytes = Array(languageRoot.utf8)
        return html.withUnsafeBufferPointer { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 16)
            guard let base = bytes.baseAddress else { return output }
            // memchr finds each kind of stand-in many times faster than a loop over the bytes.
            func next(_ standIn: Int32, from offset: Int) -> Int {
                guard offset < bytes.count, let found = memchr(base + offset, standIn, bytes.count - offset) else { return bytes.count }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var nextRoot = next(1, from: 0)
            var nextPath = next(2, from: 0)
            var runStart = 0
            while min(nextRoot, nextPath) < bytes.count {
                let offset = min(nextRoot, nextPath)
                output += UnsafeBufferPointer(rebasing: bytes[runStart..<offset])
                runStart = offset + 1
                if offset == nextRoot {
                    let after = offset + 1
                    if !prefixBytes.isEmpty, after + prefixBytes.count <= bytes.count,
                       UnsafeBufferPointer(rebasing: bytes[after..<after + prefixBytes.count]).elementsEqual(prefixBytes) {
                        output += languageRootBytes
                        runStart = after + prefixBytes.count
                    } else {
                        output += rootBytes
                    }
                    nextRoot = next(1, from: after)
                } else {
                    output += pathBytes
                    nextPath = next(2, from: offset + 1)
                }
            }
            output += UnsafeBufferPointer(rebasing: bytes[runStart...])
            return output
        }
    }
}
