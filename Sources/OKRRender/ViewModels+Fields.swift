// Written by scripts/generate-field-tables.py from the structs in ViewModels.swift; do not
// edit. Each view model's table names its stored properties, in declaration order.
import OKRTemplate

extension ProgressView {
    static let fields: [String: @Sendable (ProgressView) -> TemplateValue] = [
        "clamped": { $0.clamped.templateValue },
        "label": { $0.label.templateValue },
        "overLabel": { $0.overLabel.templateValue },
        "band": { $0.band.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension ScoreView {
    static let fields: [String: @Sendable (ScoreView) -> TemplateValue] = [
        "value": { $0.value.templateValue },
        "band": { $0.band.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension ConfidenceView {
    static let fields: [String: @Sendable (ConfidenceView) -> TemplateValue] = [
        "value": { $0.value.templateValue },
        "band": { $0.band.templateValue },
        "label": { $0.label.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension ObjectiveLink {
    static let fields: [String: @Sendable (ObjectiveLink) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "label": { $0.label.templateValue },
        "ownerName": { $0.ownerName.templateValue },
        "short": { $0.short.templateValue },
        "direction": { $0.direction.templateValue },
        "directionLabel": { $0.directionLabel.templateValue },
        "last": { $0.last.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension NamedLink {
    static let fields: [String: @Sendable (NamedLink) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension HintView {
    static let fields: [String: @Sendable (HintView) -> TemplateValue] = [
        "rule": { $0.rule.templateValue },
        "ruleTitle": { $0.ruleTitle.templateValue },
        "message": { $0.message.templateValue },
        "messageHTML": { $0.messageHTML.map(TemplateValue.markup) ?? .null },
        "silenced": { $0.silenced.templateValue },
        "hintReason": { $0.hintReason.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CheckInView {
    static let fields: [String: @Sendable (CheckInView) -> TemplateValue] = [
        "date": { $0.date.templateValue },
        "value": { $0.value.templateValue },
        "confidence": { $0.confidence.templateValue },
        "note": { $0.note.templateValue },
        "noteHTML": { $0.noteHTML.map(TemplateValue.markup) ?? .null },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TrendView {
    static let fields: [String: @Sendable (TrendView) -> TemplateValue] = [
        "points": { $0.points.templateValue },
        "path": { $0.path.templateValue },
        "x": { $0.x.templateValue },
        "y": { $0.y.templateValue },
        "labelY": { $0.labelY.templateValue },
        "label": { $0.label.templateValue },
        "summary": { $0.summary.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension KeyResultView {
    static let fields: [String: @Sendable (KeyResultView) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "anchor": { $0.anchor.templateValue },
        "title": { $0.title.templateValue },
        "progress": { $0.progress.templateValue },
        "measureLabel": { $0.measureLabel.templateValue },
        "lowerIsBetter": { $0.lowerIsBetter.templateValue },
        "krConfidence": { $0.krConfidence.templateValue },
        "krScore": { $0.krScore.templateValue },
        "due": { $0.due.templateValue },
        "dueOverdue": { $0.dueOverdue.templateValue },
        "krOwner": { $0.krOwner.templateValue },
        "krTrend": { $0.krTrend.templateValue },
        "checkIns": { $0.checkIns.templateValue },
        "hasCheckIns": { $0.hasCheckIns.templateValue },
        "checkInCount": { $0.checkInCount.templateValue },
        "hasCheckInNotes": { $0.hasCheckInNotes.templateValue },
        "alignedBy": { $0.alignedBy.templateValue },
        "hasAlignedBy": { $0.hasAlignedBy.templateValue },
        "krAlignedByMore": { $0.krAlignedByMore.templateValue },
        "krAlignedByMoreCount": { $0.krAlignedByMoreCount.templateValue },
        "quietNote": { $0.quietNote.templateValue },
        "krHints": { $0.krHints.templateValue },
        "hasKRHints": { $0.hasKRHints.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension ObjectiveView {
    static let fields: [String: @Sendable (ObjectiveView) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "title": { $0.title.templateValue },
        "type": { $0.type.templateValue },
        "typeLabel": { $0.typeLabel.templateValue },
        "priority": { $0.priority.templateValue },
        "status": { $0.status.templateValue },
        "statusLabel": { $0.statusLabel.templateValue },
        "progress": { $0.progress.templateValue },
        "trend": { $0.trend.templateValue },
        "score": { $0.score.templateValue },
        "confidence": { $0.confidence.templateValue },
        "weightLabel": { $0.weightLabel.templateValue },
        "keyResults": { $0.keyResults.templateValue },
        "risks": { $0.risks.templateValue },
        "hasRisks": { $0.hasRisks.templateValue },
        "serves": { $0.serves.templateValue },
        "hasServes": { $0.hasServes.templateValue },
        "servesGap": { $0.servesGap.templateValue },
        "servesTop": { $0.servesTop.templateValue },
        "alsoServes": { $0.alsoServes.templateValue },
        "hasAlsoServes": { $0.hasAlsoServes.templateValue },
        "confidentialServes": { $0.confidentialServes.templateValue },
        "carriedFrom": { $0.carriedFrom.templateValue },
        "needsAlignment": { $0.needsAlignment.templateValue },
        "alignedBy": { $0.alignedBy.templateValue },
        "hasAlignedBy": { $0.hasAlignedBy.templateValue },
        "alignedByMore": { $0.alignedByMore.templateValue },
        "alignedByMoreCount": { $0.alignedByMoreCount.templateValue },
        "contributorCount": { $0.contributorCount.templateValue },
        "confidentialContributors": { $0.confidentialContributors.templateValue },
        "hints": { $0.hints.templateValue },
        "hasHints": { $0.hasHints.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CycleView {
    static let fields: [String: @Sendable (CycleView) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "name": { $0.name.templateValue },
        "start": { $0.start.templateValue },
        "end": { $0.end.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension SetSummary {
    static let fields: [String: @Sendable (SetSummary) -> TemplateValue] = [
        "progress": { $0.progress.templateValue },
        "score": { $0.score.templateValue },
        "objectiveCount": { $0.objectiveCount.templateValue },
        "objectiveCountLabel": { $0.objectiveCountLabel.templateValue },
        "hasTrends": { $0.hasTrends.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CycleLink {
    static let fields: [String: @Sendable (CycleLink) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "current": { $0.current.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CompanyInfo {
    static let fields: [String: @Sendable (CompanyInfo) -> TemplateValue] = [
        "name": { $0.name.templateValue },
        "mission": { $0.mission.templateValue },
        "vision": { $0.vision.templateValue },
        "strategyHTML": { $0.strategyHTML.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension HeadlineFigures {
    static let fields: [String: @Sendable (HeadlineFigures) -> TemplateValue] = [
        "companyProgress": { $0.companyProgress.templateValue },
        "expectedProgress": { $0.expectedProgress.templateValue },
        "objectives": { $0.objectives.templateValue },
        "atRisk": { $0.atRisk.templateValue },
        "coverage": { $0.coverage.templateValue },
        "coverageShare": { $0.coverageShare.templateValue },
        "teams": { $0.teams.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension ScreenPage {
    static let fields: [String: @Sendable (ScreenPage) -> TemplateValue] = [
        "title": { $0.title.templateValue },
        "cycle": { $0.cycle.templateValue },
        "figures": { $0.figures.templateValue },
        "progressLabel": { $0.progressLabel.templateValue },
        "weekCheckIns": { $0.weekCheckIns.templateValue },
        "objectives": { $0.objectives.templateValue },
        "refreshSeconds": { $0.refreshSeconds.templateValue },
        "refreshNote": { $0.refreshNote.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension HomePage {
    static let fields: [String: @Sendable (HomePage) -> TemplateValue] = [
        "company": { $0.company.templateValue },
        "figures": { $0.figures.templateValue },
        "owner": { $0.owner.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension OwnerBlock {
    static let fields: [String: @Sendable (OwnerBlock) -> TemplateValue] = [
        "cycle": { $0.cycle.templateValue },
        "cycleLinks": { $0.cycleLinks.templateValue },
        "hasCycleLinks": { $0.hasCycleLinks.templateValue },
        "summary": { $0.summary.templateValue },
        "objectives": { $0.objectives.templateValue },
        "bodyHTML": { $0.bodyHTML.templateValue },
        "setHints": { $0.setHints.templateValue },
        "hasSetHints": { $0.hasSetHints.templateValue },
        "ownerMapSVG": { $0.ownerMapSVG.map(TemplateValue.markup) ?? .null },
        "ownerMapNote": { $0.ownerMapNote.templateValue },
        "ownerMapURL": { $0.ownerMapURL.templateValue },
        "confidentialNote": { $0.confidentialNote.templateValue },
        "editURL": { $0.editURL.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CompanyPage {
    static let fields: [String: @Sendable (CompanyPage) -> TemplateValue] = [
        "company": { $0.company.templateValue },
        "owner": { $0.owner.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamPage {
    static let fields: [String: @Sendable (TeamPage) -> TemplateValue] = [
        "team": { $0.team.templateValue },
        "owner": { $0.owner.templateValue },
        "ancestors": { $0.ancestors.templateValue },
        "lead": { $0.lead.templateValue },
        "children": { $0.children.templateValue },
        "hasChildren": { $0.hasChildren.templateValue },
        "teamMapURL": { $0.teamMapURL.templateValue },
        "coverageURL": { $0.coverageURL.templateValue },
        "screenURL": { $0.screenURL.templateValue },
        "members": { $0.members.templateValue },
        "hasMembers": { $0.hasMembers.templateValue },
        "membersMore": { $0.membersMore.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension PersonPage {
    static let fields: [String: @Sendable (PersonPage) -> TemplateValue] = [
        "person": { $0.person.templateValue },
        "owner": { $0.owner.templateValue },
        "team": { $0.team.templateValue },
        "manager": { $0.manager.templateValue },
        "employment": { $0.employment.templateValue },
        "reports": { $0.reports.templateValue },
        "hasReports": { $0.hasReports.templateValue },
        "moreReports": { $0.moreReports.templateValue },
        "alignTargets": { $0.alignTargets.templateValue },
        "hasAlignTargets": { $0.hasAlignTargets.templateValue },
        "alignTargetsLabel": { $0.alignTargetsLabel.templateValue },
        "startCommand": { $0.startCommand.templateValue },
        "mentions": { $0.mentions.templateValue },
        "hasMentions": { $0.hasMentions.templateValue },
        "moreMentions": { $0.moreMentions.templateValue },
        "mentionsFeedURL": { $0.mentionsFeedURL.templateValue },
        "noteMentions": { $0.noteMentions.templateValue },
        "hasNoteMentions": { $0.hasNoteMentions.templateValue },
        "moreNoteMentions": { $0.moreNoteMentions.templateValue },
        "ownedKeyResults": { $0.ownedKeyResults.templateValue },
        "hasOwnedKeyResults": { $0.hasOwnedKeyResults.templateValue },
        "moreOwnedKeyResults": { $0.moreOwnedKeyResults.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension OwnedKeyResult {
    static let fields: [String: @Sendable (OwnedKeyResult) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "target": { $0.target.templateValue },
        "title": { $0.title.templateValue },
        "progress": { $0.progress.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension ReportRow {
    static let fields: [String: @Sendable (ReportRow) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "reportProgress": { $0.reportProgress.templateValue },
        "reportNote": { $0.reportNote.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension MentionView {
    static let fields: [String: @Sendable (MentionView) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "target": { $0.target.templateValue },
        "date": { $0.date.templateValue },
        "noteHTML": { $0.noteHTML.map(TemplateValue.markup) ?? .null },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamInfo {
    static let fields: [String: @Sendable (TeamInfo) -> TemplateValue] = [
        "name": { $0.name.templateValue },
        "missionHTML": { $0.missionHTML.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension PersonInfo {
    static let fields: [String: @Sendable (PersonInfo) -> TemplateValue] = [
        "name": { $0.name.templateValue },
        "title": { $0.title.templateValue },
        "email": { $0.email.templateValue },
        "emailHTML": { $0.emailHTML.templateValue },
        "location": { $0.location.templateValue },
        "bioHTML": { $0.bioHTML.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamNode {
    static let fields: [String: @Sendable (TeamNode) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "hasTeamProgress": { $0.hasTeamProgress.templateValue },
        "teamProgress": { $0.teamProgress.templateValue },
        "memberCount": { $0.memberCount.templateValue },
        "memberCountLabel": { $0.memberCountLabel.templateValue },
        "children": { $0.children.templateValue },
        "hasChildren": { $0.hasChildren.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension PersonRow {
    static let fields: [String: @Sendable (PersonRow) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "title": { $0.title.templateValue },
        "team": { $0.team.templateValue },
        "personProgress": { $0.personProgress.templateValue },
        "confidentialOnly": { $0.confidentialOnly.templateValue },
        "ownedNote": { $0.ownedNote.templateValue },
        "teamID": { $0.teamID.templateValue },
        "location": { $0.location.templateValue },
        "employment": { $0.employment.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension FilterOption {
    static let fields: [String: @Sendable (FilterOption) -> TemplateValue] = [
        "value": { $0.value.templateValue },
        "label": { $0.label.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamsPage {
    static let fields: [String: @Sendable (TeamsPage) -> TemplateValue] = [
        "cycle": { $0.cycle.templateValue },
        "cycleLinks": { $0.cycleLinks.templateValue },
        "hasCycleLinks": { $0.hasCycleLinks.templateValue },
        "roots": { $0.roots.templateValue },
        "isCut": { $0.isCut.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension PeoplePage {
    static let fields: [String: @Sendable (PeoplePage) -> TemplateValue] = [
        "cycle": { $0.cycle.templateValue },
        "cycleLinks": { $0.cycleLinks.templateValue },
        "hasCycleLinks": { $0.hasCycleLinks.templateValue },
        "people": { $0.people.templateValue },
        "hasPeople": { $0.hasPeople.templateValue },
        "byTeam": { $0.byTeam.templateValue },
        "hasByTeam": { $0.hasByTeam.templateValue },
        "peopleCount": { $0.peopleCount.templateValue },
        "filterTeams": { $0.filterTeams.templateValue },
        "locations": { $0.locations.templateValue },
        "employments": { $0.employments.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CycleRow {
    static let fields: [String: @Sendable (CycleRow) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "isClosed": { $0.isClosed.templateValue },
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "isCurrent": { $0.isCurrent.templateValue },
        "start": { $0.start.templateValue },
        "end": { $0.end.templateValue },
        "objectiveCount": { $0.objectiveCount.templateValue },
        "ownerCount": { $0.ownerCount.templateValue },
        "companyProgress": { $0.companyProgress.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CycleGroup {
    static let fields: [String: @Sendable (CycleGroup) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "label": { $0.label.templateValue },
        "cycles": { $0.cycles.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension CyclesPage {
    static let fields: [String: @Sendable (CyclesPage) -> TemplateValue] = [
        "groups": { $0.groups.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension RuleGuide {
    static let fields: [String: @Sendable (RuleGuide) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "title": { $0.title.templateValue },
        "rationale": { $0.rationale.templateValue },
        "bad": { $0.bad.templateValue },
        "good": { $0.good.templateValue },
        "rationaleHTML": { $0.rationaleHTML.map(TemplateValue.markup) ?? .null },
        "badHTML": { $0.badHTML.map(TemplateValue.markup) ?? .null },
        "goodHTML": { $0.goodHTML.map(TemplateValue.markup) ?? .null },
        "findingCount": { $0.findingCount.templateValue },
        "hasRuleFindings": { $0.hasRuleFindings.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension FindingRow {
    static let fields: [String: @Sendable (FindingRow) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "target": { $0.target.templateValue },
        "message": { $0.message.templateValue },
        "messageHTML": { $0.messageHTML.map(TemplateValue.markup) ?? .null },
        "ruleTitle": { $0.ruleTitle.templateValue },
        "editURL": { $0.editURL.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension HintsPage {
    static let fields: [String: @Sendable (HintsPage) -> TemplateValue] = [
        "rules": { $0.rules.templateValue },
        "companyRows": { $0.companyRows.templateValue },
        "hasCompanyRows": { $0.hasCompanyRows.templateValue },
        "teamCounts": { $0.teamCounts.templateValue },
        "hasTeamCounts": { $0.hasTeamCounts.templateValue },
        "hasFindings": { $0.hasFindings.templateValue },
        "findingCount": { $0.findingCount.templateValue },
        "silencedCount": { $0.silencedCount.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamFindingCount {
    static let fields: [String: @Sendable (TeamFindingCount) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "count": { $0.count.templateValue },
        "totalCount": { $0.totalCount.templateValue },
        "depth": { $0.depth.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamHintsPage {
    static let fields: [String: @Sendable (TeamHintsPage) -> TemplateValue] = [
        "team": { $0.team.templateValue },
        "hintTrail": { $0.hintTrail.templateValue },
        "rows": { $0.rows.templateValue },
        "hasRows": { $0.hasRows.templateValue },
        "moreRows": { $0.moreRows.templateValue },
        "subteamCounts": { $0.subteamCounts.templateValue },
        "hasSubteamCounts": { $0.hasSubteamCounts.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension MapPage {
    static let fields: [String: @Sendable (MapPage) -> TemplateValue] = [
        "cycle": { $0.cycle.templateValue },
        "cycleLinks": { $0.cycleLinks.templateValue },
        "hasCycleLinks": { $0.hasCycleLinks.templateValue },
        "focusTeam": { $0.focusTeam.templateValue },
        "mapTrail": { $0.mapTrail.templateValue },
        "mapSVG": { $0.mapSVG.map(TemplateValue.markup) ?? .null },
        "objectiveCount": { $0.objectiveCount.templateValue },
        "omittedCount": { $0.omittedCount.templateValue },
        "hasOmitted": { $0.hasOmitted.templateValue },
        "omittedNote": { $0.omittedNote.templateValue },
        "focusLinks": { $0.focusLinks.templateValue },
        "hasFocusLinks": { $0.hasFocusLinks.templateValue },
        "tree": { $0.tree.templateValue },
        "hasTree": { $0.hasTree.templateValue },
        "unaligned": { $0.unaligned.templateValue },
        "hasUnaligned": { $0.hasUnaligned.templateValue },
        "treeOmittedNote": { $0.treeOmittedNote.templateValue },
        "filterTeams": { $0.filterTeams.templateValue },
        "jsonURL": { $0.jsonURL.templateValue },
        "dotURL": { $0.dotURL.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TreeItem {
    static let fields: [String: @Sendable (TreeItem) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "label": { $0.label.templateValue },
        "ownerName": { $0.ownerName.templateValue },
        "progress": { $0.progress.templateValue },
        "status": { $0.status.templateValue },
        "statusLabel": { $0.statusLabel.templateValue },
        "team": { $0.team.templateValue },
        "isReference": { $0.isReference.templateValue },
        "children": { $0.children.templateValue },
        "hasChildren": { $0.hasChildren.templateValue },
        "childCount": { $0.childCount.templateValue },
        "open": { $0.open.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension FilterTeam {
    static let fields: [String: @Sendable (FilterTeam) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "name": { $0.name.templateValue },
        "parent": { $0.parent.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension SearchPage {
    static let fields: [String: @Sendable (SearchPage) -> TemplateValue] = [
        "documentCount": { $0.documentCount.templateValue },
        "cycles": { $0.cycles.templateValue },
        "hasCycles": { $0.hasCycles.templateValue },
        "currentCycleID": { $0.currentCycleID.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension DashboardFigure {
    static let fields: [String: @Sendable (DashboardFigure) -> TemplateValue] = [
        "label": { $0.label.templateValue },
        "value": { $0.value.templateValue },
        "share": { $0.share.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension DistributionRow {
    static let fields: [String: @Sendable (DistributionRow) -> TemplateValue] = [
        "label": { $0.label.templateValue },
        "count": { $0.count.templateValue },
        "percentValue": { $0.percentValue.templateValue },
        "percent": { $0.percent.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension DistributionTable {
    static let fields: [String: @Sendable (DistributionTable) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "title": { $0.title.templateValue },
        "rows": { $0.rows.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamCoverageRow {
    static let fields: [String: @Sendable (TeamCoverageRow) -> TemplateValue] = [
        "anchor": { $0.anchor.templateValue },
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "depth": { $0.depth.templateValue },
        "people": { $0.people.templateValue },
        "withOKRs": { $0.withOKRs.templateValue },
        "coverage": { $0.coverage.templateValue },
        "objectives": { $0.objectives.templateValue },
        "aligned": { $0.aligned.templateValue },
        "followUp": { $0.followUp.templateValue },
        "atRisk": { $0.atRisk.templateValue },
        "ownOKRs": { $0.ownOKRs.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension GroupMember {
    static let fields: [String: @Sendable (GroupMember) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "memberNote": { $0.memberNote.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension PeopleGroup {
    static let fields: [String: @Sendable (PeopleGroup) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "label": { $0.label.templateValue },
        "teamURL": { $0.teamURL.templateValue },
        "members": { $0.members.templateValue },
        "memberCount": { $0.memberCount.templateValue },
        "mailURL": { $0.mailURL.templateValue },
        "mailLabel": { $0.mailLabel.templateValue },
        "hasLinks": { $0.hasLinks.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension EmploymentSlice {
    static let fields: [String: @Sendable (EmploymentSlice) -> TemplateValue] = [
        "id": { $0.id.templateValue },
        "value": { $0.value.templateValue },
        "label": { $0.label.templateValue },
        "figures": { $0.figures.templateValue },
        "distributions": { $0.distributions.templateValue },
        "sliceHasPersonalOKRs": { $0.sliceHasPersonalOKRs.templateValue },
        "sliceMissing": { $0.sliceMissing.templateValue },
        "sliceMissingCount": { $0.sliceMissingCount.templateValue },
        "sliceMissingNote": { $0.sliceMissingNote.templateValue },
        "sliceTracksCheckIns": { $0.sliceTracksCheckIns.templateValue },
        "sliceOverdue": { $0.sliceOverdue.templateValue },
        "sliceOverdueCount": { $0.sliceOverdueCount.templateValue },
        "sliceOverdueNote": { $0.sliceOverdueNote.templateValue },
        "slicePastDue": { $0.slicePastDue.templateValue },
        "slicePastDueCount": { $0.slicePastDueCount.templateValue },
        "slicePastDueNote": { $0.slicePastDueNote.templateValue },
        "sliceUnreviewed": { $0.sliceUnreviewed.templateValue },
        "sliceUnreviewedCount": { $0.sliceUnreviewedCount.templateValue },
        "sliceUnreviewedNote": { $0.sliceUnreviewedNote.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension DashboardPage {
    static let fields: [String: @Sendable (DashboardPage) -> TemplateValue] = [
        "cycle": { $0.cycle.templateValue },
        "cycleLinks": { $0.cycleLinks.templateValue },
        "hasCycleLinks": { $0.hasCycleLinks.templateValue },
        "phaseNote": { $0.phaseNote.templateValue },
        "figures": { $0.figures.templateValue },
        "distributions": { $0.distributions.templateValue },
        "teamRows": { $0.teamRows.templateValue },
        "hasTeamRows": { $0.hasTeamRows.templateValue },
        "hasFollowUp": { $0.hasFollowUp.templateValue },
        "followUpLabel": { $0.followUpLabel.templateValue },
        "hasPersonalOKRs": { $0.hasPersonalOKRs.templateValue },
        "missing": { $0.missing.templateValue },
        "missingCount": { $0.missingCount.templateValue },
        "overdue": { $0.overdue.templateValue },
        "overdueCount": { $0.overdueCount.templateValue },
        "overdueTitle": { $0.overdueTitle.templateValue },
        "nobodyOverdue": { $0.nobodyOverdue.templateValue },
        "missingNote": { $0.missingNote.templateValue },
        "overdueNote": { $0.overdueNote.templateValue },
        "hasPastDue": { $0.hasPastDue.templateValue },
        "pastDue": { $0.pastDue.templateValue },
        "pastDueCount": { $0.pastDueCount.templateValue },
        "pastDueNote": { $0.pastDueNote.templateValue },
        "hasReview": { $0.hasReview.templateValue },
        "unreviewed": { $0.unreviewed.templateValue },
        "unreviewedCount": { $0.unreviewedCount.templateValue },
        "unreviewedNote": { $0.unreviewedNote.templateValue },
        "teamRowsNote": { $0.teamRowsNote.templateValue },
        "tracksCheckIns": { $0.tracksCheckIns.templateValue },
        "teamsCSVURL": { $0.teamsCSVURL.templateValue },
        "followUpCSVURL": { $0.followUpCSVURL.templateValue },
        "employmentSlices": { $0.employmentSlices.templateValue },
        "hasEmploymentSlices": { $0.hasEmploymentSlices.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension UpdateItem {
    static let fields: [String: @Sendable (UpdateItem) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "target": { $0.target.templateValue },
        "title": { $0.title.templateValue },
        "from": { $0.from.templateValue },
        "to": { $0.to.templateValue },
        "confidenceChange": { $0.confidenceChange.templateValue },
        "completed": { $0.completed.templateValue },
        "note": { $0.note.templateValue },
        "noteHTML": { $0.noteHTML.map(TemplateValue.markup) ?? .null },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension UpdateGroup {
    static let fields: [String: @Sendable (UpdateGroup) -> TemplateValue] = [
        "owner": { $0.owner.templateValue },
        "date": { $0.date.templateValue },
        "items": { $0.items.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamUpdateCount {
    static let fields: [String: @Sendable (TeamUpdateCount) -> TemplateValue] = [
        "url": { $0.url.templateValue },
        "name": { $0.name.templateValue },
        "count": { $0.count.templateValue },
        "totalCount": { $0.totalCount.templateValue },
        "quietCount": { $0.quietCount.templateValue },
        "depth": { $0.depth.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension UpdatesPage {
    static let fields: [String: @Sendable (UpdatesPage) -> TemplateValue] = [
        "cycle": { $0.cycle.templateValue },
        "cycleLinks": { $0.cycleLinks.templateValue },
        "hasCycleLinks": { $0.hasCycleLinks.templateValue },
        "window": { $0.window.templateValue },
        "checkInCount": { $0.checkInCount.templateValue },
        "movedCount": { $0.movedCount.templateValue },
        "completedCount": { $0.completedCount.templateValue },
        "quietCount": { $0.quietCount.templateValue },
        "quietLabel": { $0.quietLabel.templateValue },
        "companyGroups": { $0.companyGroups.templateValue },
        "hasCompanyGroups": { $0.hasCompanyGroups.templateValue },
        "teamCounts": { $0.teamCounts.templateValue },
        "hasTeamCounts": { $0.hasTeamCounts.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

extension TeamUpdatesPage {
    static let fields: [String: @Sendable (TeamUpdatesPage) -> TemplateValue] = [
        "cycle": { $0.cycle.templateValue },
        "team": { $0.team.templateValue },
        "overviewURL": { $0.overviewURL.templateValue },
        "window": { $0.window.templateValue },
        "groups": { $0.groups.templateValue },
        "hasGroups": { $0.hasGroups.templateValue },
        "moreUpdates": { $0.moreUpdates.templateValue },
        "quiet": { $0.quiet.templateValue },
        "hasQuiet": { $0.hasQuiet.templateValue },
        "quietLabel": { $0.quietLabel.templateValue },
        "subteamCounts": { $0.subteamCounts.templateValue },
        "hasSubteamCounts": { $0.hasSubteamCounts.templateValue },
    ]
    static let fieldsByID = FieldTable(fields)
}

/// What each view model's fields hold, for checking a theme's names (TemplateSchema).
enum ViewModelSchema {
    static let types: [String: [String: TemplateSchema.Shape]] = [
        "ProgressView": ["clamped": .scalar, "label": .scalar, "overLabel": .scalar, "band": .scalar],
        "ScoreView": ["value": .scalar, "band": .scalar],
        "ConfidenceView": ["value": .scalar, "band": .scalar, "label": .scalar],
        "ObjectiveLink": ["url": .scalar, "label": .scalar, "ownerName": .scalar, "short": .scalar, "direction": .scalar, "directionLabel": .scalar, "last": .scalar],
        "NamedLink": ["url": .scalar, "name": .scalar],
        "HintView": ["rule": .scalar, "ruleTitle": .scalar, "message": .scalar, "messageHTML": .scalar, "silenced": .scalar, "hintReason": .scalar],
        "CheckInView": ["date": .scalar, "value": .scalar, "confidence": .scalar, "note": .scalar, "noteHTML": .scalar],
        "TrendView": ["points": .scalar, "path": .scalar, "x": .scalar, "y": .scalar, "labelY": .scalar, "label": .scalar, "summary": .scalar],
        "KeyResultView": ["id": .scalar, "anchor": .scalar, "title": .scalar, "progress": .object("ProgressView"), "measureLabel": .scalar, "lowerIsBetter": .scalar, "krConfidence": .object("ConfidenceView"), "krScore": .object("ScoreView"), "due": .scalar, "dueOverdue": .scalar, "krOwner": .object("NamedLink"), "krTrend": .object("TrendView"), "checkIns": .object("CheckInView"), "hasCheckIns": .scalar, "checkInCount": .scalar, "hasCheckInNotes": .scalar, "alignedBy": .object("ObjectiveLink"), "hasAlignedBy": .scalar, "krAlignedByMore": .object("ObjectiveLink"), "krAlignedByMoreCount": .scalar, "quietNote": .scalar, "krHints": .object("HintView"), "hasKRHints": .scalar],
        "ObjectiveView": ["id": .scalar, "title": .scalar, "type": .scalar, "typeLabel": .scalar, "priority": .scalar, "status": .scalar, "statusLabel": .scalar, "progress": .object("ProgressView"), "trend": .object("TrendView"), "score": .object("ScoreView"), "confidence": .object("ConfidenceView"), "weightLabel": .scalar, "keyResults": .object("KeyResultView"), "risks": .scalar, "hasRisks": .scalar, "serves": .object("ObjectiveLink"), "hasServes": .scalar, "servesGap": .scalar, "servesTop": .object("ObjectiveLink"), "alsoServes": .object("ObjectiveLink"), "hasAlsoServes": .scalar, "confidentialServes": .scalar, "carriedFrom": .object("ObjectiveLink"), "needsAlignment": .scalar, "alignedBy": .object("ObjectiveLink"), "hasAlignedBy": .scalar, "alignedByMore": .object("ObjectiveLink"), "alignedByMoreCount": .scalar, "contributorCount": .scalar, "confidentialContributors": .scalar, "hints": .object("HintView"), "hasHints": .scalar],
        "CycleView": ["id": .scalar, "name": .scalar, "start": .scalar, "end": .scalar],
        "SetSummary": ["progress": .object("ProgressView"), "score": .object("ScoreView"), "objectiveCount": .scalar, "objectiveCountLabel": .scalar, "hasTrends": .scalar],
        "CycleLink": ["url": .scalar, "name": .scalar, "current": .scalar],
        "CompanyInfo": ["name": .scalar, "mission": .scalar, "vision": .scalar, "strategyHTML": .scalar],
        "HeadlineFigures": ["companyProgress": .scalar, "expectedProgress": .scalar, "objectives": .scalar, "atRisk": .scalar, "coverage": .scalar, "coverageShare": .scalar, "teams": .scalar],
        "ScreenPage": ["title": .scalar, "cycle": .object("CycleView"), "figures": .object("HeadlineFigures"), "progressLabel": .scalar, "weekCheckIns": .scalar, "objectives": .object("ObjectiveView"), "refreshSeconds": .scalar, "refreshNote": .scalar],
        "HomePage": ["company": .object("CompanyInfo"), "figures": .object("HeadlineFigures"), "owner": .object("OwnerBlock")],
        "OwnerBlock": ["cycle": .object("CycleView"), "cycleLinks": .object("CycleLink"), "hasCycleLinks": .scalar, "summary": .object("SetSummary"), "objectives": .object("ObjectiveView"), "bodyHTML": .scalar, "setHints": .object("HintView"), "hasSetHints": .scalar, "ownerMapSVG": .scalar, "ownerMapNote": .scalar, "ownerMapURL": .scalar, "confidentialNote": .scalar, "editURL": .scalar],
        "CompanyPage": ["company": .object("CompanyInfo"), "owner": .object("OwnerBlock")],
        "TeamPage": ["team": .object("TeamInfo"), "owner": .object("OwnerBlock"), "ancestors": .object("NamedLink"), "lead": .object("NamedLink"), "children": .object("TeamNode"), "hasChildren": .scalar, "teamMapURL": .scalar, "coverageURL": .scalar, "screenURL": .scalar, "members": .object("PersonRow"), "hasMembers": .scalar, "membersMore": .scalar],
        "PersonPage": ["person": .object("PersonInfo"), "owner": .object("OwnerBlock"), "team": .object("NamedLink"), "manager": .object("NamedLink"), "employment": .scalar, "reports": .object("ReportRow"), "hasReports": .scalar, "moreReports": .object("NamedLink"), "alignTargets": .object("ObjectiveLink"), "hasAlignTargets": .scalar, "alignTargetsLabel": .scalar, "startCommand": .scalar, "mentions": .object("MentionView"), "hasMentions": .scalar, "moreMentions": .scalar, "mentionsFeedURL": .scalar, "noteMentions": .object("NamedLink"), "hasNoteMentions": .scalar, "moreNoteMentions": .scalar, "ownedKeyResults": .object("OwnedKeyResult"), "hasOwnedKeyResults": .scalar, "moreOwnedKeyResults": .scalar],
        "OwnedKeyResult": ["url": .scalar, "target": .scalar, "title": .scalar, "progress": .object("ProgressView")],
        "ReportRow": ["url": .scalar, "name": .scalar, "reportProgress": .object("ProgressView"), "reportNote": .scalar],
        "MentionView": ["url": .scalar, "target": .scalar, "date": .scalar, "noteHTML": .scalar],
        "TeamInfo": ["name": .scalar, "missionHTML": .scalar],
        "PersonInfo": ["name": .scalar, "title": .scalar, "email": .scalar, "emailHTML": .scalar, "location": .scalar, "bioHTML": .scalar],
        "TeamNode": ["url": .scalar, "name": .scalar, "hasTeamProgress": .scalar, "teamProgress": .object("ProgressView"), "memberCount": .scalar, "memberCountLabel": .scalar, "children": .object("TeamNode"), "hasChildren": .scalar],
        "PersonRow": ["url": .scalar, "name": .scalar, "title": .scalar, "team": .object("NamedLink"), "personProgress": .object("ProgressView"), "confidentialOnly": .scalar, "ownedNote": .scalar, "teamID": .scalar, "location": .scalar, "employment": .scalar],
        "FilterOption": ["value": .scalar, "label": .scalar],
        "TeamsPage": ["cycle": .object("CycleView"), "cycleLinks": .object("CycleLink"), "hasCycleLinks": .scalar, "roots": .object("TeamNode"), "isCut": .scalar],
        "PeoplePage": ["cycle": .object("CycleView"), "cycleLinks": .object("CycleLink"), "hasCycleLinks": .scalar, "people": .object("PersonRow"), "hasPeople": .scalar, "byTeam": .object("TeamNode"), "hasByTeam": .scalar, "peopleCount": .scalar, "filterTeams": .object("FilterTeam"), "locations": .object("FilterOption"), "employments": .object("FilterOption")],
        "CycleRow": ["id": .scalar, "isClosed": .scalar, "url": .scalar, "name": .scalar, "isCurrent": .scalar, "start": .scalar, "end": .scalar, "objectiveCount": .scalar, "ownerCount": .scalar, "companyProgress": .object("ProgressView")],
        "CycleGroup": ["id": .scalar, "label": .scalar, "cycles": .object("CycleRow")],
        "CyclesPage": ["groups": .object("CycleGroup")],
        "RuleGuide": ["id": .scalar, "title": .scalar, "rationale": .scalar, "bad": .scalar, "good": .scalar, "rationaleHTML": .scalar, "badHTML": .scalar, "goodHTML": .scalar, "findingCount": .scalar, "hasRuleFindings": .scalar],
        "FindingRow": ["url": .scalar, "target": .scalar, "message": .scalar, "messageHTML": .scalar, "ruleTitle": .scalar, "editURL": .scalar],
        "HintsPage": ["rules": .object("RuleGuide"), "companyRows": .object("FindingRow"), "hasCompanyRows": .scalar, "teamCounts": .object("TeamFindingCount"), "hasTeamCounts": .scalar, "hasFindings": .scalar, "findingCount": .scalar, "silencedCount": .scalar],
        "TeamFindingCount": ["url": .scalar, "name": .scalar, "count": .scalar, "totalCount": .scalar, "depth": .scalar],
        "TeamHintsPage": ["team": .object("NamedLink"), "hintTrail": .object("NamedLink"), "rows": .object("FindingRow"), "hasRows": .scalar, "moreRows": .scalar, "subteamCounts": .object("TeamFindingCount"), "hasSubteamCounts": .scalar],
        "MapPage": ["cycle": .object("CycleView"), "cycleLinks": .object("CycleLink"), "hasCycleLinks": .scalar, "focusTeam": .object("NamedLink"), "mapTrail": .object("NamedLink"), "mapSVG": .scalar, "objectiveCount": .scalar, "omittedCount": .scalar, "hasOmitted": .scalar, "omittedNote": .scalar, "focusLinks": .object("NamedLink"), "hasFocusLinks": .scalar, "tree": .object("TreeItem"), "hasTree": .scalar, "unaligned": .object("TreeItem"), "hasUnaligned": .scalar, "treeOmittedNote": .scalar, "filterTeams": .object("FilterTeam"), "jsonURL": .scalar, "dotURL": .scalar],
        "TreeItem": ["url": .scalar, "label": .scalar, "ownerName": .scalar, "progress": .object("ProgressView"), "status": .scalar, "statusLabel": .scalar, "team": .scalar, "isReference": .scalar, "children": .object("TreeItem"), "hasChildren": .scalar, "childCount": .scalar, "open": .scalar],
        "FilterTeam": ["id": .scalar, "name": .scalar, "parent": .scalar],
        "SearchPage": ["documentCount": .scalar, "cycles": .object("FilterOption"), "hasCycles": .scalar, "currentCycleID": .scalar],
        "DashboardFigure": ["label": .scalar, "value": .scalar, "share": .scalar],
        "DistributionRow": ["label": .scalar, "count": .scalar, "percentValue": .scalar, "percent": .scalar],
        "DistributionTable": ["id": .scalar, "title": .scalar, "rows": .object("DistributionRow")],
        "TeamCoverageRow": ["anchor": .scalar, "url": .scalar, "name": .scalar, "depth": .scalar, "people": .scalar, "withOKRs": .scalar, "coverage": .object("ProgressView"), "objectives": .scalar, "aligned": .scalar, "followUp": .scalar, "atRisk": .scalar, "ownOKRs": .scalar],
        "GroupMember": ["url": .scalar, "name": .scalar, "memberNote": .scalar],
        "PeopleGroup": ["id": .scalar, "label": .scalar, "teamURL": .scalar, "members": .object("GroupMember"), "memberCount": .scalar, "mailURL": .scalar, "mailLabel": .scalar, "hasLinks": .scalar],
        "EmploymentSlice": ["id": .scalar, "value": .scalar, "label": .scalar, "figures": .object("DashboardFigure"), "distributions": .object("DistributionTable"), "sliceHasPersonalOKRs": .scalar, "sliceMissing": .object("PeopleGroup"), "sliceMissingCount": .scalar, "sliceMissingNote": .scalar, "sliceTracksCheckIns": .scalar, "sliceOverdue": .object("PeopleGroup"), "sliceOverdueCount": .scalar, "sliceOverdueNote": .scalar, "slicePastDue": .object("PeopleGroup"), "slicePastDueCount": .scalar, "slicePastDueNote": .scalar, "sliceUnreviewed": .object("PeopleGroup"), "sliceUnreviewedCount": .scalar, "sliceUnreviewedNote": .scalar],
        "DashboardPage": ["cycle": .object("CycleView"), "cycleLinks": .object("CycleLink"), "hasCycleLinks": .scalar, "phaseNote": .scalar, "figures": .object("DashboardFigure"), "distributions": .object("DistributionTable"), "teamRows": .object("TeamCoverageRow"), "hasTeamRows": .scalar, "hasFollowUp": .scalar, "followUpLabel": .scalar, "hasPersonalOKRs": .scalar, "missing": .object("PeopleGroup"), "missingCount": .scalar, "overdue": .object("PeopleGroup"), "overdueCount": .scalar, "overdueTitle": .scalar, "nobodyOverdue": .scalar, "missingNote": .scalar, "overdueNote": .scalar, "hasPastDue": .scalar, "pastDue": .object("PeopleGroup"), "pastDueCount": .scalar, "pastDueNote": .scalar, "hasReview": .scalar, "unreviewed": .object("PeopleGroup"), "unreviewedCount": .scalar, "unreviewedNote": .scalar, "teamRowsNote": .scalar, "tracksCheckIns": .scalar, "teamsCSVURL": .scalar, "followUpCSVURL": .scalar, "employmentSlices": .object("EmploymentSlice"), "hasEmploymentSlices": .scalar],
        "UpdateItem": ["url": .scalar, "target": .scalar, "title": .scalar, "from": .scalar, "to": .scalar, "confidenceChange": .scalar, "completed": .scalar, "note": .scalar, "noteHTML": .scalar],
        "UpdateGroup": ["owner": .object("NamedLink"), "date": .scalar, "items": .object("UpdateItem")],
        "TeamUpdateCount": ["url": .scalar, "name": .scalar, "count": .scalar, "totalCount": .scalar, "quietCount": .scalar, "depth": .scalar],
        "UpdatesPage": ["cycle": .object("CycleView"), "cycleLinks": .object("CycleLink"), "hasCycleLinks": .scalar, "window": .scalar, "checkInCount": .scalar, "movedCount": .scalar, "completedCount": .scalar, "quietCount": .scalar, "quietLabel": .scalar, "companyGroups": .object("UpdateGroup"), "hasCompanyGroups": .scalar, "teamCounts": .object("TeamUpdateCount"), "hasTeamCounts": .scalar],
        "TeamUpdatesPage": ["cycle": .object("CycleView"), "team": .object("NamedLink"), "overviewURL": .scalar, "window": .scalar, "groups": .object("UpdateGroup"), "hasGroups": .scalar, "moreUpdates": .scalar, "quiet": .object("NamedLink"), "hasQuiet": .scalar, "quietLabel": .scalar, "subteamCounts": .object("TeamUpdateCount"), "hasSubteamCounts": .scalar],
    ]
}
