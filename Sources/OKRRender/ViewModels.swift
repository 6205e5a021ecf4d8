import OKRModel
import OKRTemplate

// Typed view models: what the templates see, every page's in one place. Field names are the
// templates' names; docs/theme.md lists them for theme authors. After changing a field, run
// `python3 scripts/generate-field-tables.py` (ViewModelFieldTests fails until then).

/// A progress figure as shown: bar value, label and colour band.
struct ProgressView: Sendable, ViewModel {
    /// 0–100, for `<progress value>`.
    var clamped: Int
    var label: String
    /// "130%" when a key result went past its target, else nil.
    var overLabel: String?
    /// good / fair / poor against the portal's score bands.
    var band: String
}

/// A 0–1 score with its band.
struct ScoreView: Sendable, ViewModel {
    var value: String
    var band: String
}

struct ConfidenceView: Sendable, ViewModel {
    var value: Int
    /// high (9–10), likely (7–8), medium (5–6), low (1–4), as the OKR guide reads confidence.
    var band: String
    var label: String
}

/// A link to an objective or key result somewhere on the site.
struct ObjectiveLink: Sendable, ViewModel {
    var url: String
    /// "O1 Grow revenue" or "O1/KR2 …".
    var label: String
    var ownerName: String
    /// "Storefront · O1": owner and id, for breadcrumbs and contributor lists (the title is
    /// `label`, shown as a tooltip).
    var short: String
    var direction: String?
    var directionLabel: String?
    var last: Bool = false
}

/// A link with the name of what it leads to: a person, a team.
struct NamedLink: Sendable, ViewModel {
    var url: String
    var name: String
}

/// A writing hint shown next to what it is about, or silenced with the author's reason.
struct HintView: Sendable, ViewModel {
    var rule: String
    var ruleTitle: String
    var message: String
    /// `message` as HTML, its dates kept whole on a line.
    var messageHTML: [UInt8]?
    var silenced: Bool
    var hintReason: String?
}

struct CheckInView: Sendable, ViewModel {
    var date: String
    var value: String
    var confidence: String
    var note: String
    /// `note` as HTML: each "@person-id" links to that person's page, dates stay whole.
    var noteHTML: [UInt8]?
}

// Mustache looks a name up through every enclosing context when the value is nil, so optional
// fields carry names no enclosing view model uses (`krOwner`, not `owner`): a key result without
// an owner must not show the page's owner.

/// A progress chart (`TrendChart`) as the theme draws it.
struct TrendView: Sendable, ViewModel {
    /// `x,y x,y …`
    var points: String
    /// The same line as path data, steps relative: `M0 32l40-15 40-17`.
    var path: String
    /// The last point, marked, and the baseline of its label.
    var x: Int
    var y: Int
    var labelY: Int
    /// The progress at the last point: "64%".
    var label: String
    /// The figures in words, for the chart's `<title>`.
    var summary: String
}

struct KeyResultView: Sendable, ViewModel {
    var id: String
    var anchor: String
    var title: String
    var progress: ProgressView
    /// "32,000 of 50,000 users (from 0)", "done", "40%".
    var measureLabel: String?
    var lowerIsBetter: Bool
    var krConfidence: ConfidenceView?
    var krScore: ScoreView?
    var due: String?
    /// Past its due date, not reached, while its cycle runs.
    var dueOverdue: Bool
    var krOwner: NamedLink?
    /// Progress over the cycle, with two or more check-ins.
    var krTrend: TrendView?
    var checkIns: [CheckInView]
    var hasCheckIns: Bool
    var checkInCount: Int
    /// Whether any check-in has a note: the table has a note column only then.
    var hasCheckInNotes: Bool
    var alignedBy: [ObjectiveLink]
    var hasAlignedBy: Bool
    /// Named apart from the objective's fields: a nil count would otherwise be looked up
    /// in the enclosing objective and show its toggle.
    var krAlignedByMore: [ObjectiveLink]
    var krAlignedByMoreCount: String?
    /// "last check-in 17 days ago", when the key result has gone quiet.
    var quietNote: String?
    var krHints: [HintView]
    var hasKRHints: Bool
}

