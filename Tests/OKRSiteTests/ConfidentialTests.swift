import Foundation
import OKRTestSupport
import Testing
import OKRModel
@testable import OKRSite

/// `confidential: true` keeps an objective off the portal while `check` still reads it.
@Suite struct ConfidentialTests {
    /// Sales has a published objective and a confidential one, one of whose key results Ana
    /// owns; Ana aligns one objective to each, and another to the confidential one's key
    /// result and sideways to Bo's only objective, which is confidential too.
    static let site = smallSite.merging([
        "content/org/people.yaml": "- {id: ana, name: Ana <script>, team: emea, email: ana@example.com}\n- {id: bo, name: Bo, team: sales, manager: ana}\n",
        "content/okrs/2026-Q4/teams/sales.md": """
        ---
        objectives:
          - title: Win the mid-market
            confidence: 7
            key_results:
              - {title: Mid-market deals reach 40, start: 10, target: 40, current: 20}
              - {title: Win rate rises from 20% to 30%, start: 20, target: 30, current: 24}
          - title: {en: Acquire Rival Ltd, zh: 收购对手公司}
            confidential: true
            confidence: 5
            aligns: [company/O1]
            risks: ["@bo may leave before SECRET-RISK closes"]
            key_results:
              - title: Better documentation
                done: false
                checkins:
                  - {date: 2026-11-02, done: false, note: "SECRET-NOTE the board said yes"}
              - {title: Term sheet signed by December 10, done: true, owner: people/ana}
        ---
        """,
        "content/okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Help grow
            aligns: [company/O1/KR1, teams/sales/O2]
            key_results:
              - {title: Deals, done: true}
          - title: Prepare the integration of the team we buy
            aligns: [teams/sales/O2/KR2, people/bo/O1]
            key_results:
              - {title: Integration plan approved by December 1, done: false}
        ---
        """,
        "content/okrs/2026-Q4/people/bo.md": """
        ---
        objectives:
          - title: Run the due diligence of Rival Ltd
            confidential: true
            aligns: [teams/sales/O2]
            key_results:
              - {title: Due diligence report by November 30, done: true}
        ---
        """,
    ]) { $1 }

    @Test func leavesNothingOfItOnThePortal() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        // Still checked: the hint on its key result's title is reported where it is written.
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix("teams/sales.md") && $0.location.line == 14 && $0.rule.rawValue == "unmeasurable-key-result" },
                "\(report.diagnostics)")

        let files = try allFiles(in: folder.url.appendingPathComponent("public"))
        for secret in ["Rival", "收购对手", "SECRET-RISK", "SECRET-NOTE", "Term sheet", "Better documentation", "due diligence", "sales/O2", "sales/#O2", "bo/O1", "bo/#O1"] {
            let leaks = files.filter { String(decoding: $0.value, as: UTF8.self).localizedCaseInsensitiveContains(secret) }.keys.sorted()
            #expect(leaks.isEmpty, "'\(secret)' is published in \(leaks.prefix(5))")
        }
        #expect(try brokenLinks(in: folder.url.appendingPathComponent("public")).isEmpty)
    }

    @Test func saysWhatIsLeftOutWithoutNamingIt() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site)
        #expect(await Site.build(options(folder)).succeeded)

        let sales = try folder.read("public/teams/sales/index.html")
        #expect(sales.contains(#"<p class="confidential-note">1 confidential objective is not published here.</p>"#))
        #expect(sales.contains("Win the mid-market") && sales.contains(#"<span class="count">1 objective</span>"#))
        #expect(try folder.read("public/zh/teams/sales/index.html").contains(#"<p class="confidential-note">1 个保密目标不在门户公开。</p>"#))

        // Ana's first objective serves the company and, unnamed, the confidential one; her
        // second serves only confidential ones, and is not called unaligned.
        let ana = try folder.read("public/people/ana/index.html")
        #expect(ana.contains(#"<span class="also">(+ a confidential objective, not published)</span></p>"#))
        #expect(ana.contains(#"<p class="serves"><span class="line-label">Serves</span> 2 confidential objectives, not published</p>"#))
        #expect(!ana.contains("Not aligned"))

        // The company objective it serves counts it among its contributors, unnamed.
        #expect(try folder.read("public/company/index.html").contains(#"<div class="contributors"><span class="line-label">Contributors</span> a confidential objective, not published</div>"#))

        // Bo wrote OKRs: his page says one is confidential, not that he has none, and the
        // dashboard does not chase him for them.
        let bo = try folder.read("public/people/bo/index.html")
        #expect(bo.contains("1 confidential objective is not published here.") && !bo.contains("No OKRs for this cycle."))
        #expect(!(try folder.read("public/dashboard/2026-Q4/follow-up.csv")).contains("no-okrs,bo,"))
        // Nor the people directory and his team's members.
        for page in ["public/people/index.html", "public/teams/sales/index.html"] {
            let text = try folder.read(page)
            let row = try #require(text.range(of: #"<a href="../people/bo/">Bo</a>"#) ?? text.range(of: #"<a href="../../people/bo/">Bo</a>"#))
            #expect(text[row.upperBound...].prefix(200).contains(#"<span class="no-okrs">Confidential</span>"#), "\(page)")
        }
        // Nor does his manager's list of reports.
        #expect(ana.contains(#"<a href="../../people/bo/">Bo</a> <span class="member-note">confidential OKRs, not published</span>"#))
    }

    @Test func mustBeTrueOrFalse() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: Win the mid-market\n    confidential: secret\n    key_results:\n      - {title: Deals reach 40, start: 10, target: 40}\n---\n",
        ]) { $1 })
        let report = await Site.check(options(folder))
        #expect(report.diagnostics.contains { $0.location.line == 4 && $0.location.column == 19 && $0.message == "confidential must be true or false, found 'secret'" },
                "\(report.diagnostics)")
    }

    /// Random companies whose objectives align up, to key results and sideways, with any of
    /// them confidential: the site builds, none of a confidential objective's words or
    /// references is written, no link breaks, and every owner and aligned objective says what
    /// it leaves out.
    @Test(arguments: 0..<4)
    func randomCompaniesKeepTheirSecrets(seed: UInt64) async throws {
        var generator = SplitMix64(state: seed)
        // Owners from the top: the company, two teams and one below, six people.
        let owners = ["company", "teams/t1", "teams/t2", "teams/t3"] + (1...6).map { "people/p\($0)" }
        var files = [
            "content/portal.yaml": "title: Random\nlanguages: [en, zh]\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            "content/company.md": "---\nname: Random Co\n---\n",
            "content/org/teams.yaml": "- {id: t1, name: One}\n- {id: t2, name: Two}\n- {id: t3, name: Three, parent: t1}\n",
            "content/org/people.yaml": (1...6).map { "- {id: p\($0), name: Person \($0), team: t\($0 % 3 + 1)}" }.joined(separator: "\n") + "\n",
        ]
        var secrets: [String] = []
        var published: [(owner: String, id: String)] = []
        var confidentialByOwner: [String: Int] = [:]
        var servesOnlySecrets: [(owner: String, id: String, count: Int)] = []
        var written: [(owner: String, id: String, confidential: Bool)] = []
        for (position, owner) in owners.enumerated() {
            var lines = ["---", "objectives:"]
            for number in 1...Int.random(in: 1...2, using: &generator) {
                let id = "O\(number)"
                let word = "Qx\(position)y\(number)Q"
                let confidential = Int.random(in: 0..<10, using: &generator) < 3
                lines += ["  - title: Reach \(word) in every market", "    confidence: 7"]
                if confidential {
                    lines.append("    confidential: true")
                    secrets += [word, "\(owner)/\(id)", "\(owner)/#\(id)"]
                    confidentialByOwner[owner, default: 0] += 1
                } else {
                    published.append((owner, id))
                }
                // Up to two targets among the objectives written before: higher owners, or
                // earlier people (sideways), an objective or one of its key results.
                let targets = written.filter { $0.owner != owner }.shuffled(using: &generator).prefix(owner == "company" ? 0 : Int.random(in: 0...2, using: &generator))
                if !targets.isEmpty {
                    let references = targets.map { "\($0.owner)/\($0.id)" + (Bool.random(using: &generator) ? "/KR1" : "") }
                    lines.append("    aligns: [\(references.joined(separator: ", "))]")
                    if !confidential, targets.allSatisfy(\.confidential) {
                        servesOnlySecrets.append((owner, id, targets.count))
                    }
                }
                lines += ["    key_results:", "      - {title: \(word) accounts reach 10, start: 0, target: 10, current: 3}",
                          "      - {title: \(word) revenue reaches 5, start: 0, target: 5, current: 1}"]
                written.append((owner, id, confidential))
            }
            files["content/okrs/2026-Q4/\(owner == "company" ? "company" : owner).md"] = (lines + ["---", ""]).joined(separator: "\n")
        }

        let folder = try TemporaryFolder()
        try folder.write(files)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error })")
        let site = folder.url.appendingPathComponent("public")
        let texts = try allFiles(in: site).mapValues { String(decoding: $0, as: UTF8.self) }
        for secret in secrets {
            let leaks = texts.filter { $0.value.contains(secret) }.keys.sorted()
            #expect(leaks.isEmpty, "seed \(seed): '\(secret)' is in \(leaks.prefix(5))")
        }
        for (owner, _) in published {
            #expect(texts["\(owner == "company" ? "company" : owner)/index.html"] != nil)
        }
        for (owner, count) in confidentialByOwner {
            let page = texts["\(owner)/index.html"] ?? ""
            let note = count == 1 ? "1 confidential objective is not published here." : "\(count) confidential objectives are not published here."
            #expect(page.contains(note), "seed \(seed): \(owner)")
        }
        for (owner, id, count) in servesOnlySecrets {
            let page = texts["\(owner)/index.html"] ?? ""
            let serves = count == 1 ? "a confidential objective, not published" : "\(count) confidential objectives, not published"
            #expect(page.contains(#"<span class="line-label">Serves</span> \#(serves)</p>"#), "seed \(seed): \(owner) \(id)")
        }
        #expect(try brokenLinks(in: site).isEmpty, "seed \(seed)")
    }
}
