import Foundation
import OKRBuiltinTheme
import Testing
@testable import OKRRender

/// docs/theme.md documents every view model and field templates can use; this fails when a
/// field is added without a line in it.
@Suite struct ThemeDocumentationTests {
    static let documentation = (try? String(
        contentsOf: templatesFolder.deletingLastPathComponent().appendingPathComponent("docs/theme.md"), encoding: .utf8)) ?? ""

    /// The text of the section headed `### name`, up to the next heading.
    func section(_ name: String) -> String? {
        guard let start = Self.documentation.firstRange(of: "### \(name)\n") else { return nil }
        let rest = Self.documentation[start.upperBound...]
        let end = rest.firstRange(of: "\n#")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    func check<Model: ViewModel>(_ type: Model.Type) {
        guard let text = section("\(Model.self)") else {
            Issue.record("docs/theme.md has no section for \(Model.self)")
            return
        }
        for field in Model.fields.keys {
            #expect(text.contains("`\(field)`"), "docs/theme.md does not describe \(Model.self).\(field)")
        }
    }

    @Test func everyViewModelFieldIsDocumented() {
        check(HomePage.self); check(CompanyPage.self); check(TeamPage.self); check(PersonPage.self)
        check(TeamsPage.self); check(PeoplePage.self); check(CyclesPage.self); check(HintsPage.self)
        check(OwnerBlock.self); check(ObjectiveView.self); check(KeyResultView.self); check(ProgressView.self)
        check(ScoreView.self); check(ConfidenceView.self); check(ObjectiveLink.self); check(NamedLink.self)
        check(HintView.self); check(CheckInView.self); check(CycleView.self); check(SetSummary.self)
        check(CycleLink.self); check(CompanyInfo.self); check(HeadlineFigures.self); check(TeamInfo.self)
        check(PersonInfo.self); check(TeamNode.self); check(PersonRow.self)
        check(CycleGroup.self); check(CycleRow.self); check(RuleGuide.self); check(TeamFindingCount.self); check(TeamHintsPage.self); check(FindingRow.self)
        check(MapPage.self); check(TreeItem.self); check(FilterTeam.self); check(SearchPage.self); check(DashboardPage.self); check(EmploymentSlice.self); check(DashboardFigure.self)
        check(DistributionTable.self); check(DistributionRow.self); check(TeamCoverageRow.self); check(PeopleGroup.self); check(GroupMember.self)
        check(ScreenPage.self); check(ReportRow.self); check(UpdatesPage.self); check(TeamUpdatesPage.self); check(UpdateItem.self); check(TeamUpdateCount.self); check(FilterOption.self)
    }

    @Test func everyTemplateFileIsListed() {
        for path in BuiltinTheme.files.keys {
            #expect(Self.documentation.contains(path), "docs/theme.md does not list \(path)")
        }
    }

    @Test func everyLayoutFieldIsDocumented() {
        for field in ["lang", "root", "base", "pageTitle", "site.title", "t", "nav", "languages", "alternates", "hasAlternates", "buildDate"] {
            #expect(Self.documentation.contains("`\(field)`"))
        }
    }
}
