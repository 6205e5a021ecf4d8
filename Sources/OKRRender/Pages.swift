import OKRDiff
import OKRGraph
import OKRModel
import OKRSupport
import OKRTemplate

/// The kinds of HTML page, each with its template under `pages/`.
public enum PageKind: String, Sendable, CaseIterable {
    case home, company, teams, team, people, person, cycles, hints, map, search, dashboard, updates, screen
    case teamHints = "team-hints"
    case teamUpdates = "team-updates"

    var template: String { "pages/\(rawValue)" }

    /// The view model its template is rendered with (docs/theme.md names it beside each
    /// template), for checking a theme's names before rendering.
    var model: String {
        switch self {
        case .home: "HomePage"
        case .company: "CompanyPage"
        case .teams: "TeamsPage"
        case .team: "TeamPage"
        case .people: "PeoplePage"
        case .person: "PersonPage"
        case .cycles: "CyclesPage"
        case .hints: "HintsPage"
        case .map: "MapPage"
        case .search: "SearchPage"
        case .dashboard: "DashboardPage"
        case .updates: "UpdatesPage"
        case .screen: "ScreenPage"
        case .teamHints: "TeamHintsPage"
        case .teamUpdates: "TeamUpdatesPage"
        }
    }
}

/// One HTML page to render: which page, for which language. Cheap to list, so the writer can
/// render and write pages in parallel batches instead of holding the whole site in memory.
public struct PageJob: Sendable, Hashable {
    public enum Subject: Sendable, Hashable {
        case home
        /// nil cycle: the current cycle at the unqualified URL.
        case company(cycle: String?)
        /// nil cycle: the team tree with the current cycle's progress, at `/teams/`.
        case teams(cycle: String?)
        case team(String, cycle: String?)
        /// nil cycle: the directory with the current cycle's progress, at `/people/`.
        case people(cycle: String?)
        case person(String, cycle: String?)
        case cycles
        case hints
        /// One team's findings at `/hints/teams/<id>/`.
        case teamHints(String)
        /// nil cycle: the current cycle's overview at `/map/`.
        case map(cycle: String?)
        case teamMap(String, cycle: String)
        case search
        /// nil cycle: the current cycle's dashboard at `/dashboard/`.
        case dashboard(cycle: String?)
        /// nil cycle: the current cycle's week at `/updates/`.
        case updates(cycle: String?)
        /// One team's week at `/updates/<cycle>/teams/<id>/`.
        case teamUpdates(String, cycle: String)
        /// The office screen at `/tv/` (nil team), or a team's at `/tv/teams/<id>/`: the current
        /// cycle, sized for a wall display.
        case screen(team: String?)
    }

    public var subject: Subject
    public var language: String

    /// The owner whose pages this is, for grouping an owner's pages.
    public var owner: Owner? {
        switch subject {
        case .company: .company
        case .team(let id, _): .team(id)
        case .person(let id, _): .person(id)
        default: nil
        }
    }
}

/// A file of the finished site: text, bytes, or (for the largest files, the export and the
/// alignment data) a producer that streams the bytes while the file is written, so they are
/// never whole in memory.
public struct OutputFile: Sendable, Equatable {
    /// Relative path with `/`, e.g. `teams/sales/index.html`.
    public var path: String
    private var body: Body
    /// Files that one pass can make together (the exports): each still streams on its own,
    /// and a writer that has all of them at hand may make them at once instead.
    public private(set) var group: StreamGroup?

    /// Streams the file's bytes to the sink it is given; throws only what the sink throws.
    public typealias Producer = @Sendable (_ sink: @escaping ByteSink) throws -> Void

    private enum Body: Sendable {
        case text(String)
        case bytes([UInt8])
        case stream(Producer)
    }

    public init(path: String, contents: String) {
        self.path = path
        body = .text(contents)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        body = .bytes(bytes)
    }

    public init(path: String, streamedBy produce: @escaping Producer) {
        self.path = path
        body = .stream(produce)
    }

