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
        let rootBytes = Array(root.utf8)
        let pathBytes = Array(pagePath.utf8)
        var draft = html
        return draft.withUTF8 { source in
            var output: [UInt8] = []
            output.reserveCapacity(source.count + 64 * rootBytes.count)
            var runStart = 0
            for position in 0..<source.count where source[position] == 1 || source[position] == 2 {
                output.append(contentsOf: source[runStart..<position])
                output.append(contentsOf: source[position] == 1 ? rootBytes : pathBytes)
                runStart = position + 1
            }
            output.append(contentsOf: source[runStart...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}
