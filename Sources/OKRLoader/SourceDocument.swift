import OKRModel
import OKRSyntax

/// One source file read into its YAML tree and, for Markdown files, its rendered body.
struct SourceDocument {
    var root: YAMLNode?
    var body: RenderedMarkdown

    /// The most HTML a file's Markdown body may make: with `FileParser.maximumPageSourceBytes`
    /// for the rest, its page stays under 1 MB.
    static let maximumBodyHTMLBytes = 256 * 1024

    /// Reads `.md` (front matter + body) or `.yaml`/`.yml` (all YAML). Problems go to `reader`;
    /// nil means the file could not be read as YAML at all.
    /// `headingsFrom`: the level at which the page that shows the body starts its headings.
    static func read(_ text: String, markdown: Bool, headingsFrom: Int = 1, reader: inout NodeReader) -> SourceDocument? {
        var yaml = text
        var offset = 0
        var body = RenderedMarkdown(html: "", sectionTitles: [])
        if markdown {
            do {
                let split = try FrontMatter.split(text)
                yaml = split.yaml
                offset = split.yamlLineOffset
                if !split.body.isEmpty { body = Markdown.render(split.body, headingsFrom: headingsFrom) }
                // Markdown can grow several times in HTML (a table of one-letter cells), so the
                // page's share is bounded after rendering, where the bytes are known.
                if body.html.utf8.count > maximumBodyHTMLBytes {
                    let line = split.hasFrontMatter ? split.yamlLineOffset + split.yaml.utf8.count { $0 == UInt8(ascii: "\n") } + 2 : 1
                    reader.diagnostics.error(
                        .outOfRange,
                        "the text below the front matter makes \(Format.number(Double((body.html.utf8.count + 1023) / 1024))) KB of HTML; a page shows at most \(maximumBodyHTMLBytes / 1024) KB of it",
                        at: SourceLocation(path: reader.path, line: line, column: 1))
                    return nil
                }
            } catch {
                reader.diagnostics.error(.yamlSyntax, error.message, at: reader.fileStart)
                return nil
            }
        }
        do {
            let root = try YAMLParser.parse(yaml, lineOffset: offset)
            for (position, character) in root?.forbiddenCharacters() ?? [] {
                reader.diagnostics.error(
                    .controlCharacter, YAMLNode.forbiddenCharacterMessage(character),
                    at: SourceLocation(path: reader.path, line: position.line, column: position.column))
            }
            return SourceDocument(root: root, body: body)
        } catch {
            reader.diagnostics.error(
                .yamlSyntax, "invalid YAML: \(error.message)",
                at: SourceLocation(path: reader.path, line: error.position.line, column: error.position.column))
            return nil
        }
    }
}
