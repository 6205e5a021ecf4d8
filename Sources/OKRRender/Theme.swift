import OKRBuiltinTheme
import OKRModel
import OKRSyntax
import OKRTemplate

/// The files of a theme: Mustache templates (`*.mustache`), assets copied to the output
/// (`assets/…`) and UI strings per language (`strings/<lang>.yaml`). Paths are relative.
public struct Theme: Sendable {
    public var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    /// The default theme, compiled into the binary so it works without this repository.
    public static var builtin: Theme { Theme(files: BuiltinTheme.files) }

    /// This theme with some files replaced or added: a portal's own `Templates/` overrides
    /// single files of the built-in theme.
    public func overlaid(with overrides: [String: String]) -> Theme {
        Theme(files: files.merging(overrides) { _, override in override })
    }

    /// Languages with a string table.
    public var languages: Set<String> {
        Set(files.keys.compactMap { path in
            guard path.hasPrefix("strings/"), path.hasSuffix(".yaml") else { return nil }
            return String(path.dropFirst("strings/".count).dropLast(".yaml".count))
        })
    }

    /// Parses every template and string table. `displayPrefix` names the folder in
    /// diagnostics (`Templates`).
    public func compile(displayPrefix: String = "Templates") -> (CompiledTheme?, [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        var library = TemplateLibrary()
        var strings: [String: [String: String]] = [:]
        var assets: [String: String] = [:]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let shown = "\(displayPrefix)/\(path)"
            if path.hasSuffix(".mustache") {
                if let place = Self.controlCharacter(in: text) {
                    // HTML does not allow them, and the renderer marks paths with two of them
                    // (PageDraft), so one in a template would be taken for a path.
                    diagnostics.error(.templateSyntax, "template error: control character U+\(place.code) is not allowed in a template", at: SourceLocation(path: shown, line: place.line, column: place.column))
                    continue
                }
                // A partial is included inline ("…{{>partials/progress}} 40%"): the line break
                // an editor puts at the end of its file is not part of it.
                let source = path.hasPrefix("partials/") && text.hasSuffix("\n") ? String(text.dropLast()) : text
                do {
                    try library.register(source, named: String(path.dropLast(".mustache".count)))
                } catch {
                    diagnostics.error(.templateSyntax, "template error: \(error.message)", at: SourceLocation(path: shown, line: error.line, column: error.column))
                }
            } else if path.hasPrefix("strings/"), path.hasSuffix(".yaml") {
                let language = String(path.dropFirst("strings/".count).dropLast(".yaml".count))
                strings[language] = Self.parseStrings(text, path: shown, diagnostics: &diagnostics)
            } else if path.hasPrefix("assets/") {
                assets[path] = text
            }
        }
        // A partial or parent that names no template would silently render nothing. (One that
        // names a template with a syntax error has been reported already.)
        for name in library.names {
            for reference in library.template(named: name)?.references ?? [] 
            where library.template(named: reference.name) == nil && files["\(reference.name).mustache"] == nil {
                diagnostics.error(
                    .templateSyntax, "template error: there is no template \(reference.name).mustache",
                    at: SourceLocation(path: "\(displayPrefix)/\(name).mustache", line: reference.line, column: reference.column))
            }
        }
        for name in ["layout"] + PageKind.allCases.map(\.template)
        where library.template(named: name) == nil && files["\(name).mustache"] == nil {
            diagnostics.error(.templateSyntax, "the theme has no template \(name).mustache", at: SourceLocation(path: "\(displayPrefix)/\(name).mustache", line: 1, column: 1))
        }
        if diagnostics.hasErrors { return (nil, diagnostics.items) }
        for unknown in Self.unknownFields(library, strings: strings) {
            diagnostics.warning(
                .templateField, Self.message(unknown),
                at: SourceLocation(path: "\(displayPrefix)/\(unknown.template).mustache", line: unknown.line, column: unknown.column))
        }
        return (CompiledTheme(library: library, strings: strings, assets: assets), diagnostics.items)
    }

