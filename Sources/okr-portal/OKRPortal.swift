import ArgumentParser
import Foundation
import OKRDiff
import OKRLoader
import OKRModel
import OKRServe
import OKRSite

/// The command line: parse arguments, run a pipeline step, print diagnostics, set the exit
/// code (0 success, 1 errors — or warnings with --strict —, 2 bad usage).
@main
struct OKRPortal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr-portal",
        abstract: "Publish a company's OKRs, kept as Markdown and YAML files, as a static web portal.",
        subcommands: [Build.self, Check.self, Diff.self, Serve.self, Init.self, New.self, CycleCommand.self, CheckInCommand.self, ScoreCommand.self])

    /// ArgumentParser exits with 64 on bad usage; the spec promises 2, as most Unix tools do.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let exitCode = exitCode(for: error)
            // "score … -0.5": the parser takes a negative number for an option and says the
            // score is missing; say what is wrong with the score instead.
            if exitCode != .success, let score = negativeScore(in: Array(CommandLine.arguments.dropFirst())),
               let refused = ScoreWriter.outOfRange(score) {
                Foundation.exit(refusal(refused).rawValue)
            }
            if exitCode == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// The negative number given to `score` as its score, if any.
func negativeScore(in arguments: [String]) -> Double? {
    guard arguments.first == "score" else { return nil }
    return arguments.dropFirst().lazy.filter { $0.hasPrefix("-") }.compactMap { Double($0) }.first
}

struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    @Flag(name: .long, help: "Fail on warnings too (writing hints), not only on errors.")
    var strict = false

    func buildDate() throws -> Day { try buildDateFromEnvironment() }

    func contentURL() throws -> URL { try contentFolder(content) }
}

/// The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC).
func buildDateFromEnvironment() throws -> Day {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
        // Years 1970 to 9999: the dates pages print have four-digit years, and the day
        // arithmetic would overflow near Int.min.
        guard let seconds = Int(epoch), (0...253_402_300_799).contains(seconds) else {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to 253402300799 (years 1970–9999), found '\(epoch)'")
        }
        return Day(unixSeconds: seconds)
    }
    return Day(unixSeconds: Int(Date().timeIntervalSince1970))
}

func contentFolder(_ content: String) throws -> URL {
    let url = URL(fileURLWithPath: content, isDirectory: true)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw ValidationError("no content folder at '\(content)'; pass --content DIR")
    }
    return url
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// How chatty the command is. On a terminal a build shows a live page count; in CI (or when
/// output is piped) only plain lines are printed.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only problems, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print each step of the build with its time.")
    var verbose = false

    var interactive: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    /// The progress callback for BuildOptions.
    func reporter() -> @Sendable (BuildEvent) -> Void {
        let (quiet, verbose, interactive) = (quiet, verbose, interactive)
        return { event in
            guard !quiet else { return }
            switch event {
            case .step(let name, let duration):
                if verbose {
                    let milliseconds = Int(duration / .milliseconds(1))
                    writeError((interactive ? "\r\u{1B}[K" : "") + "  \(name): \(milliseconds) ms, peak \(peakMemoryMiB()) MiB\n")
                }
            case .pages(let written, let total):
                // Only worth a live counter on a terminal and for builds of some size.
                if interactive && total > 2_000 { writeError("\r  rendering \(written)/\(total) pages") }
            }
        }
    }

    /// Clears the live counter, on a terminal.
    func clearLine() {
        if interactive && !quiet { writeError("\r\u{1B}[K") }
    }

    func finish(_ line: String) {
        guard !quiet else { return }
        clearLine()
        writeError(line + "\n")
    }
}

/// The most memory the process has held so far (resident, MiB): with each step's time it shows
/// which step sets the peak.
func peakMemoryMiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024  // Linux reports kilobytes
}

func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