struct ObjectiveView: Sendable, ViewModel {
    var id: String
    var title: String
    var type: String
    var typeLabel: String
    var priority: String?
    var status: String
    var statusLabel: String
    var progress: ProgressView
    /// Progress over the cycle, on the days its key results were checked in.
    var trend: TrendView?
    var score: ScoreView?
    var confidence: ConfidenceView?
    var weightLabel: String?
    var keyResults: [KeyResultView]
    var risks: [String]
    var hasRisks: Bool
    /// What it serves, up to the company: the objective or key result it aligns to, then
    /// on up the chain that reaches a company objective in fewest steps.
    var serves: [ObjectiveLink]
    var hasServes: Bool
    /// When the way up is longer than `ViewBuilder.servesLimit` steps: how many are left out
    /// after `serves` ("3,320 more"), and the last step, the company's objective, after them.
    var servesGap: String?
    var servesTop: [ObjectiveLink]
    /// The other objectives or key results it aligns to, beside the first step of `serves`.
    var alsoServes: [ObjectiveLink]
    var hasAlsoServes: Bool
    /// What it serves that is confidential and not published ("a confidential objective, not
    /// published"); nil when nothing is.
    var confidentialServes: String?
    /// The objective of an earlier cycle it continues (`carried_from:`).
    var carriedFrom: ObjectiveLink?
    /// Objectives below the company level should say what they contribute to (false when
    /// what it serves is confidential).
    var needsAlignment: Bool
    /// The first `AlignedByList.limit` objectives aligned to it; the rest are in
    /// `alignedByMore`, for a collapsed list (a company objective can have thousands).
    var alignedBy: [ObjectiveLink]
    var hasAlignedBy: Bool
    var alignedByMore: [ObjectiveLink]
    /// How many `alignedByMore` holds ("2,990"); nil when all are in `alignedBy`.
    var alignedByMoreCount: String?
    /// How many objectives align to it (not to one of its key results).
    var contributorCount: Int
    /// How many confidential objectives align to it or to one of its key results, in words
    /// ("a confidential objective, not published"); nil when none do.
    var confidentialContributors: String?
    var hints: [HintView]
    var hasHints: Bool
}

struct CycleView: Sendable, ViewModel {
    var id: String
    var name: String
    var start: String
    var end: String
}

struct SetSummary: Sendable, ViewModel {
    var progress: ProgressView
    var score: ScoreView?
    var objectiveCount: Int
    /// "1 objective", "3 objectives" in the page's language.
    var objectiveCountLabel: String
    /// Whether any objective or key result has a chart: the shared chart frame is drawn then.
    var hasTrends: Bool
}

struct CycleLink: Sendable, ViewModel {
    var url: String
    var name: String
    var current: Bool
}

/// What every page shares: the layout's fields.
struct PageFrame {
    var lang: String
    /// Relative path to the site root ("./", "../../"), for assets.
    var root: String
    /// Relative path to this language's root, for links.
    var base: String
    var pageTitle: String
    var siteTitle: String
    var t: StringTable
    var nav: [[String: TemplateValue]]
    var languages: [[String: TemplateValue]]
    var alternates: [[String: TemplateValue]]
    var buildDate: String

    /// What `fields` holds, for checking a theme's names (TemplateSchema). The navigation's
    /// and the languages' items are dictionaries (docs/theme.md lists their keys); names read
    /// inside them are not checked.
    static let schema: [String: TemplateSchema.Shape] = [
        "lang": .scalar, "root": .scalar, "base": .scalar, "pageTitle": .scalar, "site": .object("Site"),
        "t": .object("StringTable"), "nav": .opaque, "languages": .opaque, "alternates": .opaque,
        "hasAlternates": .scalar, "buildDate": .scalar,
    ]

    var fields: FieldValues {
        FieldValues([
            "lang": .text(lang), "root": .text(root), "base": .text(base), "pageTitle": .text(pageTitle),
            "site": .object(["title": siteTitle]), "t": .object(t), "nav": nav.templateValue,
            "languages": languages.templateValue, "alternates": alternates.templateValue,
            "hasAlternates": .bool(!alternates.isEmpty), "buildDate": .text(buildDate),
        ])
    }
}

/// A page's own view model with the frame's fields beside it, so templates write `{{t.key}}`
/// and `{{objectives}}` alike.
struct PageContext: TemplateObject {
    /// Never holds a null, so a null from it means the page's own fields are next.
    let frame: FieldValues
    let page: any TemplateObject

    func field(named name: String) -> TemplateValue {
        let value = frame.field(named: name)
        return value.isNull ? page.field(named: name) : value
    }

