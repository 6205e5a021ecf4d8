import Foundation
import Synchronization
import Testing
import OKRModel
@testable import OKRLoader

@Suite struct ContentLoaderTests {
    @Test func loadsAValidSite() async {
        let (content, diagnostics) = await load([
            "company.md": "---\nname: Acme\nmission: Sell\n---\nStrategy **here**\n",
            "teams/ops.md": "---\nname: Ops\nparent: sales\n---\nMission text\n",
            "people/cy.md": "---\nname: Cy\nteam: ops\nemployment: intern\n---\nBio\n",
            "okrs/2026-q4/teams/sales.md": """
            ---
            objectives:
              - title: {en: Grow, zh: 增长}
                type: committed
                priority: P1
                key_results:
                  - {title: Revenue, start: 10, target: 20, current: 15, unit: M}
                  - {title: Launch, done: true}
                  - {title: Migrate, progress: 0.4}
            ---
            ## Retrospective
            Went fine.
            """,
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(content.company.name == "Acme")
        #expect(content.company.strategyHTML.contains("<strong>here</strong>"))
        #expect(content.people.map(\.id) == ["ana", "bo", "cy"])
        #expect(content.people[2].employment == .intern)
        #expect(content.teams.map(\.id) == ["ops", "sales"])
        let set = content.okrSets[0]
        #expect(set.cycle == "2026-Q4", "the folder name matches the cycle id case-insensitively")
        #expect(set.owner == .team("sales"))
        #expect(set.hasRetrospective)
        let objective = set.objectives[0]
        #expect(objective.id == "O1" && objective.type == .committed && objective.priority == 1)
        #expect(objective.title.text(for: "zh", fallback: "en") == "增长")
        #expect(objective.keyResults.map(\.id) == ["KR1", "KR2", "KR3"])
        #expect(objective.keyResults[0].measure == .numeric(start: 10, target: 20, current: 15, unit: "M"))
        #expect(objective.keyResults[1].measure == .milestone(done: true))
        #expect(objective.keyResults[2].measure == .manual(progress: 0.4))
    }

    @Test func positionsIncludeTheFrontMatterOffset() async {
        let (_, diagnostics) = await load([
            "okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: Grow\n    tilte: typo\n---\n",
        ])
        #expect(diagnostics == [.error(.unknownKey, "unknown key 'tilte' in an objective; did you mean 'title'?", at: SourceLocation(path: "content/okrs/2026-Q4/company.md", line: 4, column: 5))])
    }

    /// A rejected key (unknown, repeated, not a word) is reported where it is written, and the
    /// keys around it are still read: the out-of-range confidence after them is reported too,
    /// and the repeated key's first value is the one kept.
    @Test func rejectedKeysLeaveTheOthersRead() async {
        let (content, diagnostics) = await load([
            "okrs/2026-Q4/company.yaml": """
            objectives:
              - title: Grow
                key_results:
                  - title: Revenue
                    target: 20
                    checkins:
                      - {date: 2026-10-05, vlaue: 3, value: 4, value: 5, [x]: 1, confidence: 11}
                      - {date: 2026-10-12, value: 6}
            """,
        ])
        #expect(brief(diagnostics) == [
            "content/okrs/2026-Q4/company.yaml:7:32 unknown-key",
            "content/okrs/2026-Q4/company.yaml:7:52 duplicate-key",
            "content/okrs/2026-Q4/company.yaml:7:62 wrong-type",
            "content/okrs/2026-Q4/company.yaml:7:82 out-of-range",
        ])
        #expect(diagnostics.first?.message == "unknown key 'vlaue' in a check-in; did you mean 'value'?")
        let checkIns = content.okrSets.first?.objectives.first?.keyResults.first?.checkIns ?? []
        #expect(checkIns.map(\.value) == [4, 6])
    }

    @Test func yamlFilesHaveNoOffset() async {
        let (_, diagnostics) = await load([
            "okrs/2026-Q4/company.yaml": "objectives:\n  - title: Grow\n    confidence: 11\n",
        ])
        #expect(brief(diagnostics) == ["content/okrs/2026-Q4/company.yaml:3:17 out-of-range"])
    }

