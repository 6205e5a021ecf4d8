import Mustache

// Direct field lookup for the view models. swift-mustache otherwise reads fields through
// Mirror, which costs a type-metadata lookup per field per page and made rendering 10,000
// people take minutes. ViewModelFieldTests checks each table against the struct's fields.

/// A view model that answers Mustache's field lookups from a table instead of reflection.
protocol ViewModel: MustacheParent {
    static var fields: [String: @Sendable (Self) -> Any?] { get }
}

extension ViewModel {
    func child(named name: String) -> Any? {
        guard let read = Self.fields[name] else { return nil }
        return read(self)
    }
}

extension ProgressView: ViewModel {
    static let fields: [String: @Sendable (ProgressView) -> Any?] = [
        "clamped": { $0.clamped },
        "label": { $0.label },
        "overLabel": { $0.overLabel },
        "band": { $0.band },
    ]
}

extension ScoreView: ViewModel {
    static let fields: [String: @Sendable (ScoreView) -> Any?] = [
        "value": { $0.value },
        "band": { $0.band },
    ]
}

extension ConfidenceView: ViewModel {
    static let fields: [String: @Sendable (ConfidenceView) -> Any?] = [
        "value": { $0.value },
        "band": { $0.band },
        "label": { $0.label },
    ]
}

extension ObjectiveLink: ViewModel {
    static let fields: [String: @Sendable (ObjectiveLink) -> Any?] = [
        "url": { $0.url },
        "label": { $0.label },
        "ownerName": { $0.ownerName },
        "direction": { $0.direction },
        "directionLabel": { $0.directionLabel },
        "last": { $0.last },
    ]
}

extension PersonLink: ViewModel {
    static let fields: [String: @Sendable (PersonLink) -> Any?] = [
        "url": { $0.url },
        "name": { $0.name },
    ]
}

extension HintView: ViewModel {
    static let fields: [String: @Sendable (HintView) -> Any?] = [
        "rule": { $0.rule },
        "ruleTitle": { $0.ruleTitle },
        "message": { $0.message },
        "silenced": { $0.silenced },
        "hintReason": { $0.hintReason },
    ]
}

extension CheckInView: ViewModel {
    static let fields: [String: @Sendable (CheckInView) -> Any?] = [
        "date": { $0.date },
        "value": { $0.value },
        "confidence": { $0.confidence },
        "note": { $0.note },
    ]
}

extension KeyResultView: ViewModel {
    static let fields: [String: @Sendable (KeyResultView) -> Any?] = [
        "id": { $0.id },
        "anchor": { $0.anchor },
        "title": { $0.title },
        "progress": { $0.progress },
        "measureLabel": { $0.measureLabel },
        "lowerIsBetter": { $0.lowerIsBetter },
        "krConfidence": { $0.krConfidence },
        "krScore": { $0.krScore },
        "due": { $0.due },
        "krOwner": { $0.krOwner },
        "checkIns": { $0.checkIns },
        "hasCheckIns": { $0.hasCheckIns },
        "checkInCount": { $0.checkInCount },
        "alignedBy": { $0.alignedBy },
        "hasAlignedBy": { $0.hasAlignedBy },
        "krHints": { $0.krHints },
        "hasKRHints": { $0.hasKRHints },
    ]
}

extension ObjectiveView: ViewModel {
    static let fields: [String: @Sendable (ObjectiveView) -> Any?] = [
        "id": { $0.id },
        "title": { $0.title },
        "type": { $0.type },
        "typeLabel": { $0.typeLabel },
        "priority": { $0.priority },
        "status": { $0.status },
        "statusLabel": { $0.statusLabel },
        "progress": { $0.progress },
        "score": { $0.score },
        "confidence": { $0.confidence },
        "weightLabel": { $0.weightLabel },
        "keyResults": { $0.keyResults },
        "risks": { $0.risks },
        "hasRisks": { $0.hasRisks },
        "aligns": { $0.aligns },
        "hasAligns": { $0.hasAligns },
        "needsAlignment": { $0.needsAlignment },
        "alignedBy": { $0.alignedBy },
        "hasAlignedBy": { $0.hasAlignedBy },
        "chain": { $0.chain },
        "hasChain": { $0.hasChain },
        "neighbourhoodSVG": { $0.neighbourhoodSVG },
        "hints": { $0.hints },
        "hasHints": { $0.hasHints },
    ]
}