/// Prints diagnostics: the text form goes to standard error like a compiler's, the machine
/// forms to standard output so they can be piped.
func report(_ diagnostics: [Diagnostic], format: DiagnosticFormat) {
    let text = format.format(diagnostics)
    if format == .text {
        FileHandle.standardError.write(Data(text.utf8))
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `--code-quality FILE`, for `build` and `check`: the problems written a second way, for GitLab.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("code-quality"), help: ArgumentHelp(
        "Also write the problems to this file as a GitLab Code Quality report (JSON): a merge request then lists the ones it adds.",
        valueName: "file"))
    var codeQuality: String?

    func write(_ diagnostics: [Diagnostic]) throws {
        guard let codeQuality else { return }
        do {
            try Data(DiagnosticFormat.codeQuality(diagnostics).utf8).write(to: URL(fileURLWithPath: codeQuality), options: .atomic)
        } catch {
            stderr("error: cannot write the code quality report to '\(codeQuality)': \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

/// A count as the summaries print it, thousands grouped: "40,122".
func grouped(_ count: Int) -> String { Format.number(Double(count)) }

/// A command that writes content and refuses (an existing file, a line it cannot place):
/// the reason said as an error, and exit code 1.
func refusal(_ refused: some CustomStringConvertible) -> ExitCode {
    stderr("error: \(refused.description)")
    return ExitCode(1)
}

func stderr(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The theme overrides: the folder given, else ./Templates when it exists, else none.
func templatesFolder(_ given: String?) throws -> URL? {
    if let given {
        guard FileManager.default.fileExists(atPath: given) else { throw ValidationError("no templates folder at '\(given)'") }
        return URL(fileURLWithPath: given, isDirectory: true)
    }
    return FileManager.default.fileExists(atPath: "Templates") ? URL(fileURLWithPath: "Templates", isDirectory: true) : nil
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the sources and write the site.")

    @OptionGroup var sources: SourceOptions
    @OptionGroup var output_: OutputOptions

    @Option(name: .long, help: "Theme overrides; default ./Templates when it exists, else only the built-in theme.")
    var templates: String?

    @Option(name: .long, help: "The output folder; a successful build brings it up to date, writing only files that changed.")
    var output: String = "public"

    @Option(name: .long, help: "How to print problems: text, github (workflow annotations) or json. CI needs no separate check.")
    var format: DiagnosticFormat = .text

    @OptionGroup var reports: ReportOptions

    func run() async throws {
        let started = Date()
        let options = BuildOptions(
            contentDirectory: try sources.contentURL(), templatesDirectory: try templatesFolder(templates),
            outputDirectory: URL(fileURLWithPath: output, isDirectory: true), strict: sources.strict,
            buildDate: try sources.buildDate(), progress: output_.reporter())
        let result = await Site.build(options)
        output_.clearLine()
        report(result.diagnostics, format: format)
        try reports.write(result.diagnostics)
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        for note in result.notes { stderr("note: \(note)") }
        if result.succeeded {
            output_.finish("built \(grouped(result.pages)) pages (\(DiagnosticFormat.counted(result.objectives, "objective")), \(grouped(result.files)) files, \(SiteSize.described(result.bytes)): "
                + "\(grouped(result.filesWritten)) written, \(grouped(result.files - result.filesWritten)) unchanged, \(grouped(result.filesRemoved)) removed) into \(output)/ in \(seconds) s; \(DiagnosticFormat.summary(result.diagnostics))")
        } else {
            stderr("build failed: \(DiagnosticFormat.summary(result.diagnostics)); \(output)/ was left as it was")
            if format == .text, let note = DiagnosticFormat.mendable(result.diagnostics) { stderr(note) }
            throw ExitCode(1)
        }
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the sources without writing anything.")

    @OptionGroup var sources: SourceOptions

    @Option(name: .long, help: "How to print problems: text, github (workflow annotations) or json.")
    var format: DiagnosticFormat = .text

    @OptionGroup var output_: OutputOptions

    @OptionGroup var reports: ReportOptions

    @Argument(help: ArgumentHelp(
        "Report only the problems of these files or folders of the content folder (all of it is still read, so alignments are checked).",
        valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "Write the mend of each problem that has one certain fix (a percentage written for a share, a misspelt key or value, a date with a time, a list without brackets), then check again.")
    var fix = false

    /// The files named, as a filter of the problems; nil when none are.
    func namedFiles() throws -> ContentPathFilter? {
        do {
            return paths.isEmpty ? nil : try ContentPathFilter(paths, contentFolder: try sources.contentURL())
        } catch let refused as ContentPathFilter.Refused {
            throw ValidationError(refused.description)
        }
    }

    func validate() throws { _ = try namedFiles() }

    func run() async throws {
        let content = try sources.contentURL()
        let filter = try namedFiles()
        let options = BuildOptions(
            contentDirectory: content, templatesDirectory: try templatesFolder(nil),
            outputDirectory: URL(fileURLWithPath: "public"), strict: sources.strict, buildDate: try sources.buildDate(),
            progress: output_.reporter())
        let result: BuildReport
        if fix {
            let (mended, report) = await SourceFixes.checkAndMend(options) { filter?.contains($0) ?? true }
            if mended.fixed > 0 { stderr("fixed \(DiagnosticFormat.counted(mended.fixed, "problem")) in \(mended.files.joined(separator: ", "))") }
            result = report
        } else {
            result = await Site.check(options)
        }
        let shown = filter.map { filter in result.diagnostics.filter(filter.contains) } ?? result.diagnostics
        report(shown, format: format)
        try reports.write(shown)
        if format == .text {
            let elsewhere = result.diagnostics.count - shown.count
            output_.finish("checked \(DiagnosticFormat.counted(result.objectives, "objective")): \(DiagnosticFormat.summary(shown))"
                + (filter == nil ? "" : " in the files named" + (elsewhere > 0 ? " (\(DiagnosticFormat.counted(elsewhere, "problem")) in others)" : "")))
            if !fix, let note = DiagnosticFormat.mendable(shown) { output_.finish(note) }
        }
        // Named files pass or fail on their own problems: another author's mistake is theirs.
        if !(filter == nil ? result.succeeded : Site.passes(shown, strict: sources.strict)) { throw ExitCode(1) }
    }
}

extension ChangeFormat: ExpressibleByArgument {}

struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say what a change does to the OKRs: compare the content folder at two git revisions.",
        discussion: "Objectives and key results added, removed or retitled; targets moved; progress and confidence moves; alignment links gained and lost; writing hints that appear or go. Exits 0 unless --fail-on names a kind of change that is present.")

    @Argument(help: "The older revision: a branch, tag or commit (origin/main, HEAD~1).")
    var base: String

    @Argument(help: "The newer revision; default the working tree, as it is now.")
    var head: String?

    @Option(name: .long, help: "The content folder, inside a git repository.")
    var content: String = "content"

    @Option(name: .long, help: "text (terminal), markdown (a pull-request comment) or json (okrs-diff.schema.json).")
    var format: ChangeFormat = .text

    @Option(name: .long, help: "Kinds of change that fail the command (exit 1), comma-separated, e.g. goalposts,unaligned.")
    var failOn: String?

    @OptionGroup var output_: OutputOptions

    func failingKinds() throws -> Set<ChangeKind> {
        guard let failOn else { return [] }
        var kinds: Set<ChangeKind> = []
        for name in failOn.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = ChangeKind(rawValue: name) else {
                throw ValidationError("--fail-on: no kind of change '\(name)'; the kinds are " + ChangeKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kinds.insert(kind)
        }
        return kinds
    }

    func run() async throws {
        let failing = try failingKinds()
        let options = BuildOptions(
            contentDirectory: try contentFolder(content), templatesDirectory: nil,
            outputDirectory: URL(fileURLWithPath: "public"), strict: false, buildDate: try buildDateFromEnvironment(),
            progress: output_.reporter())
        let report: ChangeReport
        do {
            report = try await Site.diff(options, base: base, head: head)
        } catch {
            stderr("error: \(error.description)")
            throw ExitCode(2)
        }
        print(report.formatted(format), terminator: "")
        let failed = report.failing(on: failing)
        if !failed.isEmpty {
            let kinds = Set(failed.map(\.kind)).sorted().map(\.rawValue).joined(separator: ", ")
            stderr("error: \(DiagnosticFormat.counted(failed.count, "change")) of a kind --fail-on names (\(kinds))")
            throw ExitCode(1)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new portal repository: content skeleton, README for authors, CI workflows.")

    @Argument(help: "The folder to create; it must be missing or empty.")
    var directory: String

    func run() throws {
        let today = Day(unixSeconds: Int(Date().timeIntervalSince1970))
        do {
            let written = try Scaffold.write(to: URL(fileURLWithPath: directory, isDirectory: true), today: today)
            for path in written { print("  \(directory)/\(path)") }
            stderr("created a portal in \(directory)/: run 'okr-portal build' there, then open public/index.html")
        } catch let refused as Scaffold.Refused {
            throw refusal(refused)
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the site on this machine from memory, check again on every change and reload open pages.")

    @OptionGroup var sources: SourceOptions

    @Option(name: .long, help: "Theme overrides; default ./Templates when it exists.")
    var templates: String?

    @OptionGroup var output_: OutputOptions

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "When one person's, team's or OKR file changes, open pages go to its page.")
    var navigateToChanged = false

    func run() async throws {
        // A folder given must exist; without one, ./Templates is used whenever it exists,
        // checked again at each rebuild (see `themeWhenPresent`).
        let givenTemplates = try templates.flatMap { try templatesFolder($0) }
        let content = try sources.contentURL()
        // The preview is served from memory; nothing is written, so no output folder is used.
        let options = BuildOptions(
            contentDirectory: content, templatesDirectory: givenTemplates,
            outputDirectory: URL(fileURLWithPath: "public", isDirectory: true), strict: false, buildDate: try sources.buildDate(),
            progress: output_.reporter())
        var server = PreviewServer(
            options: options, host: host, port: port, watched: [content] + (givenTemplates.map { [$0] } ?? []),
            log: { stderr($0) })
        if templates == nil { server.themeWhenPresent = URL(fileURLWithPath: "Templates", isDirectory: true) }
        server.quiet = output_.quiet
        server.navigateToChanged = navigateToChanged
        // Each check takes its date as a build would: SOURCE_DATE_EPOCH (checked above), or today.
        let sources = self.sources
        server.buildDate = { try? sources.buildDate() }
        let host = self.host
        try await server.run { port in
            stderr("serving on http://\(host):\(port)/ — edit a file and open pages reload; Ctrl-C stops")
        }
    }
}

struct CycleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cycle", abstract: "Roll to the next cycle: add it to portal.yaml, carry unfinished objectives into it.",
        subcommands: [AddCycle.self, CarryCycle.self])
}

extension Day {
    /// A day given on the command line; an impossible one says why ("February 2027 has 28
    /// days"), as it does in a content file.
    static func argument(_ text: String) throws -> Day {
        if let day = Day(iso: text) { return day }
        throw ValidationError(Day.impossibility(iso: text).map { "'\(text)' is not a day: \($0)" } ?? "write the day as YYYY-MM-DD")
    }
}

extension Owner {
    /// Whose OKRs a command is about, as written on its command line.
    static func argument(_ text: String) throws -> Owner {
        guard let owner = Owner(path: text) else { throw ValidationError("write company, teams/ID or people/ID") }
        return owner
    }
}

struct AddCycle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a cycle to content/portal.yaml, keeping the file's comments and order.")

    @Argument(help: "The cycle's id, e.g. 2027-Q1.")
    var id: String

    @Option(name: .long, help: "The first day, YYYY-MM-DD (default: the first day of a year, half, quarter or month the id names).", transform: Day.argument)
    var start: Day?

    @Option(name: .long, help: "The last day, YYYY-MM-DD (default: the last day of the period the id names).", transform: Day.argument)
    var end: Day?

    @Option(name: .long, help: "A display name (default: the id).")
    var name: String?

    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    /// The days given, else those of the period the id names ("2027-Q1": January to March).
    func span() throws -> (start: Day, end: Day) {
        let named = Cycle.calendarSpan(ofID: id)
        guard let start = start ?? named?.start, let end = end ?? named?.end else {
            throw ValidationError(
                "give --start and --end: '\(id)' names no year, half, quarter or month (2027, 2027-H1, 2027-Q1, 2027-03) to take them from")
        }
        return (start, end)
    }

    func validate() throws { _ = try span() }

    func run() throws {
        let path = content + "/portal.yaml"
        guard let text = try? ContentSource.readText(atPath: path) else {
            stderr("error: cannot read \(path)")
            throw ExitCode(1)
        }
        let (start, end) = try span()
        do {
            let updated = try CycleRollover.addingCycle(id: id, start: start, end: end, name: name, to: text)
            try Data(updated.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            stderr("added cycle \(id) (\(start) to \(end)) to \(path)")
        } catch let refused as CycleRollover.Refused {
            throw refusal(refused)
        }
    }
}

struct CarryCycle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carry",
        abstract: "Write, for each owner with unfinished objectives in FROM, a new OKR file in TO with them; never overwrites a file.")

    @Argument(help: "The cycle that ends, e.g. 2026-Q4.")
    var from: String

    @Argument(help: "The next cycle, already in portal.yaml (see 'cycle add').")
    var to: String

    @Option(name: .long, help: "Only this owner: company, teams/ID or people/ID.", transform: Owner.argument)
    var owner: Owner?

    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    func run() async throws {
        let root = URL(fileURLWithPath: content, isDirectory: true)
        let (portal, diagnostics) = await Site.loadContent(root, displayPrefix: content, templatesDirectory: try templatesFolder(nil))
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            report(errors, format: .text)
            stderr("error: the sources have errors; fix them before carrying objectives")
            throw ExitCode(1)
        }
        for cycle in [from, to] where !portal.config.cycles.contains(where: { $0.id == cycle }) {
            stderr("error: no cycle '\(cycle)' in \(content)/portal.yaml" + (cycle == to ? "; add it first: okr-portal cycle add \(cycle)" + (Cycle.calendarSpan(ofID: cycle) == nil ? " --start YYYY-MM-DD --end YYYY-MM-DD" : "") : ""))
            throw ExitCode(1)
        }
        let files = CycleRollover.carriedFiles(from: from, to: to, owner: owner, content: portal)
        let (written, refused) = try CycleRollover.write(files, into: root)
        for file in written {
            print("  \(content)/\(file.path): \(DiagnosticFormat.counted(file.objectives, "objective"))")
        }
        stderr("carried unfinished objectives of \(from) into \(DiagnosticFormat.counted(written.count, "new file")) for \(to)")
        if !refused.isEmpty {
            stderr("error: these files already exist and were left as they were: " + refused.map { "\(content)/\($0)" }.joined(separator: ", "))
            throw ExitCode(1)
        }
    }
}

/// Whose key result a command writes to, and which: `people/li.na O1/KR2`.
struct KeyResultArguments: ParsableArguments {
    @Argument(help: "Whose OKRs: company, teams/ID or people/ID.", transform: Owner.argument)
    var owner: Owner

    @Argument(help: "The key result, e.g. O1/KR2.")
    var keyResult: String
}

struct CheckInCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Add a check-in to a key result's OKR file, keeping every other line as it was.",
        discussion: "Example: okr-portal checkin people/li.na O1/KR2 --value 36 --confidence 7 --note \"@wang.lei shipped the API\"")

    @OptionGroup var target: KeyResultArguments

    // Unconditional: a value may be negative ("--value -120" for a loss or an NPS), which
    // would otherwise be read as an option.
    @Option(name: .long, parsing: .unconditional, help: "Where a numeric key result stands now.")
    var value: Double?

    @Option(name: .long, help: "Whether a milestone is reached: true or false.")
    var done: Bool?

    @Option(name: .long, parsing: .unconditional, help: "A manual key result's progress, from 0 to 1.")
    var progress: Double?

    @Option(name: .long, help: "Confidence from 1 to 10.")
    var confidence: Int?

    @Option(name: .long, help: "What happened; @person-id mentions someone.")
    var note: String?

    @Option(name: .long, help: "The day of the check-in, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH).", transform: Day.argument)
    var date: Day?

    @Option(name: .long, help: "The cycle (default: the current one).")
    var cycle: String?

    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    func validate() throws {
        if let confidence, !(1...10).contains(confidence) { throw ValidationError("--confidence must be a whole number from 1 to 10, found \(confidence)") }
        if let progress, !(0...1).contains(progress) {
            throw ValidationError("--progress must be from 0 to 1, found \(Format.number(progress))\(Format.percentMeantAsShare(progress).map { "; " + $0 } ?? "")")
        }
        if [value != nil, done != nil, progress != nil].filter({ $0 }).count != 1 {
            throw ValidationError("give one of --value (numeric), --done (milestone) or --progress (manual)")
        }
    }

    func run() async throws {
        let folder = try contentFolder(content)
        let today = try buildDateFromEnvironment()
        let entry = CheckIn(
            date: date ?? today, value: value, done: done, progress: progress, confidence: confidence, note: note,
            location: SourceLocation(path: "the command line", line: 1, column: 1))
        do {
            let (path, line, warning) = try await CheckInWriter.checkIn(
                entry, owner: target.owner, keyResult: target.keyResult, cycle: cycle, contentFolder: folder, displayPrefix: content,
                templatesDirectory: try templatesFolder(nil), buildDate: today)
            stderr("added a check-in of \(entry.date) to \(target.owner.path) \(target.keyResult.uppercased()) at \(path):\(line)")
            if let warning { stderr("\(path):\(line): warning: \(warning)") }
        } catch let refused as CheckInWriter.Refused {
            throw refusal(refused)
        }
    }
}

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Write a key result's end-of-cycle self score (0 to 1) into its OKR file, keeping every other line as it was.",
        discussion: "Example: okr-portal score people/li.na O1/KR2 0.7")

    @OptionGroup var target: KeyResultArguments

    @Argument(help: "The score, from 0 to 1.")
    var score: Double

    @Option(name: .long, help: "The cycle (default: the current one when the owner has OKRs in it, else the last one that ended).")
    var cycle: String?

    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    func run() async throws {
        let folder = try contentFolder(content)
        do {
            let (path, line, cycle) = try await ScoreWriter.score(
                score, owner: target.owner, keyResult: target.keyResult, cycle: cycle, contentFolder: folder, displayPrefix: content,
                templatesDirectory: try templatesFolder(nil), buildDate: try buildDateFromEnvironment())
            stderr("scored \(target.owner.path) \(target.keyResult.uppercased()) of \(cycle) \(Format.number(score)) at \(path):\(line)")
        } catch let refused as ScoreWriter.Refused {
            throw refusal(refused)
        }
    }
}

struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start an owner's OKR file for a cycle: its layout, what to write, and the objectives it can align to.",
        discussion: "Example: okr-portal new people/li.na --cycle 2027-Q1")

    @Argument(help: "Whose OKRs: company, teams/ID or people/ID.", transform: Owner.argument)
    var owner: Owner

    @Option(name: .long, help: "The cycle (default: the current one).")
    var cycle: String?

    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    func run() async throws {
        let folder = try contentFolder(content)
        do {
            let path = try await OKRFileDraft.write(
                owner: owner, cycle: cycle, contentFolder: folder, displayPrefix: content,
                templatesDirectory: try templatesFolder(nil), today: try buildDateFromEnvironment())
            stderr("wrote \(path): write the titles, then check it: okr-portal check \(path)")
        } catch let refused as OKRFileDraft.Refused {
            throw refusal(refused)
        }
    }
}