    @Test func reportsEveryProblemInOneRunSorted() async {
        let (_, diagnostics) = await load([
            "okrs/2026-Q4/company.md": """
            ---
            objectives:
              - title: Grow
                type: stretch
                weight: 0
                key_results:
                  - {title: A, target: lots}
                  - {title: B, done: maybe}
                  - {title: C, progress: 1.5}
                  - {title: D, target: 5, done: true}
                  - {id: KR1, title: E}
              - id: O1
                title: Again
              - key_results: []
            ---
            """,
        ])
        #expect(brief(diagnostics) == [
            "content/okrs/2026-Q4/company.md:4:11 out-of-range",
            "content/okrs/2026-Q4/company.md:5:13 out-of-range",
            "content/okrs/2026-Q4/company.md:7:28 wrong-type",
            "content/okrs/2026-Q4/company.md:8:26 wrong-type",
            "content/okrs/2026-Q4/company.md:9:30 out-of-range",
            "content/okrs/2026-Q4/company.md:10:9 wrong-type",
            "content/okrs/2026-Q4/company.md:11:9 duplicate-id",
            "content/okrs/2026-Q4/company.md:12:5 duplicate-id",
            "content/okrs/2026-Q4/company.md:14:5 missing-field",
        ])
    }

    @Test func yamlSyntaxErrorPointsIntoTheFile() async {
        let (_, diagnostics) = await load(["okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: [unclosed\n---\n"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].rule == .yamlSyntax)
        #expect(diagnostics[0].location.line >= 3)
    }

    @Test func unknownReferencesBetweenFiles() async {
        let (_, diagnostics) = await load([
            "org/people.yaml": "- {id: ana, name: Ana, team: sales}\n- {id: bo, name: Bo, team: nowhere, manager: ghost}\n",
            "teams/ops.md": "---\nname: Ops\nparent: missing\nlead: nobody\n---\n",
            "okrs/2026-Q4/people/zed.md": "---\nobjectives: []\n---\n",
            "okrs/2027-Q1/company.md": "---\nobjectives: []\n---\n",
            "okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: X\n    key_results:\n      - {title: Y, owner: people/ghost}\n---\n",
        ])
        #expect(brief(diagnostics) == [
            "content/okrs/2026-Q4/people/zed.md:1:1 unknown-person",
            "content/okrs/2026-Q4/teams/sales.md:5:27 unknown-person",
            "content/okrs/2027-Q1/company.md:1:1 unknown-cycle",
            "content/org/people.yaml:2:28 unknown-team",
            "content/org/people.yaml:2:46 unknown-person",
            "content/teams/ops.md:3:9 unknown-team",
            "content/teams/ops.md:4:7 unknown-person",
        ])
    }

    @Test func definedTwiceAcrossForms() async {
        let (content, diagnostics) = await load([
            "people/ana.md": "---\nname: Ana Again\n---\n",
            "okrs/2026-Q4/company.md": "---\nobjectives: []\n---\n",
            "okrs/2026-Q4/company.yaml": "objectives: []\n",
        ])
        // Reported at the definition later in path order; the earlier one is kept.
        #expect(brief(diagnostics) == [
            "content/okrs/2026-Q4/company.yaml:1:1 defined-twice",
            "content/people/ana.md:1:1 defined-twice",
        ])
        #expect(diagnostics[1].message == "person 'ana' is already defined at content/org/people.yaml:1:3")
        #expect(content.people.first { $0.id == "ana" }?.name == "Ana")
    }

    /// Two people with one address (a copied line): said at the second, naming the first;
    /// addresses differing only in case are one address.
    @Test func anEmailAddressBelongsToOnePerson() async {
        let (_, diagnostics) = await load([
            "org/people.yaml": "- {id: ana, name: Ana, email: ana@example.com}\n- {id: bo, name: Bo, email: bo@example.com}\n",
            "people/cy.md": "---\nname: Cy\nemail: Ana@Example.com\n---\n",
        ])
        #expect(brief(diagnostics) == ["content/people/cy.md:3:8 defined-twice"])
        #expect(diagnostics.first?.message
            == "e-mail 'Ana@Example.com' is already ana's (content/org/people.yaml:1); each person needs their own, or none")
    }

    @Test func unsafeIDsNeverBecomePaths() async {
        let (content, diagnostics) = await load([
            "people/Bad Name.md": "---\nname: X\n---\n",
            "org/teams.yaml": "- {id: sales, name: Sales}\n- {id: '../etc', name: Evil}\n",
        ])
        #expect(brief(diagnostics) == ["content/org/teams.yaml:2:8 unsafe-id", "content/people/Bad Name.md:1:1 unsafe-id"])
        #expect(!content.teams.contains { $0.id.contains("/") })
    }

    /// Control characters reach a scalar only through double-quoted escapes; each is an
    /// error at the scalar, in keys and values alike. Tab and newline are text.
    @Test func controlCharactersInTextAreErrors() async {
        var escapes = (0x00...0x1F).filter { $0 != 0x09 && $0 != 0x0A }.map { String(format: "\\x%02x", $0) }
        escapes += ["\\x7f", "\\x85", "\\N", "\\u2028", "\\L", "\\P", "\\x9f"]
        for escape in escapes {
            let (_, diagnostics) = await load([
                "okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: \"Grow\(escape) sales\"\n    key_results: [{title: K, progress: 0.5}]\n---\n",
            ])
            #expect(brief(diagnostics.filter { $0.severity == .error }) == ["content/okrs/2026-Q4/company.md:3:12 control-character"], "\(escape)")
        }
        let (_, inKey) = await load(["org/teams.yaml": "- {id: sales, name: Sales, \"le\\x02ad\": ana}\n"])
        #expect(brief(inKey).contains("content/org/teams.yaml:1:28 control-character"))
        let (_, message) = await load(["org/teams.yaml": "- {id: sales, name: \"Sa\\x01les\"}\n"])
        #expect(message.first { $0.rule == .controlCharacter }?.message
            == "this text holds U+0001, an invisible control character; remove it (tab and line breaks are the only ones allowed)")
        let (_, allowed) = await load([
            "okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: \"Grow\\tsales\\nnow\"\n    key_results: [{title: K, progress: 0.5}]\n---\n",
        ])
        #expect(!allowed.contains { $0.rule == .controlCharacter })
    }

    /// Each kind of key result is checked in its own way; a field of another kind is an
    /// error at that field, never ignored, and the latest check-in sets the state.
    @Test func checkInsFitTheirKeyResult() async {
        let (content, diagnostics) = await load([
            "okrs/2026-Q4/company.md": """
            ---
            objectives:
              - title: Grow
                key_results:
                  - {title: A, start: 0, target: 10, checkins: [{date: 2026-10-05, value: 4}, {date: 2026-10-12, done: true}]}
                  - {title: B, done: false, checkins: [{date: 2026-10-05, done: true}, {date: 2026-10-12, progress: 0.5}]}
                  - {title: C, progress: 0.5, checkins: [{date: 2026-10-05, progress: 0.6}, {date: 2026-10-12, value: 0.7}]}
            ---
            """,
        ])
        #expect(brief(diagnostics) == [
            "content/okrs/2026-Q4/company.md:5:108 wrong-type",
            "content/okrs/2026-Q4/company.md:6:105 wrong-type",
            "content/okrs/2026-Q4/company.md:7:107 wrong-type",
        ])
        #expect(diagnostics.map(\.message) == [
            "done: is for a milestone key result; a check-in of this numeric key result gives value: (the number it stands at)",
            "progress: is for a manual key result (one with progress:); a check-in of this milestone gives done: true or done: false",
            "value: is for a numeric key result (one with start and target); a check-in of this manual key result gives progress: from 0 to 1",
        ])
        let keyResults = content.okrSets.first?.objectives.first?.keyResults ?? []
        #expect(keyResults.map(\.progress) == [0.4, 1, 0.6])
    }

    /// Each mistake is said once, with what is allowed.
    @Test func messagesSayTheFix() async {
        let (_, confidence) = await load([
            "okrs/2026-Q4/company.md": "---\nobjectives:\n  - {title: Grow, confidence: 0.7, key_results: [{title: K, progress: 0.5}]}\n---\n",
        ])
        #expect(confidence.map(\.message) == ["confidence must be a whole number from 1 to 10, found 0.7"])
        let (_, upper) = await load(["org/people.yaml": "- {id: ana, name: Ana, team: sales}\n- {id: Maria, name: Maria}\n"])
        #expect(upper.map(\.message) == ["id 'Maria' has upper-case letters; ids are lower case: write 'maria'"])
        // A date written right that names no day says why, not "write YYYY-MM-DD".
        let (_, dates) = await load([
            "okrs/2026-Q4/company.md": """
            ---
            objectives:
              - title: Grow
                key_results:
                  - {title: A, done: false, due: 2026-11-31}
                  - {title: B, done: false, due: 2028-02-30}
                  - {title: C, done: false, due: 2026-13-01}
                  - {title: D, done: false, due: 2026-1-5}
            ---
            """,
        ])
        #expect(dates.filter { $0.rule == .wrongType }.map(\.message) == [
            "due '2026-11-31' is not a day: November 2026 has days 01 to 30",
            "due '2028-02-30' is not a day: February 2028 has days 01 to 29",
            "due '2026-13-01' is not a day: there is no month 13; months run from 01 to 12",
            "due must be a date written YYYY-MM-DD, found '2026-1-5'; write 2026-01-05",
        ])
        // A number written with its unit, a date with slashes, a misspelt type, and a check-in
        // with nothing in it each say the fix; the check-ins of a key result whose numbers did
        // not read are not judged as a milestone's.
        let (_, authors) = await load([
            "okrs/2026-Q4/company.md": """
            ---
            objectives:
              - title: Grow
                type: comitted
                key_results:
                  - title: Conversion from 2% to 3%
                    start: 2%
                    target: 3
                    checkins:
                      - {date: 2026/11/02, value: 2.5}
                      - date: 2026-11-09
            ---
            """,
        ])
        #expect(authors.filter { $0.severity == .error }.map(\.message) == [
            "type must be aspirational or committed, found 'comitted'; did you mean 'committed'?",
            "start must be a number, found '2%'; write 2 and give the unit once in the key result, as unit: \"%\"",
            "date must be a date written YYYY-MM-DD, found '2026/11/02'; write 2026-11-02",
            "this check-in records nothing: give value:, done: or progress:, and a confidence: or note: if you like",
        ])
    }

    /// A share written as a percentage, and alignments written without their brackets, say
    /// the fix; the parts of such alignments are still read, so nothing else is reported.
    @Test func sharesAndAlignmentListsSayTheFix() async {
        let (content, problems) = await load([
            "okrs/2026-Q4/company.md": "---\nobjectives:\n  - {title: Grow, key_results: [{title: K, progress: 0.5}]}\n  - {title: Keep, key_results: [{title: L, progress: 0.5}]}\n---\n",
            "okrs/2026-Q4/people/ana.md": """
            ---
            objectives:
              - title: Help grow
                aligns: company/O1, company/O2
                key_results:
                  - {title: A, progress: 50%, score: 70 %}
                  - {title: B, progress: 50}
            ---
            """,
        ])
        #expect(problems.filter { $0.severity == .error }.map(\.message) == [
            "several alignments are written as a list in brackets: aligns: [company/O1, company/O2]",
            "progress must be a number, found '50%'; write 0.5: progress is a share from 0 to 1",
            "score must be a number, found '70 %'; write 0.7: score is a share from 0 to 1",
            "progress must be between 0 and 1, found 50; for 50% write 0.5",
        ])
        let ana = content.okrSets.first(where: { $0.owner == Owner.person("ana") })
        #expect(ana?.objectives.first?.aligns.map { $0.text } == ["company/O1", "company/O2"])
    }

    /// The YAML mistakes authors make most say the fix in the author's own words, once each:
    /// a ": " or a leading "@" in a plain value, a comma inside a {…} value, a misspelt
    /// `objectives`, "-title" without its space, and front matter without its "---" lines.
    @Test func yamlMistakesSayTheFix() async {
        func messages(_ text: String) async -> [String] {
            await load(["okrs/2026-Q4/company.md": text]).1.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        }
        #expect(await messages("---\nobjectives:\n  - title: Launch: phase 2\n---\n") == [
            #"3:18 invalid YAML: mapping values are not allowed in this context (a ": " inside a value starts another key; put the value in quotes: title: "Launch: phase 2")"#,
        ])
        #expect(await messages("---\nobjectives:\n  - title: Grow\n    key_results:\n      - {title: K, done: false, checkins: [{date: 2026-11-02, done: false, note: @bo said \"soon\", ok}]}\n---\n") == [
            #"5:82 invalid YAML: while scanning for the next token: found character that cannot start any token (YAML keeps "@" from starting a plain value; put the value in quotes: note: '@bo said "soon", ok')"#,
        ])
        #expect(await messages("---\nobjectives:\n  - title: Grow\n    key_results:\n      - {title: K, done: false, checkins: [{date: 2026-11-02, done: false, note: waiting on bo, again}]}\n---\n") == [
            #"5:97 'again' reads as a key in a check-in: in {…} a comma ends a value; put the value in quotes: note: "waiting on bo, again""#,
        ])
        // A backslash would be an escape in double quotes: the advice uses single ones.
        #expect(await messages("---\nobjectives:\n  - title: Share: C:\\docs\n---\n") == [
            #"3:17 invalid YAML: mapping values are not allowed in this context (a ": " inside a value starts another key; put the value in quotes: title: 'Share: C:\docs')"#,
        ])
        #expect(await messages("---\nobjective:\n  - title: Grow\n---\n") == [
            "2:1 unknown key 'objective' in an OKR file; did you mean 'objectives'?",
        ])
        #expect(await messages("---\nobjectives:\n  -title: Grow\n---\n") == [
            "3:3 objectives must be a list, found a mapping; '-title' needs a space after the dash to start an item: - title: …",
        ])
        #expect(await messages("objectives:\n  - title: Grow\n") == [
            "1:1 'objectives:' starts YAML outside front matter: put a line '---' above it and another below the YAML (notes in Markdown go after that)",
        ])
        // Notes that merely start with a word and a colon are notes.
        let (_, strategy) = await load(["company.md": "Strategy: grow in Asia\n"])
        #expect(strategy.isEmpty, "\(strategy)")
    }

    @Test func idsThatNameOutputFilesAreRefused() async {
        let (content, diagnostics) = await load([
            "org/people.yaml": "- {id: ana, name: Ana, team: sales}\n- {id: Index.HTML, name: I, team: sales}\n",
            "teams/feed.xml.md": "---\nname: F\n---\n",
        ])
        #expect(brief(diagnostics) == ["content/org/people.yaml:2:8 unsafe-id", "content/teams/feed.xml.md:1:1 unsafe-id"])
        #expect(diagnostics[0].message == "id 'Index.HTML' is the name of a file the portal writes (feed.xml, index.html, mentions.xml); choose another id")
        #expect(content.people.map(\.id) == ["ana"])
    }

    @Test func fileNamesAreCaseFolded() async {
        let (content, diagnostics) = await load(["people/Cy.md": "---\nname: Cy\n---\n"])
        #expect(diagnostics.isEmpty)
        #expect(content.people.contains { $0.id == "cy" })
    }

    @Test func teamLoopIsReportedOnce() async {
        let (_, diagnostics) = await load(["org/teams.yaml": "- {id: a, name: A, parent: b}\n- {id: b, name: B, parent: a}\n- {id: sales, name: S}\n"])
        #expect(brief(diagnostics) == ["content/org/teams.yaml:1:28 team-cycle"])
    }

    @Test func managerLoopIsReportedOnce() async {
        let (_, diagnostics) = await load(["org/people.yaml": """
            - {id: ana, name: Ana, team: sales, manager: cy}
            - {id: bo, name: Bo, team: sales, manager: ana}
            - {id: cy, name: Cy, team: sales, manager: bo}
            - {id: di, name: Di, team: sales, manager: ana}
            """])
        #expect(brief(diagnostics) == ["content/org/people.yaml:1:46 manager-cycle"])
        #expect(diagnostics.first?.message == "people form a loop through their managers: ana → cy → bo → ana")
    }

    /// A cycle whose dates are wrong is reported once, not again by every file in its folder
    /// or every reference pinned to it.
    @Test func anUnusableCycleIsReportedOnce() async {
        let (_, diagnostics) = await load([
            "portal.yaml": """
            current_cycle: q3
            cycles:
              - {id: "2026", start: 2026-01-01, end: 2026-12-31}
              - {id: q3, start: 2026-09-30, end: 2026-07-01}
              - {id: q4, start: 2026-10-01}
            """,
            "okrs/q3/company.md": "---\nobjectives: []\n---\n",
            "okrs/q4/people/ana.md": "---\nobjectives: []\n---\n",
            "okrs/2026/people/bo.md": "---\nobjectives:\n  - {title: X, aligns: [q3:company/O1]}\n---\n",
        ], replacing: false)
        #expect(brief(diagnostics) == ["content/portal.yaml:4:38 out-of-range", "content/portal.yaml:5:5 missing-field"])
    }

    /// A portal.yaml that cannot be read, or whose cycles list is not a list, is the one
    /// error: no folder's cycle is reported as unknown on top of it.
    @Test(arguments: ["title: [broken\n", "title: T\ncycles: 2026\n"])
    func anUnreadablePortalYAMLIsReportedOnce(_ portal: String) async {
        let (_, diagnostics) = await load([
            "portal.yaml": portal,
            "okrs/2026-Q4/company.md": "---\nobjectives: []\n---\n",
            "okrs/2026-Q4/people/ana.md": "---\nobjectives: []\n---\n",
        ])
        #expect(diagnostics.map(\.location.path) == ["content/portal.yaml"], "\(brief(diagnostics))")
    }

    /// A file that cannot be read is its own error; what it may have defined is not then
    /// reported missing wherever it is named (one bad line in an HR export of 10,000 people
    /// would otherwise bury itself under 10,000 errors).
    @Test func whatAnUnreadFileMayDefineIsNotReportedMissing() async {
        let (_, diagnostics) = await load([
            "org/people.yaml": "- {id: ana, name: [broken\n",
            "teams/ops.md": "---\nname: [broken\n---\n",
            "teams/ops-east.md": "---\nname: East\nparent: ops\nlead: ana\n---\n",
            "okrs/2026-Q4/people/bo.md": "---\nobjectives: []\n---\n",
            "okrs/2026-Q4/teams/ops.md": "---\nobjectives: []\n---\n",
            "okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: X\n    key_results:\n      - {title: Y, owner: people/ana}\n---\n",
            "okrs/2026-Q4/people/cy.md": "---\nobjectives: []\n---\n",
        ])
        #expect(brief(diagnostics) == ["content/org/people.yaml:1:19 yaml-syntax", "content/teams/ops.md:2:7 yaml-syntax"])
    }

    @Test func portalSettingsAreValidated() async {
        let (config, diagnostics) = await load([
            "portal.yaml": """
            title: T
            languages: [en, fr]
            current_cycle: q9
            cycles:
              - {id: q1, start: 2026-03-31, end: 2026-01-01}
              - {id: q2, start: 2026-02-30, end: 2026-06-30}
              - {id: q3, start: 2026-07-01, end: 2026-09-30}
              - {id: Q3, start: 2026-07-01, end: 2026-09-30}
            scores: {good: 0.3, fair: 0.5}
            hints: {stale_dayz: 3}
            """,
        ])
        #expect(brief(diagnostics) == [
            "content/portal.yaml:2:17 out-of-range",
            "content/portal.yaml:3:16 unknown-cycle",
            "content/portal.yaml:5:38 out-of-range",
            "content/portal.yaml:6:21 wrong-type",
            "content/portal.yaml:8:5 duplicate-id",
            "content/portal.yaml:9:9 out-of-range",
            "content/portal.yaml:10:9 unknown-key",
        ])
        #expect(config.config.languages == ["en"])
        #expect(diagnostics.first { $0.rule == .unknownKey }?.message.contains("did you mean 'stale_days'?") == true)
        #expect(diagnostics.first { $0.rule == .unknownCycle }?.message == "current_cycle 'q9' is not one of the cycles: q3", "the cycles that read")
    }

    /// A country code written for a language, and a date with a time, say the fix.
    @Test func languageCodesAndDatesWithTimesSayTheFix() async {
        let (_, diagnostics) = await load([
            "portal.yaml": "title: T\nlanguages: [en, cn]\nas_of: 2026-11-20T09:00\ncycles:\n  - {id: q4, start: 2026-10-01, end: 2026-12-31}\n",
        ])
        #expect(diagnostics.map(\.message) == [
            "no UI strings for language 'cn'; available: en, zh; did you mean 'zh'?",
            "as_of must be a date written YYYY-MM-DD, found '2026-11-20T09:00'; write 2026-11-20 (a day, no time)",
        ])
    }

    @Test func missingPortalYAMLIsAnError() async {
        let (_, diagnostics) = await load(["company.md": "---\nname: X\n---\n"], replacing: true)
        #expect(brief(diagnostics) == ["content/portal.yaml:1:1 missing-field"])
    }

    /// Pointed at the repository instead of its content folder: one error naming the folder
    /// that looks right, not a warning for every file.
    @Test func aFolderTooHighIsNamed() async {
        let nested = Dictionary(uniqueKeysWithValues: basicSite.map { ("content/\($0.key)", $0.value) })
            .merging(["README.md": "hi", "docs/x/portal.yaml": "title: not this one"]) { $1 }
        let (_, diagnostics) = await load(nested, replacing: true)
        #expect(brief(diagnostics) == ["content/portal.yaml:1:1 missing-field"])
        #expect(diagnostics.first?.message == "the content folder has no portal.yaml (site title, languages and cycles); content/content/portal.yaml looks like the content folder's, so the folder to build may be content/content")
    }

    @Test func strayFilesAreReportedNotSilentlySkipped() async {
        let (_, diagnostics) = await load(["okrs/2026-Q4/notes.md": "hello", "images/logo.png": "x"])
        #expect(brief(diagnostics) == ["content/okrs/2026-Q4/notes.md:1:1 unexpected-file"])
        #expect(diagnostics[0].severity == .warning)
    }

    /// A check-in dated after the build date (a day's grace for time zones) is a typo;
    /// dates outside the cycle are not (carried-over history, final numbers that come late).
    @Test func checkInsFromTheFutureAreErrors() async {
        let (_, diagnostics) = await load([
            "okrs/2026-Q4/people/ana.md": """
            ---
            objectives:
              - title: X
                key_results:
                  - title: Y
                    progress: 0.5
                    checkins:
                      - {date: 2025-10-05, progress: 0.1}
                      - {date: 2026-11-23, progress: 0.3}
                      - {date: 2026-11-24, progress: 0.4}
                      - {date: 2027-11-22, progress: 0.4}
            ---
            """,
        ], buildDate: Day(year: 2026, month: 11, day: 22))
        #expect(brief(diagnostics) == [
            "content/okrs/2026-Q4/people/ana.md:10:13 out-of-range",
            "content/okrs/2026-Q4/people/ana.md:11:13 out-of-range",
        ])
        #expect(diagnostics.first?.message == "check-in dated 2026-11-24 is in the future (the build date is 2026-11-22)")
        let (_, later) = await load(["okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: X\n    key_results:\n      - {title: Y, checkins: [{date: 2027-01-05, done: true}]}\n---\n"],
            buildDate: Day(year: 2027, month: 1, day: 4))
        #expect(later.isEmpty, "after the cycle's end, up to the day after the build date")
    }

    @Test func checkInsAreSortedByDate() async {
        let (content, _) = await load([
            "okrs/2026-Q4/company.md": """
            ---
            objectives:
              - title: G
                key_results:
                  - title: K
                    target: 10
                    checkins:
                      - {date: 2026-10-14, value: 4}
                      - {date: 2026-10-07, value: 2}
            ---
            """,
        ])
        let kr = content.okrSets[0].objectives[0].keyResults[0]
        #expect(kr.checkIns.map(\.date.description) == ["2026-10-07", "2026-10-14"])
        #expect(kr.currentValue == 4)
    }


    /// What one file may hold is bounded, so that no page passes 1 MB whatever a file says:
    /// objectives and key results by count, a page's file by size, its text by the HTML it
    /// makes. Each says the limit and what is usual.
    @Test func aFileThatWouldMakeAnOversizedPageIsRefused() async {
        let objective = "  - {title: Grow, key_results: [{title: A, done: true}, {title: B, done: true}, {title: C, done: true}]}\n"
        let (_, counts) = await load(["okrs/2026-Q4/company.md": "---\nobjectives:\n" + String(repeating: objective, count: 51) + "---\n"])
        #expect(counts.filter { $0.rule == .outOfRange }.map(\.message) == [
            "153 key results; an OKR file holds at most 100 (2 to 4 an objective is usual)",
            "51 objectives; an OKR file holds at most 50 (focus usually means 5 or fewer)",
        ])
        let (_, texts) = await load([
            "okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: \(String(repeating: "Grow ", count: 80))\n    aligns: [\((1...21).map { "teams/sales/O\($0)" }.joined(separator: ", "))]\n    key_results: [{title: K, done: true}]\n---\n",
            "org/people.yaml": "- {id: ana, name: \(String(repeating: "A", count: 201)), team: sales}\n",
        ])
        #expect(texts.filter { $0.severity == .error }.map(\.message) == [
            "title has 399 characters; it may have 300 (the detail belongs in the notes below the front matter)",
            "21 alignments; an objective aligns to at most 20 (one or two is usual)",
            "name has 201 characters; it may have 200",
        ])
        let (_, size) = await load(["people/cy.md": "---\nname: Cy\n---\n" + String(repeating: "A bio line.\n", count: 50_000)])
        #expect(brief(size) == ["content/people/cy.md:1:1 out-of-range"])
        #expect(size.first?.message == "this file is 586 KB; a file that makes one page holds at most 512 KB (OKRs, a bio or a mission take a few)")
        let (_, body) = await load(["teams/ops.md": "---\nname: Ops\n---\n|a|b|\n|-|-|\n" + String(repeating: "|x|y|\n", count: 20_000)])
        #expect(brief(body) == ["content/teams/ops.md:4:1 out-of-range"])
        #expect(body.first?.message.hasSuffix("KB of HTML; a page shows at most 256 KB of it") == true)
    }

    /// A team tree deeper than 32 levels is an error, reported once per branch at the first
    /// team past the limit, where its parent is named (not once for each team below it).
    @Test func aTeamTreeTooDeepIsReportedOnce() async {
        let teams = (0..<2_000).map { "- {id: d\($0), name: D\($0), parent: \($0 == 0 ? "sales" : "d\($0 - 1)")}\n" }.joined()
        let (_, diagnostics) = await load(["org/teams.yaml": "- {id: sales, name: Sales, lead: ana}\n" + teams])
        #expect(diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "33:32 team 'd31' is 33 levels deep (under 'd30'); a team tree holds at most 32 levels",
        ])
    }

    /// Numbered teams and people ("squad-2", "squad-10") are listed as a reader counts, in
    /// the team tree, the directories and the export, not character by character.
    @Test func numberedOwnersAreInCountingOrder() async {
        let (content, diagnostics) = await load([
            "teams/squad-10.md": "---\nname: Squad 10\n---\n",
            "teams/squad-2.md": "---\nname: Squad 2\n---\n",
            "people/p10.md": "---\nname: Ten\nteam: squad-10\n---\n",
            "people/p9.md": "---\nname: Nine\nteam: squad-2\n---\n",
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(content.teams.map(\.id) == ["sales", "squad-2", "squad-10"])
        #expect(content.people.map(\.id) == ["ana", "bo", "p9", "p10"])
        #expect(Owner.team("squad-2") < Owner.team("squad-10"))
        #expect(Owner.person("p9") < Owner.person("p10"))
        #expect(!(Owner.person("p10") < Owner.person("p9")))
    }
    @Test(arguments: ["\u{0}\u{1}garbage", "---\n---\n", "---\n: : :\n---", "- a\n- b", "---\nobjectives: {a: 1}\n---\n", String(repeating: "[", count: 300)])
    func strangeInputNeverCrashes(_ text: String) async {
        let (_, diagnostics) = await load(["okrs/2026-Q4/company.md": text])
        #expect(diagnostics.allSatisfy { $0.location.path.hasPrefix("content/") })
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsCloseKeysOnly() {
        #expect(Suggestion.closest(to: "tilte", in: ["title", "type"]) == "title")
        #expect(Suggestion.closest(to: "keyresults", in: ["key_results"]) == "key_results")
        #expect(Suggestion.closest(to: "banana", in: ["title", "type"]) == nil)
        #expect(Suggestion.closest(to: "bare-phrase", in: ["bare-phrase-objective", "status-quo-objective"]) == "bare-phrase-objective")
        #expect(Suggestion.closest(to: "too-many", in: ["too-many-objectives", "too-many-key-results"]) == nil, "two begin so")
    }

    @Test func editDistanceCountsASwapAsOneEdit() {
        #expect(Suggestion.editDistance("tilte", "title") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("li.lei", "li.lei") == 0)
    }

    /// Each mistyped id is searched for once, and no more than `limit` different ones are:
    /// past that the message goes without a suggestion rather than the check stalling.
    @Test func idSuggestionsAreBounded() {
        let near = IDSuggestions(["li.lei", "li.na", "wang.fang"], limit: 2)
        #expect(near.didYouMean("li.lie") == "; did you mean 'li.lei'?")
        #expect(near.didYouMean("wang.fnag") == "; did you mean 'wang.fang'?")
        #expect(near.didYouMean("li.lie") == "; did you mean 'li.lei'?", "an id already searched keeps its answer")
        #expect(near.didYouMean("li.nz") == "", "a third different id is not searched")
        // A tie goes to the first id in order, whatever order the ids came in (a set's
        // order changes from run to run).
        #expect(IDSuggestions(["li.nb", "li.na"]).didYouMean("li.nc") == "; did you mean 'li.na'?")
    }

    /// The org files' references say which id was meant, as alignments do.
    @Test func orgReferencesSuggestTheIDMeant() async {
        let (_, diagnostics) = await load([
            "org/people.yaml": "- {id: ana, name: Ana, team: sales}\n- {id: bo, name: Bo, team: saels, manager: anna}\n",
            "teams/ops.md": "---\nname: Ops\nparent: sale\nlead: boo\n---\n",
        ])
        #expect(diagnostics.map(\.message) == [
            "person 'bo' is in team 'saels', which is not defined; did you mean 'sales'?",
            "manager 'anna' of 'bo' is not a known person; did you mean 'ana'?",
            "parent team 'sale' of 'ops' is not defined; did you mean 'sales'?",
            "lead 'boo' of team 'ops' is not a known person; did you mean 'bo'?",
        ])
    }
}