extension CycleView: ViewModel {
    static let fields: [String: @Sendable (CycleView) -> Any?] = [
        "id": { $0.id },
        "name": { $0.name },
        "start": { $0.start },
        "end": { $0.end },
    ]
}

extension SetSummary: ViewModel {
    static let fields: [String: @Sendable (SetSummary) -> Any?] = [
        "progress": { $0.progress },
        "score": { $0.score },
        "objectiveCount": { $0.objectiveCount },
    ]
}

extension CycleLink: ViewModel {
    static let fields: [String: @Sendable (CycleLink) -> Any?] = [
        "url": { $0.url },
        "name": { $0.name },
        "current": { $0.current },
    ]
}

extension CompanyInfo: ViewModel {
    static let fields: [String: @Sendable (CompanyInfo) -> Any?] = [
        "name": { $0.name },
        "mission": { $0.mission },
        "vision": { $0.vision },
        "strategyHTML": { $0.strategyHTML },
    ]
}

extension HeadlineFigures: ViewModel {
    static let fields: [String: @Sendable (HeadlineFigures) -> Any?] = [
        "companyProgress": { $0.companyProgress },
        "expectedProgress": { $0.expectedProgress },
        "objectives": { $0.objectives },
        "atRisk": { $0.atRisk },
        "coverage": { $0.coverage },
        "teams": { $0.teams },
    ]
}

extension HomePage: ViewModel {
    static let fields: [String: @Sendable (HomePage) -> Any?] = [
        "company": { $0.company },
        "cycle": { $0.cycle },
        "figures": { $0.figures },
        "summary": { $0.summary },
        "objectives": { $0.objectives },
        "bodyHTML": { $0.bodyHTML },
        "setHints": { $0.setHints },
        "hasSetHints": { $0.hasSetHints },
    ]
}

extension OwnerBlock: ViewModel {
    static let fields: [String: @Sendable (OwnerBlock) -> Any?] = [
        "cycle": { $0.cycle },
        "cycleLinks": { $0.cycleLinks },
        "hasCycleLinks": { $0.hasCycleLinks },
        "summary": { $0.summary },
        "objectives": { $0.objectives },
        "bodyHTML": { $0.bodyHTML },
        "setHints": { $0.setHints },
        "hasSetHints": { $0.hasSetHints },
    ]
}

extension CompanyPage: ViewModel {
    static let fields: [String: @Sendable (CompanyPage) -> Any?] = [
        "company": { $0.company },
        "owner": { $0.owner },
    ]
}

extension TeamPage: ViewModel {
    static let fields: [String: @Sendable (TeamPage) -> Any?] = [
        "team": { $0.team },
        "owner": { $0.owner },
        "ancestors": { $0.ancestors },
        "lead": { $0.lead },
        "incoming": { $0.incoming },
        "hasIncoming": { $0.hasIncoming },
        "children": { $0.children },
        "hasChildren": { $0.hasChildren },
        "teamMapURL": { $0.teamMapURL },
        "members": { $0.members },
        "hasMembers": { $0.hasMembers },
    ]
}

extension PersonPage: ViewModel {
    static let fields: [String: @Sendable (PersonPage) -> Any?] = [
        "person": { $0.person },
        "owner": { $0.owner },
        "team": { $0.team },
        "manager": { $0.manager },
        "employment": { $0.employment },
        "reports": { $0.reports },
        "hasReports": { $0.hasReports },
    ]
}

extension TeamInfo: ViewModel {
    static let fields: [String: @Sendable (TeamInfo) -> Any?] = [
        "name": { $0.name },
        "missionHTML": { $0.missionHTML },
    ]
}

extension PersonInfo: ViewModel {
    static let fields: [String: @Sendable (PersonInfo) -> Any?] = [
        "name": { $0.name },
        "title": { $0.title },
        "email": { $0.email },
        "location": { $0.location },
        "bioHTML": { $0.bioHTML },
    ]
}

extension IncomingLink: ViewModel {
    static let fields: [String: @Sendable (IncomingLink) -> Any?] = [
        "url": { $0.url },
        "label": { $0.label },
        "ownerName": { $0.ownerName },
        "targetURL": { $0.targetURL },
        "targetLabel": { $0.targetLabel },
    ]
}