    func field(id: Int, named name: String) -> TemplateValue {
        let value = frame.field(id: id, named: name)
        return value.isNull ? page.field(id: id, named: name) : value
    }
}

// MARK: Company, team, person, directory and cycle pages

struct CompanyInfo: ViewModel {
    var name: String
    var mission: String?
    var vision: String?
    var strategyHTML: String?
}

struct HeadlineFigures: ViewModel {
    var companyProgress: String
    var expectedProgress: String
    var objectives: Int
    var atRisk: Int
    /// People with OKRs of all people ("9,023 / 10,000"); the share beside it, smaller.
    var coverage: String
    var coverageShare: String?
    var teams: Int
}

/// The office screen (`/tv/`): the current cycle of the company on one screen for a wall
/// display, in type that reads from across the room, reloading itself to show new builds.
struct ScreenPage: ViewModel {
    /// The company's name, or the team's on a team's screen.
    var title: String
    var cycle: CycleView?
    /// The company's figures, or the team's with its sub-teams counted in.
    var figures: HeadlineFigures?
    /// "Company progress" or "Team progress".
    var progressLabel: String
    /// The check-ins of the last seven days, company-wide or the team's with its sub-teams
    /// and people, grouped ("1,204").
    var weekCheckIns: String
    /// The company's (or the team's own) objectives of the cycle, key results included.
    var objectives: [ObjectiveView]
    /// Seconds between reloads, for `<body data-refresh>`, which the theme's script reads.
    var refreshSeconds: Int
    /// "Built on 2026-11-20 · reloads every 10 minutes".
    var refreshNote: String
}

/// The company page of the current cycle with the cycle's headline figures above it.
struct HomePage: ViewModel {
    var company: CompanyInfo
    var figures: HeadlineFigures?
    var owner: OwnerBlock
}

/// Fields shared by the home, company, team and person pages: the cycle switcher and OKR block.
struct OwnerBlock: ViewModel {
    var cycle: CycleView?
    var cycleLinks: [CycleLink]
    var hasCycleLinks: Bool
    var summary: SetSummary?
    var objectives: [ObjectiveView]
    var bodyHTML: String?
    var setHints: [HintView]
    var hasSetHints: Bool
    /// The page's one alignment drawing: the owner's objectives, what they serve up to the
    /// company and who contributes one level down; nil when they stand alone.
    var ownerMapSVG: [UInt8]?
    /// What the drawing's limit left out, when it did.
    var ownerMapNote: String?
    /// The fuller view: the team's focused map, or the cycle's overview.
    var ownerMapURL: String?
    /// How many of the owner's objectives are confidential and left out, when some are.
    var confidentialNote: String?
    /// Where the OKR file is edited on the repository's host (`edit_url` and the file's path),
    /// when `portal.yaml` says; nil otherwise.
    var editURL: String?
}

struct CompanyPage: ViewModel {
    var company: CompanyInfo
    var owner: OwnerBlock
}

struct TeamPage: ViewModel {
    var team: TeamInfo
    var owner: OwnerBlock
    var ancestors: [NamedLink]
    var lead: NamedLink?
    var children: [TeamNode]
    var hasChildren: Bool
    /// The team's focused alignment map for the cycle shown; nil without OKRs.
    var teamMapURL: String?
    /// The team's row on the dashboard of the cycle shown; nil without a cycle.
    var coverageURL: String?
    /// The team's office screen, when `portal.yaml` names the team under `screens:`.
    var screenURL: String?
    var members: [PersonRow]
    var hasMembers: Bool
    /// When the team has more members than the page lists: how many more.
    var membersMore: String?
}

