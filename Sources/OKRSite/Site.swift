import Foundation
import OKRGraph
import OKRHints
import OKRLoader
import OKRModel
import OKRRender

/// The pipeline, as named steps: load the theme, load the content, resolve alignment, then
/// (for `build`) render and write. `check` is the same without the last step.
public enum Site {
    /// Everything up to rendering, with every problem found.
    public struct Loaded: Sendable {
        public var theme: CompiledTheme?
        public var content: PortalContent
        public var graph: AlignmentGraph
        public var findings: [Finding]
        public var diagnostics: [Diagnostic]
        /// The day the site is built as of: portal.yaml's `as_of`, else the options' date.
        public var buildDate: Day

        /// What a load reports before anything is written: its problems, whether they let
        /// the build go on, and how many objectives it read.
        func report(strict: Bool) -> BuildReport {
            var report = BuildReport(diagnostics: diagnostics, succeeded: Site.passes(diagnostics, strict: strict))
            report.objectives = content.okrSets.reduce(0) { $0 + $1.objectives.count }
            return report
        }

        /// The render stage over this load; nil when the theme did not compile.
        func renderer() -> SiteRenderer? {
            let published = PublishedContent(content: content, graph: graph, findings: findings)
            return theme.map {
                SiteRenderer(index: SiteIndex(content: published.content, graph: published.graph, findings: published.findings, buildDate: buildDate), theme: $0)
            }
        }
    }

    /// - Parameters:
    ///   - cache: parsed files kept from an earlier load of the same folder (`serve`, `diff`).
    ///   - source: where the content folder's files come from; the folder on disk by default,
    ///     a git revision for `diff`.
    public static func load(_ options: BuildOptions, cache: ParseCache? = nil, source: ContentSource? = nil) async -> Loaded {
        var diagnostics: [Diagnostic] = []
        let clock = ContinuousClock()
        var started = clock.now
        func finished(_ step: String) {
            options.progress(.step(step, clock.now - started))
            started = clock.now
        }

        // Step 1: the theme, built-in with the portal's own overrides.
        let (overrides, overrideProblems) = ThemeFiles.read(options.templatesDirectory)
        diagnostics += overrideProblems
        let themePrefix = options.templatesDirectory?.lastPathComponent ?? "Templates"
        let themeFiles = Theme.builtin.overlaid(with: overrides)
        let (theme, themeProblems) = themeFiles.compile(displayPrefix: themePrefix)
        diagnostics += themeProblems
        finished("theme")

        // Step 2: the content, every file validated.
        let (content, contentProblems) = await ContentLoader.load(
            from: source ?? .directory(options.contentDirectory),
            displayPrefix: options.contentDirectory.standardizedFileURL.lastPathComponent,
            availableLanguages: themeFiles.languages,
            knownHintRules: HintRule.ids,
            buildDate: options.buildDate,
            cache: cache)
        diagnostics += contentProblems
        finished("load \(content.people.count) people, \(content.teams.count) teams, \(content.okrSets.count) OKR files")

        // Step 3: alignment, resolved across owners and cycles.
        let (graph, graphProblems) = AlignmentGraph.build(from: content)
        diagnostics += graphProblems
        finished("alignment")

        // Step 4: the writing hints, reported as warnings.
        let buildDate = content.config.asOf ?? options.buildDate
        let findings = HintChecker.run(content: content, graph: graph, buildDate: buildDate)
        diagnostics += findings.diagnostics(strictTime: content.config.hints.strictTime)
        finished("hints")

        return Loaded(theme: theme, content: content, graph: graph, findings: findings, diagnostics: diagnostics.normalized(), buildDate: buildDate)
    }

    /// The content alone, for the commands that edit it (`cycle carry`, `checkin`): the
    /// languages portal.yaml may name are the theme's, overrides included, as in a build.
    public static func loadContent(
        _ folder: URL, displayPrefix: String, templatesDirectory: URL?, buildDate: Day? = nil
    ) async -> (content: PortalContent, diagnostics: [Diagnostic]) {
        let languages = Theme.builtin.overlaid(with: ThemeFiles.read(templatesDirectory).0).languages
        return await ContentLoader.load(
            from: .directory(folder), displayPrefix: displayPrefix, availableLanguages: languages, knownHintRules: HintRule.ids, buildDate: buildDate)
    }

    /// No errors, and with `strict` no warnings either, except those that come with the
    /// passing of time where the portal lets them pass (`Diagnostic.exemptFromStrict`).
    public static func passes(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.errorCount == 0 && (!strict || !diagnostics.contains { $0.severity == .warning && $0.exemptFromStrict != true })
    }

    /// `okr-portal check`: load and validate, write nothing.
    public static func check(_ options: BuildOptions) async -> BuildReport {
        await load(options).report(strict: options.strict)
    }

    /// `okr-portal serve`: check, and hand back the renderer instead of writing, so pages
    /// are rendered when they are asked for. Warnings do not stop a preview.
    public static func preview(_ options: BuildOptions, cache: ParseCache? = nil) async -> (report: BuildReport, renderer: SiteRenderer?) {
        let loaded = await load(options, cache: cache)
        var report = loaded.report(strict: false)
        guard report.succeeded, let renderer = loaded.renderer() else {
            report.succeeded = false
            return (report, nil)
        }
        report.pages = renderer.jobs().count
        return (report, renderer)
    }

