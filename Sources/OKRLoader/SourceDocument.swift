import OKRModel
import OKRSyntax

/// One source file read into its YAML tree and, for Markdown files, its rendered body.
struct SourceDocument {
    var root: YAMLNode?
    var body: RenderedMarkdown

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