struct PersonPage: ViewModel {
    var person: PersonInfo
    var owner: OwnerBlock
    var team: NamedLink?
    var manager: NamedLink?
    var employment: String?
    /// Direct reports, each with where their OKRs of the cycle shown stand.
    var reports: [ReportRow]
    var hasReports: Bool
    /// Past 200 reports: how many more, linking to the people directory.
    var moreReports: NamedLink?
    /// With no OKRs in a cycle not yet over: the objectives of the nearest team up from the
    /// person's that has some (else the company's), to align new ones to, and what they are.
    var alignTargets: [ObjectiveLink]
    var hasAlignTargets: Bool
    var alignTargetsLabel: String?
    /// With them, the command that starts the person's OKR file for the cycle.
    var startCommand: String?
    /// Others' check-ins of the cycle shown whose notes mention the person, newest first.
    var mentions: [MentionView]
    var hasMentions: Bool
    /// How many more than listed, said in words.
    var moreMentions: String?
    /// The Atom feed of the check-ins that mention the person, when there are any.
    var mentionsFeedURL: String?
    /// Others' OKR files of the cycle shown whose notes or risks mention the person: "Sales ·
    /// notes" (linking to them) or "Li Na · O2" (to the objective).
    var noteMentions: [NamedLink]
    var hasNoteMentions: Bool
    var moreNoteMentions: String?
    /// Key results of others' OKRs of the cycle shown that name the person as their owner.
    var ownedKeyResults: [OwnedKeyResult]
    var hasOwnedKeyResults: Bool
    var moreOwnedKeyResults: String?
}

/// A key result of someone else's OKRs that names the person as its owner.
struct OwnedKeyResult: ViewModel {
    /// The key result's anchor on its owner's page.
    var url: String
    /// "Growth · O1/KR2"
    var target: String
    var title: String
    var progress: ProgressView?
}

/// A direct report on their manager's page: a lead follows their people from one place.
struct ReportRow: ViewModel {
    /// Their page of the cycle shown.
    var url: String
    var name: String
    /// Their OKRs' progress; nil without OKRs in the cycle.
    var reportProgress: ProgressView?
    /// "last check-in 2026-11-16", "no check-in yet" or "no OKRs this cycle".
    var reportNote: String
}

/// A check-in that mentions the person whose page lists it.
struct MentionView: ViewModel {
    /// The key result's anchor on its owner's page.
    var url: String
    /// "Li Na · O1/KR2"
    var target: String
    var date: String
    var noteHTML: [UInt8]?
}

struct TeamInfo: ViewModel {
    var name: String
    var missionHTML: String?
}

struct PersonInfo: ViewModel {
    var name: String
    var title: String?
    var email: String?
    /// The address escaped, with a line-break opportunity after the "@", so a narrow column
    /// breaks it there rather than inside a word.
    var emailHTML: String?
    var location: String?
    var bioHTML: String?
}

struct TeamNode: ViewModel {
    var url: String
    var name: String
    /// Always set, so a nested node without progress never shows its parent's (Mustache would
    /// find the parent's `teamProgress` when the child's is nil).
    var hasTeamProgress: Bool
    var teamProgress: ProgressView?
    var memberCount: Int
    /// "1 member", "8 members" in the page's language.
    var memberCountLabel: String
    var children: [TeamNode]
    var hasChildren: Bool
}

struct PersonRow: ViewModel {
    var url: String
    var name: String
    var title: String
    var team: NamedLink?
    var personProgress: ProgressView?
    /// Every objective of theirs in the cycle is confidential: they have OKRs, unpublished.
    var confidentialOnly: Bool
    /// Without OKRs of their own: "owns 1 key result", when they do.
    var ownedNote: String?
    /// For the directory's filter: the team id ("" when none), location and employment (nil
    /// when none, so the row carries no empty attribute).
    var teamID: String
    var location: String?
    var employment: String?
}

/// A choice in a filter: the value rows carry, and what the reader sees.
struct FilterOption: ViewModel {
    var value: String
    var label: String
}

struct TeamsPage: ViewModel {
    var cycle: CycleView?
    /// Every cycle's tree, the one shown marked.
    var cycleLinks: [CycleLink]
    var hasCycleLinks: Bool
    var roots: [TeamNode]
    /// The tree stops above its deepest levels (each team's page lists its sub-teams).
    var isCut: Bool
}

struct PeoplePage: ViewModel {
    var cycle: CycleView?
    /// Every cycle's directory, the one shown marked.
    var cycleLinks: [CycleLink]
    var hasCycleLinks: Bool
    /// Everyone, while the company has at most `SiteRenderer.directoryLimit` people.
    var people: [PersonRow]
    var hasPeople: Bool
    /// Above that, the team tree instead: each team's page lists its people.
    var byTeam: [TeamNode]
    var hasByTeam: Bool
    /// "10,000 people".
    var peopleCount: String
    /// The table's filter (with script): teams (a team selects its sub-teams too), the
    /// locations and the kinds of employment that occur.
    var filterTeams: [FilterTeam]
    var locations: [FilterOption]
    var employments: [FilterOption]
}

