import Foundation
import Testing
import OKRModel
@testable import OKRDiff

@Suite struct ChangeFormatTests {
    let hostile = "Win <script>alert(1)</script> | [click](javascript:x) **now**\nsecond line"

    func report() async -> ChangeReport {
        let ana = baseFiles["okrs/2026-Q4/people/ana.md"]!
        return await compare([
            "okrs/2026-Q4/people/ana.md": ana.replacing("Close the first German deals", with: hostile.replacing("\n", with: " ")),
            "okrs/2026-Q4/teams/sales.md": baseFiles["okrs/2026-Q4/teams/sales.md"]!.replacing("current: 3,", with: "current: 11,"),
        ], baseURL: true)
    }

    @Test func markdownIsTablesPerSectionWithNothingLive() async {
        let markdown = await report().formatted(.markdown)
        #expect(markdown.hasPrefix("**OKR changes from main to HEAD: 1 retitled, 1 progress move, 1 jump in progress"))
        #expect(markdown.contains("\n### Objectives and key results\n\n| | OKR | Change | Before | After |\n|---|---|---|---|---|\n"))
        #expect(markdown.contains("\n### Progress and confidence\n"))
        // No HTML, link or table break survives from a title.
        #expect(!markdown.contains("<script>") && markdown.contains("&lt;script&gt;"))
        #expect(!markdown.contains("[click](javascript") && markdown.contains("\\[click\\](javascript:x)"))
        #expect(markdown.contains("\\| \\[click"))
        // Links go to the objective on the portal; the jump is marked.
        #expect(markdown.contains("| ⚠️ | [`2026-Q4:teams/sales/O1/KR1`](https://okrs.example.com/teams/sales/#O1-KR1) Sign 12 German customers | progress rose by 67% in one change; worth a look at the check-in | 25% | 92% |"))
    }

    @Test func markdownKeepsToABoundedNumberOfRows() {
        let changes = (1...100).map { index in
            Change(kind: .progress, objective: ObjectiveKey(cycle: "2026-Q4", owner: .person("p\(index)"), objective: "O1"), title: "T",
                   from: "0%", to: "10%", summary: "progress up")
        }
        let markdown = ChangeReport(base: "a", head: "b", changes: changes).formatted(.markdown)
        #expect(markdown.components(separatedBy: "| progress up |").count - 1 == ChangeReport.markdownRowsPerSection)
        #expect(markdown.contains("… and 60 more; `okr-portal diff` lists them all."))
    }

    @Test func textIsOneLinePerChangeAndMarksAttention() async {
        let text = await report().formatted(.text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("  ! 2026-Q4:teams/sales/O1/KR1 “Sign 12 German customers”: progress rose by 67% in one change; worth a look at the check-in (25% → 92%)"))
        #expect(lines.contains { $0.hasPrefix("  · 2026-Q4:people/ana/O1 “Win <script>") })
    }

    @Test func jsonFollowsItsSchemaShape() async throws {
        let data = Data(await report().formatted(.json).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["generator"] as? String == "okr-portal")
        #expect((object["counts"] as? [String: Int])?["jump"] == 1)
        let changes = try #require(object["changes"] as? [[String: Any]])
        let jump = try #require(changes.first { $0["kind"] as? String == "jump" })
        #expect(jump["ref"] as? String == "2026-Q4:teams/sales/O1/KR1" && jump["attention"] as? Bool == true && jump["key_result"] as? String == "KR1")
        #expect(jump["url"] as? String == "https://okrs.example.com/teams/sales/#O1-KR1")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(ChangeReport.jsonSchema.utf8)) as? [String: Any])
        let required = ((schema["$defs"] as? [String: Any])?["change"] as? [String: Any])?["required"] as? [String]
        #expect(Set(required ?? []) == Set(jump.keys))
    }
}
