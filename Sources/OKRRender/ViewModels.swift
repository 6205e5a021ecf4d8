import OKRModel
import OKRTemplate

// Typed view models: what the templates see. Field names are the template's names;
// `Templates/README.md` lists them for theme authors.

/// A progress figure as shown: bar value, label and colour band.
struct ProgressView: Sendable {
    /// 0–100, for `<progress value>`.
    var clamped: Int
    var label: String
    /// "130%" when a key result went past its target, else nil.
    var overLabel: String?
    /// good / fair / poor against the portal's score bands.
    var band: String
}

/// A 0–1 score with its band.
struct ScoreView: Sendable {
    var value: String
    var band: String
}

struct ConfidenceView: Sendable {
    var value: Int
    /// high (9–10), likely (7–8), medium (5–6), low (1–4), as the OKR guide reads confidence.
    var band: String
    var label: String
}

/// A link to an objective or key result somewhere on the site.
struct ObjectiveLink: Sendable {
    var url: String
    /// "O1 Grow revenue" or "O1/KR2 …".
    var label: String
    var ownerName: String
    /// "Storefront · O1": owner and id, for breadcrumbs and contributor lists (the title is
    /// `label`, shown as a tooltip).
    var short: String
    var direction: String?
    var directionLabel: String?
    var last = false
}

struct PersonLink: Sendable {
    var url: String
    var name: String
}

/// A writing hint shown next to what it is about, or silenced with the author's reason.
struct HintView: Sendable {
    var rule: String
    var ruleTitle: String
    var message: String
    var silenced: Bool
    var hintReason: String?
}

struct CheckInView: Sendable {
    var date: String
    var value: String
    var confidence: String
    var note: String
}

// Mustache looks a name up through every enclosing context when the value is nil, so optional
// fields carry names no enclosing view model uses (`krOwner`, not `owner`): a key result without
// an owner must not show the page's owner.

/// A progress chart (`TrendChart`) as the theme draws it.
struct TrendView: Sendable {
    /// `x,y x,y …`
    var points: String
    /// The last point, marked, and the baseline of its label.
    var x: Int
    var y: Int
    var labelY: Int
    /// The progress at the last point: "64%".
    var label: String
    /// The figures in words, for the chart's `<title>`.
    var summary: String
}

struct KeyResultView: Sendable {
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
    var krOwner: PersonLink?
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

struct ObjectiveView: Sendable {
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
    /// The other objectives or key results it aligns to, beside the first step of `serves`.
    var alsoServes: [ObjectiveLink]
    var hasAlsoServes: Bool
    /// The objective of an earlier cycle it continues (`carried_from:`).
    var carriedFrom: ObjectiveLink?
    /// Objectives below the company level should say what they contribute to.
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
    var hints: [HintView]
    var hasHints: Bool
}

struct CycleView: Sendable {
    var id: String
    var name: String
    var start: String
    var end: String
}

struct SetSummary: Sendable {
    var progress: ProgressView
    var score: ScoreView?
    var objectiveCount: Int
    /// "1 objective", "3 objectives" in the page's language.
    var objectiveCountLabel: String
    /// Whether any objective or key result has a chart: the shared chart frame is drawn then.
    var hasTrends: Bool
}

struct CycleLink: Sendable {
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