    /// Streamed files that `produce` makes in one pass, a sink for each path in order; each
    /// file alone is the same pass with the other files' bytes let go.
    public static func grouped(_ paths: [String], producedBy produce: @escaping StreamGroup.Producer) -> [OutputFile] {
        let group = StreamGroup(paths: paths, produce: produce)
        return paths.indices.map { member in
            var file = OutputFile(path: paths[member]) { sink in
                try produce(paths.indices.map { $0 == member ? sink : nil })
            }
            file.group = group
            return file
        }
    }

    /// Whether the bytes are made while the file is written (`write(to:)`), not held.
    public var isStreamed: Bool {
        if case .stream = body { true } else { false }
    }

    public var contents: String {
        switch body {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .stream: withBytes { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The whole file at once; a streamed file is collected first.
    public func withBytes<Result>(_ use: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch body {
        case .text(var text): return try text.withUTF8(use)
        case .bytes(let bytes): return try bytes.withUnsafeBufferPointer(use)
        case .stream(let produce):
            // Collecting cannot fail, so the producer has nothing to throw.
            let bytes = (try? StreamWriter.collect(produce)) ?? []
            return try bytes.withUnsafeBufferPointer(use)
        }
    }

    /// Hands the file to `sink`: a streamed file a buffer at a time, any other in one piece.
    public func write(to sink: @escaping ByteSink) throws {
        switch body {
        case .stream(let produce): try produce(sink)
        default: try withBytes(sink)
        }
    }

    public static func == (left: OutputFile, right: OutputFile) -> Bool {
        left.path == right.path && left.withBytes { a in right.withBytes { b in a.elementsEqual(b) } }
    }
}

/// Files made by one pass (see `OutputFile.grouped`).
public final class StreamGroup: Sendable {
    /// Gets a sink for each of `paths`, in order; nil for a file not wanted.
    public typealias Producer = @Sendable (_ sinks: [ByteSink?]) throws -> Void

    public let paths: [String]
    public let produce: Producer

    init(paths: [String], produce: @escaping Producer) {
        self.paths = paths
        self.produce = produce
    }
}

/// The render stage: pure, values in and pages out.
public struct SiteRenderer: Sendable {
    public let index: SiteIndex
    let theme: CompiledTheme
    /// Each language's UI strings with the default language filling gaps, merged once
    /// rather than for every page.
    let strings: [String: StringTable]
    /// Each language's name in itself, for the language switch.
    let languageNames: [String: String]
    /// Each cycle's week of check-ins (`/updates/`), found once for all its pages.
    let weeks: [String: Week]
    /// The teams and cycles whose focused view would draw exactly the drawing on the team's
    /// own page (a team whose contributors have none of their own, most teams): the view's
    /// address leads to that drawing instead of repeating it, and links go there directly.
    let teamMapsOnTeamPages: Set<SiteIndex.SetKey>

    public init(index: SiteIndex, theme: CompiledTheme) {
        self.index = index
        self.theme = theme
        weeks = Dictionary(index.content.config.cycles.map { ($0.id, Self.week(of: $0, index: index)) }, uniquingKeysWith: { first, _ in first })
        teamMapsOnTeamPages = Self.teamMapsOnTeamPages(index)
        let languages = index.content.config.languages
        strings = Dictionary(languages.map { ($0, StringTable(theme.strings(for: $0, fallback: index.content.config.defaultLanguage))) }, uniquingKeysWith: { first, _ in first })
        languageNames = Dictionary(languages.map { ($0, theme.strings(for: $0, fallback: $0)["language_name"] ?? $0) }, uniquingKeysWith: { first, _ in first })
    }

    var languages: [String] { index.content.config.languages }

    /// Every page of every cycle, in every language.
    public func jobs() -> [PageJob] {
        var subjects: [PageJob.Subject] = [.home, .company(cycle: nil), .teams(cycle: nil), .people(cycle: nil), .cycles, .hints, .map(cycle: nil), .search, .dashboard(cycle: nil), .updates(cycle: nil), .screen(team: nil)]
        subjects += index.content.config.screens.map { .screen(team: $0.team) }
        for cycle in index.content.config.cycles {
            subjects.append(.updates(cycle: cycle.id))
            subjects += teamsWithUpdates(cycle: cycle.id).map { .teamUpdates($0, cycle: cycle.id) }
        }
        subjects += index.content.config.cycles.map { .company(cycle: $0.id) }
        subjects += index.content.config.cycles.flatMap { [.teams(cycle: $0.id), .people(cycle: $0.id)] }
        subjects += index.content.config.cycles.map { .map(cycle: $0.id) }
        subjects += index.content.config.cycles.map { .dashboard(cycle: $0.id) }
        subjects += teamsWithHintPages().map { .teamHints($0) }
        var jobs = languages.flatMap { language in subjects.map { PageJob(subject: $0, language: language) } }
        // An owner's pages in every language follow each other, so one task renders them all
        // and draws each neighbourhood map's layout once for all languages.
        func add(_ owned: [PageJob.Subject]) {
            for language in languages { jobs += owned.map { PageJob(subject: $0, language: language) } }
        }
        for team in index.content.teams {
            var owned: [PageJob.Subject] = [.team(team.id, cycle: nil)]
            for cycle in index.cyclesByOwner[.team(team.id)] ?? [] {
                owned += [.team(team.id, cycle: cycle.id), .teamMap(team.id, cycle: cycle.id)]
            }
            add(owned)
        }
        for person in index.content.people {
            add([.person(person.id, cycle: nil)] + (index.cyclesByOwner[.person(person.id)] ?? []).map { .person(person.id, cycle: $0.id) })
        }
        return jobs
    }

    /// The site path of a page, without its language prefix: "" for home, "teams/sales/".
    static func path(of subject: PageJob.Subject) -> String {
        switch subject {
        case .home: ""
        case .company(let cycle): cycle.map { SiteIndex.ownerPath(.company, cycle: $0) } ?? "company/"
        case .teams(let cycle): SiteIndex.directoryPath("teams", cycle: cycle)
        case .team(let id, let cycle): cycle.map { SiteIndex.ownerPath(.team(id), cycle: $0) } ?? "teams/\(id)/"
        case .people(let cycle): SiteIndex.directoryPath("people", cycle: cycle)
        case .person(let id, let cycle): cycle.map { SiteIndex.ownerPath(.person(id), cycle: $0) } ?? "people/\(id)/"
        case .cycles: "cycles/"
        case .hints: "hints/"
        case .teamHints(let id): Self.teamHintsPath(id)
        case .map(let cycle): cycle.map { "map/\($0)/" } ?? "map/"
        case .teamMap(let id, let cycle): SiteIndex.teamMapPath(id, cycle: cycle)
        case .search: "search/"
        case .dashboard(let cycle): cycle.map { "dashboard/\($0)/" } ?? "dashboard/"
        case .updates(let cycle): Self.updatesPath(cycle: cycle)
        case .teamUpdates(let id, let cycle): Self.teamUpdatesPath(id, cycle: cycle)
        case .screen(let team): team.map { "tv/teams/\($0)/" } ?? "tv/"
        }
    }

    func languagePrefix(_ language: String) -> String {
        language == index.content.config.defaultLanguage ? "" : language + "/"
    }

    /// The relative path from a page to the site's root, without its language prefix: for
    /// files that belong to the site rather than a language (the map's and the dashboard's
    /// exports), which every language's pages link to in one place.
    func siteRoot(_ views: ViewBuilder) -> String {
        String(views.base.dropLast(languagePrefix(views.language).count))
    }

    public func outputPath(of job: PageJob) -> String {
        languagePrefix(job.language) + Self.path(of: job.subject) + "index.html"
    }

    /// Renders a run of pages in order and passes each finished page to `deliver`. Pages that
    /// show the same thing are rendered once: an owner's landing page shows its current
    /// cycle's page, so within an owner's run the second one is a copy of the first with its
    /// own paths filled in (that is about half of all pages).
    public func render(_ jobs: [PageJob], deliver: (OutputFile) throws -> Void) rethrows {
        var drafts: [PageJob: PageDraft] = [:]
        let maps = MapGeometryCache()
        for job in jobs {
            if let target = redirectTarget(of: job.subject) {
                try deliver(redirectPage(job, to: target))
                continue
            }
            let shown = PageJob(subject: shownSubject(job.subject), language: job.language)
            let draft = drafts[shown] ?? renderDraft(shown, maps: maps)
            drafts[shown] = draft
            try deliver(draft.page(at: Self.path(of: job.subject), prefix: languagePrefix(job.language)))
        }
    }

    public func render(_ job: PageJob) -> OutputFile {
        if let target = redirectTarget(of: job.subject) { return redirectPage(job, to: target) }
        return renderDraft(job).page(at: Self.path(of: job.subject), prefix: languagePrefix(job.language))
    }

    /// One copy of each page: the current cycle's page of an owner, of the map and of the
    /// dashboard is the page at the address without the cycle, and the cycle's own address
    /// only redirects there until the cycle is no longer current. Nil for every other page.
    /// A team's focused view that draws what its page draws leads there too (`#alignment`).
    public func redirectTarget(of subject: PageJob.Subject) -> PageJob.Subject? {
        if case .teamMap(let id, let cycle) = subject, teamMapIsOnTeamPage(id, cycle: cycle) {
            return index.isCurrent(cycle) ? .team(id, cycle: nil) : .team(id, cycle: cycle)
        }
        guard let current = index.currentCycle?.id else { return nil }
        switch subject {
        case .company(let cycle?) where cycle == current: return .company(cycle: nil)
        case .team(let id, let cycle?) where cycle == current && shownSubject(.team(id, cycle: nil)) == subject: return .team(id, cycle: nil)
        case .person(let id, let cycle?) where cycle == current && shownSubject(.person(id, cycle: nil)) == subject: return .person(id, cycle: nil)
        case .map(let cycle?) where cycle == current: return .map(cycle: nil)
        case .teams(let cycle?) where cycle == current: return .teams(cycle: nil)
        case .people(let cycle?) where cycle == current: return .people(cycle: nil)
        case .dashboard(let cycle?) where cycle == current: return .dashboard(cycle: nil)
        default: return nil
        }
    }

    /// What every page may load: its own site's scripts, styles and images, nothing inline,
    /// no plugins, no `<base>`, forms only to the site. The built-in layout carries the same
    /// policy; pages have no inline script or style, so a script smuggled into content
    /// cannot run even where escaping were to fail.
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'"

    /// A small page that sends the browser on to `target`, keeping the `#fragment` (by the
    /// theme's `assets/redirect.js`; the refresh alone would drop it) and naming the target
    /// as the canonical address for search engines.
    func redirectPage(_ job: PageJob, to target: PageJob.Subject) -> OutputFile {
        let prefix = languagePrefix(job.language)
        let path = prefix + Self.path(of: job.subject)
        let root = String(repeating: "../", count: path.split(separator: "/").count)
        // A focused view sent to the team page goes to the drawing on it.
        let toDrawing = if case .teamMap = job.subject { true } else { false }
        let fragment = toDrawing ? "#alignment" : ""
        let href = HTMLEscape.escape(root + prefix + Self.path(of: target) + fragment)
        let strings = self.strings[job.language]?.byName ?? [:]
        let title = HTMLEscape.escape(index.content.config.title)
        let html = """
            <!DOCTYPE html>
            <html lang="\(HTMLEscape.escape(job.language))">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <title>\(title)</title>
            <link rel="canonical" href="\(href)">
            <meta http-equiv="refresh" content="0; url=\(href)">
            <meta name="robots" content="noindex">
            <script src="\(root)assets/redirect.js"></script>
            </head>
            <body><p><a href="\(href)">\(HTMLEscape.escape(strings[toDrawing ? "redirect_link_team_map" : "redirect_link"] ?? "This page has moved"))</a></p></body>
            </html>

            """
        return OutputFile(path: path + "index.html", contents: html)
    }

    /// The page whose content a page shows: an owner's landing page shows the current cycle's
    /// page when the owner has one; every other page shows itself.
    public func shownSubject(_ subject: PageJob.Subject) -> PageJob.Subject {
        guard let current = index.currentCycle?.id else { return subject }
        let hasCurrent = { (owner: Owner) in index.cyclesByOwner[owner]?.contains { $0.id == current } == true }
        switch subject {
        case .company(cycle: nil) where index.cyclesByID[current] != nil: return .company(cycle: current)
        case .team(let id, cycle: nil) where hasCurrent(.team(id)): return .team(id, cycle: current)
        case .person(let id, cycle: nil) where hasCurrent(.person(id)): return .person(id, cycle: current)
        default: return subject
        }
    }

    /// Renders a page with stand-ins for the two things that depend on where it is written:
    /// the relative path to the site's root and the page's own path (in language links).
    func renderDraft(_ job: PageJob, maps: MapGeometryCache? = nil) -> PageDraft {
        let root = PageDraft.rootStandIn
        let pagePath = PageDraft.pathStandIn
        let prefix = languagePrefix(job.language)
        let strings = self.strings[job.language] ?? StringTable(theme.strings(for: job.language, fallback: index.content.config.defaultLanguage))
        var views = ViewBuilder(index: index, language: job.language, strings: strings.byName, base: root + prefix)
        views.mapGeometry = maps
        let (kind, title, page) = pageModel(job.subject, views: views)

        let nav: [[String: TemplateValue]] = Self.navigation.map { item in
            let target = Self.path(of: Self.topSubject(item.0))
            let current = item.0 == kind || (item.0 == .teams && kind == .team) || (item.0 == .people && kind == .person)
                || (item.0 == .hints && kind == .teamHints) || (item.0 == .updates && kind == .teamUpdates)
            return ["url": .text(views.url(target)), "label": .text(views.t(item.1)), "current": .bool(current)]
        }
        let others = languages.filter { $0 != job.language }
        let languageLinks: [[String: TemplateValue]] = languages.map { code in
            return ["code": .text(code), "name": .text(languageNames[code] ?? code), "url": .text(root + languagePrefix(code) + pagePath), "current": .bool(code == job.language)]
        }
        let alternates: [[String: TemplateValue]] = others.map { ["code": .text($0), "url": .text(root + languagePrefix($0) + pagePath)] }
        let frame = PageFrame(
            lang: job.language, root: root, base: root + prefix, pageTitle: title, siteTitle: index.content.config.title,
            t: strings, nav: nav, languages: languages.count > 1 ? languageLinks : [], alternates: alternates,
            buildDate: index.buildDate.description)
        return PageDraft(html: theme.renderUTF8(PageContext(frame: frame.fields, page: page), template: kind.template))
    }

    /// The main navigation: each section's page kind and its UI string, on every page and the 404.
    static let navigation: [(PageKind, String)] = [
        (.home, "nav_home"), (.company, "nav_company"), (.teams, "nav_teams"), (.people, "nav_people"), (.map, "nav_map"),
        (.updates, "nav_updates"), (.dashboard, "nav_dashboard"), (.cycles, "nav_cycles"), (.hints, "nav_hints"),
    ]

    static func topSubject(_ kind: PageKind) -> PageJob.Subject {
        switch kind {
        case .home: .home
        case .company: .company(cycle: nil)
        case .teams, .team: .teams(cycle: nil)
        case .people, .person: .people(cycle: nil)
        case .cycles: .cycles
        case .hints, .teamHints: .hints
        case .map: .map(cycle: nil)
        case .search: .search
        case .dashboard: .dashboard(cycle: nil)
        case .updates, .teamUpdates: .updates(cycle: nil)
        case .screen: .screen(team: nil)
        }
    }
}

extension SiteRenderer {
    /// Files that are not pages: the theme's assets, the export with its schema, the 404
    /// page, the feeds and (with base_url) the sitemap. They are made in parts across the
    /// cores; `handle` gets each batch of files on the worker that made them and returns what
    /// the caller wants to keep. The export and the alignment files are streamed while they
    /// are written and the search index comes in batches, so none of them (hundreds of MB
    /// at 50,000 people) is ever whole in memory.
    public func staticFiles<Kept: Sendable>(_ handle: @Sendable ([OutputFile]) -> Kept) -> [Kept] {
        typealias Part = @Sendable (_ emit: ([OutputFile]) -> Void) -> Void
        let parts: [Part] = [
            // parallelMap hands each core the next part when it is free, in this order: the
            // search index and the export, the longest, start first. The feeds and the map's
            // files then run beside the index, which costs memory (peak 572 -> 602 MiB at
            // 20,000 people) but not time; holding them back until the index is done kept the
            // peak and lost a tenth of this stage.
            { searchIndex(emit: $0) },
            // The whole export and each cycle's, encoded in one pass when written together.
            { emit in
                let cycles = index.content.config.cycles.map(\.id)
                emit(OutputFile.grouped(["okrs.json"] + cycles.map(Self.cycleExportPath)) { sinks in
                    var byCycle: [String: ByteSink] = [:]
                    for (cycle, sink) in zip(cycles, sinks.dropFirst()) { if let sink { byCycle[cycle] = sink } }
                    try writeExports(whole: sinks[0], cycles: byCycle)
                })
            },
            { $0(fixedFiles()) },
            { feeds(emit: $0) },
            { $0(mapExports() + dashboardExports()) },
        ]
        return parallelMap(parts) { part in
            var kept: [Kept] = []
            part { kept.append(handle($0)) }
            return kept
        }.flatMap { $0 }
    }

    /// The theme's assets, the schemas of the export and of `diff --format json`, the 404 page and (with base_url) the sitemap:
    /// the small part of `staticFiles`, which the preview server makes right away.
    public func fixedFiles() -> [OutputFile] {
        theme.assets.map { OutputFile(path: $0.key, contents: $0.value) }
            + [OutputFile(path: "okrs.schema.json", contents: Self.exportSchema),
               OutputFile(path: "okrs-diff.schema.json", contents: ChangeReport.jsonSchema), notFoundPage()]
            + [sitemap(pages: jobs().filter { $0.language == index.content.config.defaultLanguage && redirectTarget(of: $0.subject) == nil })].compactMap { $0 }
    }

    /// `404.html`, which a web server shows at any address: its links start from the site's
    /// root path (from base_url, else "/") because no relative path fits every address.
    func notFoundPage() -> OutputFile {
        var root = "/"
        if let base = index.content.config.baseURL, let host = base.firstRange(of: "://").map({ base[$0.upperBound...] }) {
            root = host.firstIndex(of: "/").map { String(host[$0...]) } ?? "/"
        }
        let language = index.content.config.defaultLanguage
        let strings = theme.strings(for: language, fallback: language)
        let views = ViewBuilder(index: index, language: language, strings: strings, base: root)
        let nav: [[String: TemplateValue]] = Self.navigation.map { kind, label in
            ["url": .text(root + Self.path(of: Self.topSubject(kind))), "label": .text(views.t(label)), "current": .bool(false)]
        }
        let frame = PageFrame(
            lang: language, root: root, base: root, pageTitle: views.t("not_found_title"), siteTitle: index.content.config.title,
            t: StringTable(strings), nav: nav, languages: [], alternates: [], buildDate: index.buildDate.description)
        return OutputFile(path: "404.html", contents: theme.render(PageContext(frame: frame.fields, page: NotFoundPage()), template: "pages/404"))
    }
}
