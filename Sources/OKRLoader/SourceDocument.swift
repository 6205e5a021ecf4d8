import OKRModel
import OKRSyntax

/// One source file read into its YAML tree and, for Markdown files, its rendered body.
struct SourceDocument {
    var root: YAMLNode?
    var body: RenderedMarkdown
    /// The line of the file the Markdown body starts on: positions in `body` count from it.
    var bodyLine = 1

    /// The most HTML a file's Markdown body may make: with `FileParser.maximumPageSourceBytes`
    /// for the rest, its page stays under 1 MB.
    static let maximumBodyHTMLBytes = 256 * 1024

    /// Reads `.md` (front matter + body) or `.yaml`/`.yml` (all YAML). Problems go to `reader`;
    /// nil means the file could not be read as YAML at all.
    /// `headingsFrom`: the level at which the page that shows the body starts its headings.
    /// `frontMatterKeys`: the keys the file's front matter takes; a Markdown file without front
    /// matter whose first line is one of them was meant to have some.
    static func read(_ text: String, markdown: Bool, headingsFrom: Int = 1, frontMatterKeys: [String] = [], reader: inout NodeReader) -> SourceDocument? {
        var yaml = text
        var offset = 0
        var body = RenderedMarkdown(html: "", sectionTitles: [])
        var bodyLine = 1
        if markdown {
            do {
                let split = try FrontMatter.split(text)
                // YAML at the top of a Markdown file without the "---" lines around it is
                // read as the notes: say what is missing rather than what the YAML lacks.
                if !split.hasFrontMatter, let first = split.body.split(separator: "\n", maxSplits: 1).first,
                   let colon = first.firstIndex(of: ":"), frontMatterKeys.contains(String(first[..<colon])) {
                    reader.diagnostics.error(
                        .yamlSyntax, "'\(first.prefix(40))' starts YAML outside front matter: put a line '---' above it and another below the YAML (notes in Markdown go after that)",
                        at: reader.fileStart)
                    return nil
                }
                yaml = split.yaml
                offset = split.yamlLineOffset
                bodyLine = split.bodyLine
                if !split.body.isEmpty { body = Markdown.render(split.body, headingsFrom: headingsFrom) }
                // Markdown can grow several times in HTML (a table of one-letter cells), so the
                // page's share is bounded after rendering, where the bytes are known.
                if body.html.utf8.count > maximumBodyHTMLBytes {
                    reader.diagnostics.error(
                        .outOfRange,
                        "the text below the front matter makes \(Format.number(Double((body.html.utf8.count + 1023) / 1024))) KB of HTML; a page shows at most \(maximumBodyHTMLBytes / 1024) KB of it",
                        at: SourceLocation(path: reader.path, line: bodyLine, column: 1))
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
            return SourceDocument(root: root, body: body, bodyLine: bodyLine)
        } catch {
            var problem = Diagnostic.error(
                .yamlSyntax, "invalid YAML: \(error.message)",
                at: SourceLocation(path: reader.path, line: error.position.line, column: error.position.column))
            problem.fix = error.mend.map { TextFix(original: $0.original, replacement: $0.replacement, line: $0.position.line, column: $0.position.column) }
            reader.diagnostics.append(problem)
            return nil
        }
    }
}
