/// A rendered page with stand-ins where its place in the site goes: the relative path up to
/// the site's root and the page's own path. One draft gives every page that shows the same
/// thing (an owner's landing page and its current cycle's page), each with its own paths.
///
/// The stand-ins are control characters, which no content can bring into a page: libyaml
/// rejects them in YAML, Markdown bodies have them replaced before rendering
/// (`Markdown.render`), and the theme compiler rejects templates that hold them.
struct PageDraft {
    static let rootStandIn = "\u{1}"
    static let pathStandIn = "\u{2}"

    let html: String

    /// The page written at `prefix + pagePath` (`zh/` + `people/ana/`).
    func page(at pagePath: String, prefix: String) -> OutputFile {
        let depth = (prefix + pagePath).split(separator: "/").count
        let root = depth == 0 ? "./" : String(repeating: "../", count: depth)
        return OutputFile(path: prefix + pagePath + "index.html", contents: filled(root: root, pagePath: pagePath))
    }

    func filled(root: String, pagePath: String) -> String {
        // Find the stand-ins on raw bytes, then copy the text between them as slices of the
        // draft: appending slices of a valid string needs no second UTF-8 check.
        var standIns: [Int] = []
        var draft = html
        draft.withUTF8 { bytes in
            for offset in 0..<bytes.count where bytes[offset] == 1 || bytes[offset] == 2 { standIns.append(offset) }
        }
        guard !standIns.isEmpty else { return html }
        let utf8 = html.utf8
        var output = ""
        output.reserveCapacity(utf8.count + standIns.count * max(root.utf8.count, pagePath.utf8.count))
        var runStart = utf8.startIndex
        for offset in standIns {
            let position = utf8.index(utf8.startIndex, offsetBy: offset)
            output += html[runStart..<position]
            output += utf8[position] == 1 ? root : pagePath
            runStart = utf8.index(after: position)
        }
        output += html[runStart...]
        return output
    }
}