struct CycleRow: ViewModel {
    var id: String
    var isClosed: Bool
    var url: String
    var name: String
    var isCurrent: Bool
    var start: String
    var end: String
    var objectiveCount: Int
    var ownerCount: Int
    var companyProgress: ProgressView?
}

struct CycleGroup: ViewModel {
    var id: String
    var label: String
    var cycles: [CycleRow]
}

struct CyclesPage: ViewModel {
    var groups: [CycleGroup]
}

// MARK: Writing hints pages

/// One rule as the writing guide presents it.
struct RuleGuide: ViewModel {
    var id: String
    var title: String
    var rationale: String
    var bad: String
    var good: String
    /// The three texts above as HTML, their dates kept whole on a line.
    var rationaleHTML: [UInt8]?
    var badHTML: [UInt8]?
    var goodHTML: [UInt8]?
    var findingCount: Int
    /// Whether the rule has findings now: the page's count by hint lists only those.
    var hasRuleFindings: Bool
}

/// A finding on the hints page, linking to what it is about.
struct FindingRow: ViewModel {
    var url: String
    var target: String
    var message: String
    /// `message` as HTML, its dates kept whole on a line.
    var messageHTML: [UInt8]?
    var ruleTitle: String
    /// Where the finding's file is edited on the repository's host (`edit_url`); nil without.
    var editURL: String?
}

/// `/hints/`: the writing guide and the counts, by rule and by team; the findings themselves
/// are on one page per team, so no page grows with the whole company.
struct HintsPage: ViewModel {
    var rules: [RuleGuide]
    /// The findings on the company's own OKR sets and on those of people in no team, listed here.
    var companyRows: [FindingRow]
    var hasCompanyRows: Bool
    /// Teams with findings of their own or their people's, in the team tree's order.
    var teamCounts: [TeamFindingCount]
    var hasTeamCounts: Bool
    var hasFindings: Bool
    var findingCount: Int
    var silencedCount: Int
}

/// A team's line in a count of findings, linking to its page of findings.
struct TeamFindingCount: ViewModel {
    var url: String
    var name: String
    /// Findings on the team's own OKRs and its members'.
    var count: Int
    /// With its sub-teams'.
    var totalCount: Int
    var depth: Int
}

/// `/hints/teams/<id>/`: the findings of one team's OKRs and of its members', each once;
/// sub-teams are listed with their counts, not repeated.
struct TeamHintsPage: ViewModel {
    var team: NamedLink
    /// The hint pages of the teams above, top first.
    var hintTrail: [NamedLink]
    var rows: [FindingRow]
    var hasRows: Bool
    /// When the team has more findings than the page lists: how many more, and where.
    var moreRows: String?
    var subteamCounts: [TeamFindingCount]
    var hasSubteamCounts: Bool
}

// MARK: Alignment map pages

struct MapPage: ViewModel {
    var cycle: CycleView?
    var cycleLinks: [CycleLink]
    var hasCycleLinks: Bool
    /// The team of a focused view; nil on the overview.
    var focusTeam: NamedLink?
    /// Overview, then the focused team's ancestors.
    var mapTrail: [NamedLink]
    /// The drawing; nil when the cycle has nothing to draw.
    var mapSVG: [UInt8]?
    var objectiveCount: Int
    /// Objectives the view leaves out to stay readable; they are in the focused views.
    var omittedCount: Int
    var hasOmitted: Bool
    /// The sentence saying how many of which levels are not drawn and where to find them.
    var omittedNote: String
    /// Focused views one step down: the teams on the overview, a team's sub-teams.
    var focusLinks: [NamedLink]
    var hasFocusLinks: Bool
    /// The alignment tree (overview only): the company's objectives and what serves them.
    var tree: [TreeItem]
    var hasTree: Bool
    /// Objectives of the tree's levels that serve nothing shown.
    var unaligned: [TreeItem]
    var hasUnaligned: Bool
    /// The levels the tree leaves out, when the cycle is too large for one page.
    var treeOmittedNote: String?
    /// Teams for the tree's filter: a team's name selects it and its sub-teams.
    var filterTeams: [FilterTeam]
    var jsonURL: String
    var dotURL: String
}

