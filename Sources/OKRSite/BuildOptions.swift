import Foundation
import OKRModel

/// What to build, from where, to where. The command line fills this in; the library never
/// reads the environment or the arguments itself.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    /// A folder of theme files overriding the built-in theme one file at a time; nil for none.
    public var templatesDirectory: URL?
    public var outputDirectory: URL
    /// Treat warnings as errors.
    public var strict: Bool
    /// "Today" for status against time; from SOURCE_DATE_EPOCH for reproducible builds.
    public var buildDate: Day
    /// Told about each finished step and each batch of written pages; the command line decides
    /// how (or whether) to show it.
    public var progress: @Sendable (BuildEvent) -> Void

    public init(
        contentDirectory: URL, templatesDirectory: URL? = nil, outputDirectory: URL, strict: Bool = false, buildDate: Day,
        progress: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.strict = strict
        self.buildDate = buildDate
        self.progress = progress
    }
}

/// What a running build reports.
public enum BuildEvent: Sendable, Equatable {
    /// A named step finished, with how long it took.
    case step(String, Duration)
    /// Pages written so far, of all pages.
    case pages(written: Int, total: Int)
}

/// What a build or check found and did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// HTML pages written (0 for a check or a failed build).
    public var pages: Int = 0
    /// All files written, pages included.
    public var files: Int = 0
    /// Files new or changed on disk; the rest already held the same bytes.
    public var filesWritten: Int = 0
    /// Files of the previous build that the new site no longer has.
    public var filesRemoved: Int = 0
    /// The bytes of all the site's files.
    public var bytes: Int = 0
    public var objectives: Int = 0
    /// False when errors (or, in strict mode, warnings) stopped the build.
    public var succeeded: Bool
    /// How the site was put in place when it could not be the usual way (see `SiteWriter`),
    /// and the host limits it passes (see `SiteSize`).
    public var notes: [String] = []

    public init(diagnostics: [Diagnostic], succeeded: Bool) {
        self.diagnostics = diagnostics
        self.succeeded = succeeded
    }
}