    /// Names the templates read where no field holds them, on any page: Mustache renders them
    /// as nothing, so a field misspelt, or read outside the section that holds it, would
    /// leave a hole in every page without a word.
    static func unknownFields(_ library: TemplateLibrary, strings: [String: [String: String]]) -> [UnknownField] {
        var types = ViewModelSchema.types
        types["PageFrame"] = PageFrame.schema
        types["Site"] = ["title": .scalar]
        types["StringTable"] = Dictionary(strings.values.flatMap(\.keys).map { ($0, .scalar) }, uniquingKeysWith: { first, _ in first })
        let schema = TemplateSchema(types: types)
        // The page's own type innermost, so messages name it; no view model has a field of
        // the frame's names (a test says so), so the order finds the same as PageContext.
        var pages = PageKind.allCases.map { (template: $0.template, contexts: [TemplateSchema.Shape.object("PageFrame"), .object($0.model)]) }
        pages.append(("pages/404", [.object("PageFrame")]))
        return library.unknownFields(roots: pages, schema: schema)
    }

    static func message(_ unknown: UnknownField) -> String {
        var suggestions = Array(unknown.deeper.prefix(2))
        if suggestions.isEmpty {
            let limit = Suggestion.typoLimit(unknown.missing)
            let near = unknown.candidates.map { ($0, Suggestion.editDistance($0, unknown.missing)) }.filter { $0.1 <= limit }
            if let best = near.map(\.1).min(), near.filter({ $0.1 == best }).count == 1, let name = near.first(where: { $0.1 == best })?.0 {
                let written = unknown.written.split(separator: ".").map(String.init)
                suggestions = [(written.prefix { $0 != unknown.missing } + [name]).joined(separator: ".")]
            }
        }
        let prefix = unknown.searched == "StringTable"
            ? "there is no UI string '\(unknown.missing)' in strings/*.yaml"
            : unknown.written == unknown.missing
                ? "no field '\(unknown.missing)' here (\(unknown.searched), or a section around it)"
                : "\(unknown.searched) has no field '\(unknown.missing)' (in '\(unknown.written)')"
        return prefix + "; it renders as nothing" + Suggestion.didYouMean(suggestions)
    }

    /// The first control character a page may not hold (`Markdown.isForbiddenControl`).
    static func controlCharacter(in text: String) -> (line: Int, column: Int, code: String)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if Markdown.isForbiddenControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return (line, column, String(repeating: "0", count: 4 - hex.count) + hex)
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    static func parseStrings(_ text: String, path: String, diagnostics: inout DiagnosticBag) -> [String: String] {
        do {
            guard let root = try YAMLParser.parse(text) else { return [:] }
            for (position, character) in root.forbiddenCharacters() {
                diagnostics.error(
                    .controlCharacter, YAMLNode.forbiddenCharacterMessage(character),
                    at: SourceLocation(path: path, line: position.line, column: position.column))
            }
            guard case .mapping(let pairs) = root.value else {
                diagnostics.error(.wrongType, "a string table must map keys to text", at: SourceLocation(path: path, line: root.position.line, column: root.position.column))
                return [:]
            }
            var table: [String: String] = [:]
            for pair in pairs {
                guard let key = pair.keyText, case .scalar(let value, _) = pair.value.value else {
                    diagnostics.error(.wrongType, "a string table must map keys to text", at: SourceLocation(path: path, line: pair.key.position.line, column: pair.key.position.column))
                    continue
                }
                table[key] = value
            }
            return table
        } catch {
            diagnostics.error(.yamlSyntax, "invalid YAML: \(error.message)", at: SourceLocation(path: path, line: error.position.line, column: error.position.column))
            return [:]
        }
    }
}

/// A theme ready to render: parsed templates, string tables, assets.
public struct CompiledTheme: Sendable {
    let library: TemplateLibrary
    let strings: [String: [String: String]]
    public let assets: [String: String]

    /// The strings of `language`, with the default language's strings filling any gaps.
    func strings(for language: String, fallback: String) -> [String: String] {
        let base = strings[fallback] ?? strings["en"] ?? [:]
        return base.merging(strings[language] ?? [:]) { _, own in own }
    }

    func render(_ context: any TemplateObject, template: String) -> String {
        library.render(.object(context), template: template) ?? ""
    }

    func renderUTF8(_ context: any TemplateObject, template: String) -> [UInt8] {
        library.renderUTF8(.object(context), template: template) ?? []
    }
}

/// Namespace of the embedded default theme; its files are generated into
/// `BuiltinTheme+Files.swift` by `scripts/embed-theme.py`.

extension Rule {
    public static let templateSyntax: Rule = "template-syntax"
    /// A name a template reads that is not there where it is read.
    public static let templateField: Rule = "template-field"
}