/// One objective in the alignment tree, with the objectives that serve it nested below.
struct TreeItem: ViewModel {
    var url: String
    /// "O1 Grow revenue".
    var label: String
    var ownerName: String
    var progress: ProgressView
    var status: String
    var statusLabel: String
    /// What the filter matches: the team of a team objective or of a person; "" for the company.
    var team: String
    /// Listed again under a second objective it serves; its own contributors are under the first.
    var isReference: Bool
    var children: [TreeItem]
    var hasChildren: Bool
    var childCount: Int
    /// Whether its branch starts expanded.
    var open: Bool
}

struct FilterTeam: ViewModel {
    var id: String
    var name: String
    var parent: String
}

// MARK: Search page

/// The search page; the results come from the script, the index from `searchIndex()`.
struct SearchPage: ViewModel {
    var documentCount: Int
    /// Each cycle, for the filter that keeps one cycle's objectives (people and teams stay).
    var cycles: [FilterOption]
    var hasCycles: Bool
    /// The current cycle's id: its objectives' addresses carry no cycle.
    var currentCycleID: String
}

// MARK: Dashboard

/// A headline figure: "812 / 1,000" with its share, or a plain count.
struct DashboardFigure: ViewModel {
    var label: String
    var value: String
    var share: String?
}

/// One row of a distribution: how many objectives fall in a group, and their share.
struct DistributionRow: ViewModel {
    var label: String
    var count: Int
    /// 0–100, for the bar.
    var percentValue: Int
    var percent: String
}

struct DistributionTable: ViewModel {
    var id: String
    var title: String
    var rows: [DistributionRow]
}

/// A team's line in the coverage table; its figures include its sub-teams.
struct TeamCoverageRow: ViewModel {
    /// `team-<id>`, so a team's page can link to its row.
    var anchor: String
    var url: String
    var name: String
    /// Nesting below the root teams, capped for the indentation classes.
    var depth: Int
    var people: Int
    var withOKRs: String
    var coverage: ProgressView?
    var objectives: Int
    var aligned: String
    var followUp: String
    var atRisk: Int
    var ownOKRs: String
}

struct GroupMember: ViewModel {
    var url: String
    var name: String
    var memberNote: String?
}

/// People to follow up, grouped by their team.
struct PeopleGroup: ViewModel {
    var id: String
    var label: String
    var teamURL: String?
    var members: [GroupMember]
    var memberCount: Int
    /// A `mailto:` link writing to every member with an e-mail address, with a subject that
    /// says why; nil when none has one.
    var mailURL: String?
    /// "E-mail them (3)".
    var mailLabel: String?
    /// Whether there is a team page or an e-mail link to show.
    var hasLinks: Bool
}

/// The dashboard's figures, spread and lists for the people of one kind of employment and
/// their own OKRs. Names differ from the page's where a field may be absent, so an absent one
/// is not looked up on the page.
struct EmploymentSlice: ViewModel {
    /// `employment-contractor`: the section's id.
    var id: String
    /// `contractor`: what the selector's option and `data-employment-part` say.
    var value: String
    var label: String
    var figures: [DashboardFigure]
    var distributions: [DistributionTable]
    var sliceHasPersonalOKRs: Bool
    var sliceMissing: [PeopleGroup]
    var sliceMissingCount: Int
    var sliceMissingNote: String?
    var sliceTracksCheckIns: Bool
    var sliceOverdue: [PeopleGroup]
    var sliceOverdueCount: Int
    var sliceOverdueNote: String?
    /// Their people with a key result past due, as `DashboardPage.pastDue`.
    var slicePastDue: [PeopleGroup]
    var slicePastDueCount: Int
    var slicePastDueNote: String?
    /// Their people yet to score or review, as `DashboardPage.unreviewed`.
    var sliceUnreviewed: [PeopleGroup]
    var sliceUnreviewedCount: Int
    var sliceUnreviewedNote: String?
}