@Suite struct ParseCacheTests {
    /// Counts how many files a load reads.
    final class Reads: Sendable {
        let count = Mutex(0)
    }

    /// A second load parses only what changed on disk, and its result is the same as a load
    /// without the cache: the model, and the problems of files taken from the cache too.
    @Test func onlyChangedFilesAreParsedAgain() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("okr-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var files = basicSite
        files["okrs/2026-Q4/people/ana.md"] = "---\nobjectives:\n  - title: First\n    key_results:\n      - {title: K, done: true, colour: red}\n---\n"
        files["okrs/2026-Q4/people/bo.md"] = "---\nobjectives:\n  - title: Bo's\n---\n"
        files["okrs/2026/people/bo.md"] = "---\nobjectives:\n  - title: Bo's year\n---\n"
        func write(_ files: [String: String]) throws {
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
        try write(files)
        let reads = Reads()
        let disk = ContentSource.directory(root)
        let counted = ContentSource(listFiles: disk.listFiles, readFile: { path in
            reads.count.withLock { $0 += 1 }
            return try disk.readFile(path)
        }, stamp: disk.stamp)
        let cache = ParseCache()
        func loadBoth() async -> (cached: (PortalContent, [Diagnostic]), fresh: (PortalContent, [Diagnostic]), reads: Int) {
            reads.count.withLock { $0 = 0 }
            let cached = await ContentLoader.load(from: counted, displayPrefix: "content", cache: cache)
            let readCount = reads.count.withLock { $0 }
            let fresh = await ContentLoader.load(from: disk, displayPrefix: "content")
            return (cached, fresh, readCount)
        }

        var run = await loadBoth()
        #expect(run.reads == 6)
        try write(["okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: Bo's second\n---\n"])
        try FileManager.default.removeItem(at: root.appendingPathComponent("okrs/2026/people/bo.md"))
        run = await loadBoth()
        #expect(run.reads == 1, "only the edited file")
        #expect(cache.count == 5)
        #expect(run.cached.0.okrSets.map { $0.objectives.map(\.title.allText) } == [["First"], ["Bo's second"]])
        #expect(run.cached.0.okrSets.map { $0.objectives.map(\.title.allText) } == run.fresh.0.okrSets.map { $0.objectives.map(\.title.allText) })
        #expect(brief(run.cached.1) == brief(run.fresh.1))
        #expect(run.cached.1.map(\.message) == run.fresh.1.map(\.message))
        #expect(brief(run.cached.1) == ["content/okrs/2026-Q4/people/ana.md:5:32 unknown-key"], "reported again from the cache")
    }
}

@Suite struct ContentFileOwnerTests {
    @Test func aFileThatMakesAPageNamesItsOwner() {
        #expect(ContentFileOwner.owner(ofFile: "okrs/2026-Q4/people/li.na.md")! == (.person("li.na"), "2026-Q4"))
        #expect(ContentFileOwner.owner(ofFile: "okrs/2026/teams/sales.yaml")! == (.team("sales"), "2026"))
        #expect(ContentFileOwner.owner(ofFile: "okrs/2026-Q4/company.md")! == (.company, "2026-Q4"))
        #expect(ContentFileOwner.owner(ofFile: "people/Li.Na.md")! == (.person("li.na"), nil))
        #expect(ContentFileOwner.owner(ofFile: "company.md")! == (.company, nil))
        for shared in ["portal.yaml", "org/people.yaml", "org/teams.yaml", "okrs/2026-Q4/notes.md", "logo.png"] {
            #expect(ContentFileOwner.owner(ofFile: shared) == nil, "\(shared)")
        }
    }
}