extension TeamNode: ViewModel {
    static let fields: [String: @Sendable (TeamNode) -> Any?] = [
        "url": { $0.url },
        "name": { $0.name },
        "hasTeamProgress": { $0.hasTeamProgress },
        "teamProgress": { $0.teamProgress },
        "memberCount": { $0.memberCount },
        "children": { $0.children },
        "hasChildren": { $0.hasChildren },
    ]
}

extension PersonRow: ViewModel {
    static let fields: [String: @Sendable (PersonRow) -> Any?] = [
        "url": { $0.url },
        "name": { $0.name },
        "title": { $0.title },
        "team": { $0.team },
        "personProgress": { $0.personProgress },
    ]
}

extension TeamsPage: ViewModel {
    static let fields: [String: @Sendable (TeamsPage) -> Any?] = [
        "cycle": { $0.cycle },
        "roots": { $0.roots },
    ]
}

extension PeoplePage: ViewModel {
    static let fields: [String: @Sendable (PeoplePage) -> Any?] = [
        "cycle": { $0.cycle },
        "people": { $0.people },
        "hasPeople": { $0.hasPeople },
    ]
}

extension CycleRow: ViewModel {
    static let fields: [String: @Sendable (CycleRow) -> Any?] = [
        "id": { $0.id },
        "isClosed": { $0.isClosed },
        "url": { $0.url },
        "name": { $0.name },
        "isCurrent": { $0.isCurrent },
        "start": { $0.start },
        "end": { $0.end },
        "objectiveCount": { $0.objectiveCount },
        "ownerCount": { $0.ownerCount },
        "companyProgress": { $0.companyProgress },
    ]
}

extension CycleGroup: ViewModel {
    static let fields: [String: @Sendable (CycleGroup) -> Any?] = [
        "id": { $0.id },
        "label": { $0.label },
        "cycles": { $0.cycles },
    ]
}

extension CyclesPage: ViewModel {
    static let fields: [String: @Sendable (CyclesPage) -> Any?] = [
        "groups": { $0.groups },
    ]
}

extension RuleGuide: ViewModel {
    static let fields: [String: @Sendable (RuleGuide) -> Any?] = [
        "id": { $0.id },
        "title": { $0.title },
        "rationale": { $0.rationale },
        "bad": { $0.bad },
        "good": { $0.good },
        "findingCount": { $0.findingCount },
    ]
}

extension FindingRow: ViewModel {
    static let fields: [String: @Sendable (FindingRow) -> Any?] = [
        "url": { $0.url },
        "target": { $0.target },
        "message": { $0.message },
        "ruleTitle": { $0.ruleTitle },
    ]
}

extension FindingGroup: ViewModel {
    static let fields: [String: @Sendable (FindingGroup) -> Any?] = [
        "id": { $0.id },
        "label": { $0.label },
        "rows": { $0.rows },
        "rowCount": { $0.rowCount },
    ]
}

extension HintsPage: ViewModel {
    static let fields: [String: @Sendable (HintsPage) -> Any?] = [
        "rules": { $0.rules },
        "byRule": { $0.byRule },
        "byTeam": { $0.byTeam },
        "hasFindings": { $0.hasFindings },
        "findingCount": { $0.findingCount },
        "silencedCount": { $0.silencedCount },
    ]
}

extension MapPage: ViewModel {
    static let fields: [String: @Sendable (MapPage) -> Any?] = [
        "cycle": { $0.cycle },
        "cycleLinks": { $0.cycleLinks },
        "hasCycleLinks": { $0.hasCycleLinks },
        "focusTeam": { $0.focusTeam },
        "mapTrail": { $0.mapTrail },
        "mapSVG": { $0.mapSVG },
        "objectiveCount": { $0.objectiveCount },
        "omittedCount": { $0.omittedCount },
        "hasOmitted": { $0.hasOmitted },
        "focusLinks": { $0.focusLinks },
        "hasFocusLinks": { $0.hasFocusLinks },
        "jsonURL": { $0.jsonURL },
        "dotURL": { $0.dotURL },
    ]
}

extension SearchPage: ViewModel {
    static let fields: [String: @Sendable (SearchPage) -> Any?] = [
        "documentCount": { $0.documentCount },
    ]
}