struct DashboardPage: ViewModel {
    var cycle: CycleView?
    var cycleLinks: [CycleLink]
    var hasCycleLinks: Bool
    var phaseNote: String
    var figures: [DashboardFigure]
    var distributions: [DistributionTable]
    var teamRows: [TeamCoverageRow]
    var hasTeamRows: Bool
    /// The follow-up column: recent check-ins while a cycle of about a quarter runs, scores
    /// once a cycle has ended; none before a cycle starts or while a long one runs.
    var hasFollowUp: Bool
    var followUpLabel: String
    /// See `CycleCoverage.hasPersonalOKRs`.
    var hasPersonalOKRs: Bool
    var missing: [PeopleGroup]
    var missingCount: Int
    var overdue: [PeopleGroup]
    var overdueCount: Int
    /// "People with no check-in for over 14 days" and, when there are none, "Everyone with
    /// OKRs has checked in within 14 days": the portal's `stale_days` filled in.
    var overdueTitle: String
    var nobodyOverdue: String
    /// Where a list was cut to keep the page light: how many more people the follow-up
    /// spreadsheet names; nil when the list is whole.
    var missingNote: String?
    var overdueNote: String?
    /// While the cycle runs and has due dates: people with a key result past its due date and
    /// not reached, by team (PeopleGroup; each member's note names the key result and date).
    var hasPastDue: Bool
    var pastDue: [PeopleGroup]
    var pastDueCount: Int
    var pastDueNote: String?
    /// Once the cycle has ended (and anyone has personal OKRs): people with objectives not
    /// yet scored or no retrospective, by team (PeopleGroup; each member's note says which).
    var hasReview: Bool
    var unreviewed: [PeopleGroup]
    var unreviewedCount: Int
    var unreviewedNote: String?
    /// Where the team table stops above the deepest levels of a large tree; nil when whole.
    var teamRowsNote: String?
    /// Whether check-ins are expected: see `CycleCoverage.tracksCheckIns`.
    var tracksCheckIns: Bool
    /// The same figures as spreadsheets: the team table and the people to follow up.
    var teamsCSVURL: String
    var followUpCSVURL: String
    /// The figures again for each kind of employment the people have (none when nobody's is
    /// given, or everyone's is the same); a selector shows one at a time with script.
    var employmentSlices: [EmploymentSlice]
    var hasEmploymentSlices: Bool
}

// MARK: This week's updates

/// One check-in of the week, as the updates pages list it.
struct UpdateItem: ViewModel {
    /// The key result's anchor on its owner's page.
    var url: String
    /// "O1/KR2"; the owner is its group's.
    var target: String
    var title: String
    /// Where it stood before (the previous check-in, else the start), and now.
    var from: String
    var to: String
    /// "7 → 5" when the confidence changed.
    var confidenceChange: String?
    var completed: Bool
    var note: String?
    /// `note` as HTML, its mentions linked.
    var noteHTML: [UInt8]?
}

/// The key results one owner checked in on one day of the week.
struct UpdateGroup: ViewModel {
    /// The owner's page for the cycle.
    var owner: NamedLink
    var date: String
    var items: [UpdateItem]
}

/// A team's line in the week's counts, linking to its page of updates.
struct TeamUpdateCount: ViewModel {
    var url: String
    var name: String
    /// Check-ins on the team's own key results and its members'.
    var count: Int
    /// With its sub-teams'.
    var totalCount: Int
    /// Members with OKRs and no check-in for `stale_days`, with the sub-teams'.
    var quietCount: Int
    var depth: Int
}

/// `/updates/`, `/updates/<cycle>/`: what moved in the seven days up to the build date (or
/// the cycle's end): figures for the company, its own key results, and per team the counts,
/// each team's check-ins on a page of its own, so no page grows with the company.
struct UpdatesPage: ViewModel {
    var cycle: CycleView?
    var cycleLinks: [CycleLink]
    var hasCycleLinks: Bool
    /// "2026-11-14 – 2026-11-20".
    var window: String
    var checkInCount: Int
    var movedCount: Int
    var completedCount: Int
    var quietCount: Int
    /// "No check-in for over 14 days": who counts as quiet, with the portal's `stale_days`.
    var quietLabel: String
    var companyGroups: [UpdateGroup]
    var hasCompanyGroups: Bool
    var teamCounts: [TeamUpdateCount]
    var hasTeamCounts: Bool
}

/// `/updates/<cycle>/teams/<id>/`: one team's week: its own and its members' check-ins, the
/// members gone quiet, and its sub-teams with their counts.
struct TeamUpdatesPage: ViewModel {
    var cycle: CycleView?
    var team: NamedLink
    var overviewURL: String
    var window: String
    var groups: [UpdateGroup]
    var hasGroups: Bool
    /// When the week has more check-ins than the page lists: how many more, and where.
    var moreUpdates: String?
    var quiet: [NamedLink]
    var hasQuiet: Bool
    /// "No check-in for over 14 days", as on `/updates/`.
    var quietLabel: String
    var subteamCounts: [TeamUpdateCount]
    var hasSubteamCounts: Bool
}
