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

/// The view models that pages hold by the hundred are classes: a template reads them through
/// `TemplateValue.object`, and a struct this size was copied into a new box at every lookup.
final class CheckInView: Sendable {
    let date: String
    let value: String
    let confidence: String
    let note: String

    init(date: String, value: String, confidence: String, note: String) {
        self.date = date
        self.value = value
        self.confidence = confidence
        self.note = note
    }
}

// Mustache looks a name up through every enclosing context when the value is nil, so optional
// fields carry names no enclosing view model uses (`krOwner`, not `owner`): a key result without
// an owner must not show the page's owner.

final class KeyResultView: Sendable {
    let id: String
    let anchor: String
    let title: String
    let progress: ProgressView
    /// "32,000 of 50,000 users (from 0)", "done", "40%".
    let measureLabel: String?
    let lowerIsBetter: Bool
    let krConfidence: ConfidenceView?
    let krScore: ScoreView?
    let due: String?
    let krOwner: PersonLink?
    let checkIns: [CheckInView]
    let hasCheckIns: Bool
    let checkInCount: Int
    let alignedBy: [ObjectiveLink]
    let hasAlignedBy: Bool
    /// Named apart from the objective's fields: a nil count would otherwise be looked up
    /// in the enclosing objective and show its toggle.
    let krAlignedByMore: [ObjectiveLink]
    let krAlignedByMoreCount: String?
    let krHints: [HintView]
    let hasKRHints: Bool

    init(id: String, anchor: String, title: String, progress: ProgressView, measureLabel: String?, lowerIsBetter: Bool, krConfidence: ConfidenceView?, krScore: ScoreView?, due: String?, krOwner: PersonLink?, checkIns: [CheckInView], hasCheckIns: Bool, checkInCount: Int, alignedBy: [ObjectiveLink], hasAlignedBy: Bool, krAlignedByMore: [ObjectiveLink], krAlignedByMoreCount: String?, krHints: [HintView], hasKRHints: Bool) {
        self.id = id
        self.anchor = anchor
        self.title = title
        self.progress = progress
        self.measureLabel = measureLabel
        self.lowerIsBetter = lowerIsBetter
        self.krConfidence = krConfidence
        self.krScore = krScore
        self.due = due
        self.krOwner = krOwner
        self.checkIns = checkIns
        self.hasCheckIns = hasCheckIns
        self.checkInCount = checkInCount
        self.alignedBy = alignedBy
        self.hasAlignedBy = hasAlignedBy
        self.krAlignedByMore = krAlignedByMore
        self.krAlignedByMoreCount = krAlignedByMoreCount
        self.krHints = krHints
        self.hasKRHints = hasKRHints
    }
}

final class ObjectiveView: Sendable {
    let id: String
    let title: String
    let type: String
    let typeLabel: String
    let priority: String?
    let status: String
    let statusLabel: String
    let progress: ProgressView
    let score: ScoreView?
    let confidence: ConfidenceView?
    let weightLabel: String?
    let keyResults: [KeyResultView]
    let risks: [String]
    let hasRisks: Bool
    let aligns: [ObjectiveLink]
    let hasAligns: Bool
    /// Objectives below the company level should say what they contribute to.
    let needsAlignment: Bool
    /// The first `AlignedByList.limit` objectives aligned to it; the rest are in
    /// `alignedByMore`, for a collapsed list (a company objective can have thousands).
    let alignedBy: [ObjectiveLink]
    let hasAlignedBy: Bool
    let alignedByMore: [ObjectiveLink]
    /// How many `alignedByMore` holds ("2,990"); nil when all are in `alignedBy`.
    let alignedByMoreCount: String?
    let chain: [ObjectiveLink]
    let hasChain: Bool
    /// The objective's small alignment map (inline SVG); nil when nothing links to it.
    let neighbourhoodSVG: String?
    let hints: [HintView]
    let hasHints: Bool

    init(id: String, title: String, type: String, typeLabel: String, priority: String?, status: String, statusLabel: String, progress: ProgressView, score: ScoreView?, confidence: ConfidenceView?, weightLabel: String?, keyResults: [KeyResultView], risks: [String], hasRisks: Bool, aligns: [ObjectiveLink], hasAligns: Bool, needsAlignment: Bool, alignedBy: [ObjectiveLink], hasAlignedBy: Bool, alignedByMore: [ObjectiveLink], alignedByMoreCount: String?, chain: [ObjectiveLink], hasChain: Bool, neighbourhoodSVG: String?, hints: [HintView], hasHints: Bool) {
        self.id = id
        self.title = title
        self.type = type
        self.typeLabel = typeLabel
        self.priority = priority
        self.status = status
        self.statusLabel = statusLabel
        self.progress = progress
        self.score = score
        self.confidence = confidence
        self.weightLabel = weightLabel
        self.keyResults = keyResults
        self.risks = risks
        self.hasRisks = hasRisks
        self.aligns = aligns
        self.hasAligns = hasAligns
        self.needsAlignment = needsAlignment
        self.alignedBy = alignedBy
        self.hasAlignedBy = hasAlignedBy
        self.alignedByMore = alignedByMore
        self.alignedByMoreCount = alignedByMoreCount
        self.chain = chain
        self.hasChain = hasChain
        self.neighbourhoodSVG = neighbourhoodSVG
        self.hints = hints
        self.hasHints = hasHints
    }
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
