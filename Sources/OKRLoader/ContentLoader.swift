import OKRModel
import OKRSupport
import OKRSyntax

/// The load stage: reads a content folder, validates every file, checks the references
/// between files and returns the model with every diagnostic found (none are fatal here:
/// a broken file is reported and left out, and loading goes on).
public enum ContentLoader {
    /// - Parameters:
    ///   - source: the files of the content folder.
    ///   - displayPrefix: prefixed to paths in diagnostics, usually the folder's own name
    ///     (`content`), so paths read relative to the folder's parent as the spec wants.
    ///   - availableLanguages: UI languages the theme has strings for.
    ///   - knownHintRules: ids of the writing hints, which `hints:` settings may name.
    ///   - buildDate: the day the site is built for; check-ins dated after it are errors.
    public static func load(
        from source: ContentSource, displayPrefix: String, availableLanguages: Set<String> = ["en", "zh"],
        knownHintRules: [String] = [], buildDate: Day? = nil, cache: ParseCache? = nil
    ) async -> (content: PortalContent, diagnostics: [Diagnostic]) {
        let display = { (relative: String) in displayPrefix.isEmpty ? relative : displayPrefix + "/" + relative }
        var diagnostics = DiagnosticBag()
        let listed: [String]
        var unreadable: [String] = []
        do {
            let listing = try source.list()
            listed = listing.files.sorted()
            unreadable = listing.skipped.filter(\.isError).map(\.path)
            for skipped in listing.skipped.sorted(by: { $0.path < $1.path }) {
                diagnostics.append(skipped.diagnostic(at: display(skipped.path)))
            }
        } catch {
            diagnostics.error(.unreadableFile, "cannot read the content folder: \(error)", at: SourceLocation(path: displayPrefix, line: 1, column: 1))
            return (PortalContent(config: PortalConfig(), company: Company(name: "OKRs"), people: [], teams: [], okrSets: []), diagnostics.items)
        }

        // 1. Classify every file by where it sits.
        var files: [ContentFile] = []
        for path in listed {
            switch ContentFile.classify(path) {
            case .some(.success(let kind)): files.append(ContentFile(path: path, displayPath: display(path), kind: kind))
            case .some(.failure(let problem)): diagnostics.append(.init(problem.severity, problem.rule, problem.message, at: SourceLocation(path: display(path), line: 1, column: 1)))
            case nil: continue
            }
        }
        if !files.contains(where: { $0.kind == .config }) {
            var message = "the content folder has no portal.yaml (site title, languages and cycles)"
            // Pointed one folder too high (the repository instead of its content/), every file
            // would be "not read"; name the folder that looks right and spare those warnings.
            if let nested = listed.filter({ $0.hasSuffix("/portal.yaml") }).min(by: { Self.nearness($0) < Self.nearness($1) }) {
                message += "; \(display(nested)) looks like the content folder's, so the folder to build may be \(display(String(nested.dropLast("/portal.yaml".count))))"
                diagnostics.removeAll { $0.rule == .unexpectedFile }
            }
            diagnostics.error(.missingField, message, at: SourceLocation(path: display("portal.yaml"), line: 1, column: 1))
        }

        // 2. Parse every file on its own, in parallel: no file's meaning depends on another yet.
        cache?.begin(languages: availableLanguages, hintRules: knownHintRules)
        let parsed = await concurrentMap(files) { file in
            let stamp = cache == nil ? nil : source.stamp(file.path)
            if let stamp, let kept = cache?.parsed(file, stamp: stamp) { return kept }
            let parsed = FileParser.parse(file, source: source, availableLanguages: availableLanguages, knownHintRules: knownHintRules)
            if let stamp { cache?.keep(parsed, stamp: stamp) }
            return parsed
        }
        cache?.keep(only: Set(files.map(\.path)))

        // 3. Put the pieces together and check the references between files.
        var assembler = Assembler()
        for path in unreadable {
            if case .some(.success(let kind)) = ContentFile.classify(path) { assembler.markUnread(kind) }
        }
        for file in parsed { assembler.add(file) }
        diagnostics.append(contentsOf: assembler.diagnostics.items)
        let (content, crossFile) = assembler.finish(buildDate: buildDate)
        diagnostics.append(contentsOf: crossFile)
        return (content, diagnostics.items.normalized())
    }

    /// Orders candidate portal.yaml files: the shallowest first, `content/` (the usual
    /// layout of a portal repository) first among equals.
    private static func nearness(_ path: String) -> (Int, Int, String) {
        (path.utf8.count { $0 == UInt8(ascii: "/") }, path == "content/portal.yaml" ? 0 : 1, path)
    }
}