    /// `okr-portal build`: check, then render every page and bring the output folder up to
    /// date, writing only files whose bytes changed. On any error in the sources the previous
    /// output stays as it was.
    public static func build(_ options: BuildOptions) async -> BuildReport {
        // Same inputs as the last successful build and its files untouched since: the site on
        // disk is already what this build would write, and the problems are the ones it
        // reported, so neither load nor render.
        let output = options.outputDirectory
        let fingerprint = BuildFingerprint.of(options)
        if let manifest = OutputManifest.load(for: output, fingerprint: fingerprint.value), manifest.matchesDisk(of: output) {
            options.progress(.step("output already up to date, nothing rendered", .zero))
            var report = BuildReport(diagnostics: manifest.diagnostics, succeeded: passes(manifest.diagnostics, strict: options.strict))
            report.objectives = manifest.objectives
            if report.succeeded {
                report.pages = manifest.pages
                report.files = manifest.files.count
                manifest.reportSize(in: &report)
            }
            return report
        }

        let loaded = await load(options)
        var report = loaded.report(strict: options.strict)
        let renderer = report.succeeded ? loaded.renderer() : nil
        report.succeeded = false  // until the site is written
        guard let renderer else { return report }
        if let problem = outputOverlapsSources(options) {
            report.diagnostics.append(problem)
            return report
        }
        // Until this build has finished, no manifest may vouch for the folder.
        OutputManifest.remove(for: output)

        // Step 5: render, and write what changed.
        do {
            let started = ContinuousClock.now
            let counts = try await SiteWriter(output: options.outputDirectory, progress: options.progress).write(renderer)
            options.progress(.step("render and write", ContinuousClock.now - started))
            report.pages = counts.pages
            report.files = counts.files
            report.filesWritten = counts.written
            report.filesRemoved = counts.removed
            report.notes = counts.notes
            report.succeeded = true
            let manifest = OutputManifest.take(
                of: output, fingerprint: fingerprint.value, pages: counts.pages, objectives: report.objectives,
                languages: loaded.content.config.languages.count, diagnostics: loaded.diagnostics, paths: counts.paths)
            manifest.reportSize(in: &report)
            try? manifest.save(for: output)
        } catch {
            report.diagnostics.append(.error(.outputFailed, describe(error), at: SourceLocation(path: options.outputDirectory.lastPathComponent, line: 1, column: 1)))
        }
        Leftovers(consume loaded, consume renderer).freeElsewhere()
        return report
    }
}

/// The content, graph and index of a build, handed to another thread to free. Freeing them
/// walks every object once on one core (about a second at 50,000 people) and the report does
/// not depend on it; a command that exits first leaves the memory to the system.
private final class Leftovers: @unchecked Sendable {
    // Set once here and cleared once on the freeing thread, which alone touches them after
    // the hand-off: the references are the last ones, so the freeing happens there.
    private var loaded: Site.Loaded?
    private var renderer: SiteRenderer?

    init(_ loaded: consuming Site.Loaded, _ renderer: consuming SiteRenderer) {
        self.loaded = loaded
        self.renderer = renderer
    }

    func freeElsewhere() {
        Thread.detachNewThread { [self] in
            loaded = nil
            renderer = nil
        }
    }
}

extension Site {
    /// The output folder is replaced whole; it must never be, or hold, a source folder.
    static func outputOverlapsSources(_ options: BuildOptions) -> Diagnostic? {
        let output = options.outputDirectory.standardizedFileURL.path
        let sources = [options.contentDirectory, options.templatesDirectory].compactMap { $0?.standardizedFileURL.path }
        for source in sources where source == output || source.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
            return .error(
                .outputFailed, "the output folder \(output) contains the sources at \(source); choose another --output",
                at: SourceLocation(path: options.outputDirectory.lastPathComponent, line: 1, column: 1))
        }
        return nil
    }
}

extension Site {
    /// A writing error in words: Foundation's errors print as a dump of their user info
    /// ("Error Domain=NSCocoaErrorDomain Code=4 …"); say which path and the system's reason.
    static func describe(_ error: any Error) -> String {
        let error = error as NSError
        guard error.domain == NSCocoaErrorDomain, let path = error.userInfo[NSFilePathErrorKey] as? String else {
            return "\(error)"
        }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return "cannot write \(path): \(String(cString: strerror(Int32(underlying.code))))"
        }
        let reasons = [
            NSFileWriteFileExistsError: "a file is in the way", NSFileNoSuchFileError: "no such file or folder",
            NSFileWriteNoPermissionError: "permission denied", NSFileWriteOutOfSpaceError: "the disk is full",
            NSFileWriteVolumeReadOnlyError: "the disk is read-only",
        ]
        return "cannot write \(path): \(reasons[error.code] ?? "error \(error.code)")"
    }
}

extension Rule {
    public static let outputFailed: Rule = "output-failed"
}
