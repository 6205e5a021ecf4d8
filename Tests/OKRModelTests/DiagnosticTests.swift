import Foundation
import OKRSupport
import Testing
@testable import OKRModel

@Suite struct DiagnosticFormatTests {
    let diagnostics = [
        Diagnostic.error(.unknownKey, "unknown key 'tilte'; did you mean 'title'?", at: SourceLocation(path: "content/okrs/q/company.md", line: 3, column: 5)),
        Diagnostic.warning("too-many-objectives", "6 objectives, 50% more than 4", at: SourceLocation(path: "content/a, b.md", line: 1, column: 1)),
    ]

    @Test func text() {
        #expect(DiagnosticFormat.text.format(diagnostics) == """
        content/okrs/q/company.md:3:5: error: unknown key 'tilte'; did you mean 'title'? [unknown-key]
        content/a, b.md:1:1: warning: 6 objectives, 50% more than 4 [too-many-objectives]

        """)
    }

    /// What `--fix` would mend is counted, as linters do; a mend is no part of a problem's
    /// identity, so the same problem with and without one is told once.
    @Test func mendableProblemsAreCounted() {
        #expect(DiagnosticFormat.mendable(diagnostics) == nil)
        var mendable = diagnostics[0]
        mendable.fix = TextFix(original: "tilte", replacement: "title")
        #expect(DiagnosticFormat.mendable([mendable, diagnostics[1]]) == "okr-portal check --fix can mend 1 of them")
        #expect(mendable == diagnostics[0] && [mendable, diagnostics[0]].normalized().count == 1)
        // JSON carries it for tools; the other formats are unchanged.
        let json = DiagnosticFormat.json.format([mendable])
        #expect(json.contains(#""message": "unknown key 'tilte'; did you mean 'title'?", "fix": {"line": 3, "column": 5, "replace": "tilte", "with": "title"}}"#), "\(json)")
        #expect(DiagnosticFormat.text.format([mendable]) == DiagnosticFormat.text.format([diagnostics[0]]))
    }

    /// A file name with a newline or another control character stays on its one line.
    @Test func controlCharactersInFileNamesAreEscapedInEveryFormat() {
        let odd = Diagnostic.warning(.skippedFile, "skipped", at: SourceLocation(path: "content/a\nb\u{1}.md", line: 1, column: 1))
        #expect(DiagnosticFormat.text.format([odd]) == "content/a\\nb\\x01.md:1:1: warning: skipped [skipped-file]\n")
        #expect(DiagnosticFormat.github.format([odd]).split(separator: "\n").count == 1)
        #expect(DiagnosticFormat.json.format([odd]).contains(#""path": "content/a\nb\u0001.md""#))
    }

    @Test func githubEscapesPropertiesAndData() {
        let lines = DiagnosticFormat.github.format(diagnostics).split(separator: "\n")
        #expect(lines[0] == "::error file=content/okrs/q/company.md,line=3,col=5,title=unknown-key::unknown key 'tilte'; did you mean 'title'?")
        #expect(lines[1] == "::warning file=content/a%2C b.md,line=1,col=1,title=too-many-objectives::6 objectives, 50%25 more than 4")
    }

    /// GitHub annotates 10 errors and 10 warnings a step: errors come first, then warnings about
    /// what was written, then those that come with time; past the limit a notice says so.
    @Test func githubPutsTheAuthorsMistakesInTheAnnotatedPlaces() {
        var quiet = Diagnostic.warning("stale-key-result", "no check-in for 20 days", at: SourceLocation(path: "content/a.md", line: 1, column: 1))
        quiet.exemptFromStrict = true
        let written = Diagnostic.warning("task-key-result", "a task", at: SourceLocation(path: "content/z.md", line: 9, column: 9))
        let error = Diagnostic.error(.unknownKey, "unknown key", at: SourceLocation(path: "content/z.md", line: 9, column: 1))
        let few = DiagnosticFormat.github.format([quiet, written, error]).split(separator: "\n")
        #expect(few.map { $0.prefix(9) } == ["::error f", "::warning", "::warning"])
        #expect(few[1].hasSuffix("::a task") && few[2].hasSuffix("::no check-in for 20 days"))
        let many = DiagnosticFormat.github.format(Array(repeating: quiet, count: 1_203) + [written, error]).split(separator: "\n")
        #expect(many.count == 1_206)
        #expect(many.last == "::notice title=okr-portal::GitHub annotates the first 10 errors and 10 warnings of a step; this one printed 1 error and 1,204 warnings, every one in its log")
    }

    /// The last line of `build` and `check` agrees in number and groups thousands, as the
    /// pages and the GitHub notice do.
    @Test func summaryCountsInWords() {
        let warning = Diagnostic.warning("stale-key-result", "old", at: SourceLocation(path: "a.md", line: 1, column: 1))
        let error = Diagnostic.error(.unknownKey, "unknown key", at: SourceLocation(path: "a.md", line: 1, column: 1))
        #expect(DiagnosticFormat.summary([]) == "0 errors, 0 warnings")
        #expect(DiagnosticFormat.summary([error, warning]) == "1 error, 1 warning")
        #expect(DiagnosticFormat.summary(Array(repeating: warning, count: 12_345)) == "0 errors, 12,345 warnings")
    }

    /// GitLab's report: one issue a problem, fingerprints that do not move with line numbers
    /// and differ between two alike problems in one file.
    @Test func codeQualityReport() throws {
        var quiet = Diagnostic.warning("stale-key-result", "no check-in for 20 days", at: SourceLocation(path: "content/a.md", line: 7, column: 9))
        quiet.exemptFromStrict = true
        var twin = quiet
        twin.location.line = 18
        let report = DiagnosticFormat.codeQuality(diagnostics + [quiet, twin])
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
        #expect(issues.map { $0["severity"] as? String } == ["blocker", "minor", "info", "info"])
        #expect(issues[0]["check_name"] as? String == "unknown-key" && issues[0]["description"] as? String == "unknown key 'tilte'; did you mean 'title'?")
        let location = try #require(issues[0]["location"] as? [String: Any])
        #expect(location["path"] as? String == "content/okrs/q/company.md" && (location["lines"] as? [String: Int])?["begin"] == 3)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 4 && fingerprints.allSatisfy { $0.count == 16 })
        // The same problem a line lower keeps its fingerprint.
        var moved = quiet
        moved.location.line = 8
        #expect(DiagnosticFormat.codeQuality([moved]).contains(fingerprints[2]))
        #expect(DiagnosticFormat.codeQuality([]) == "[]\n")
    }

    @Test func json() {
        #expect(DiagnosticFormat.json.format([diagnostics[0]]) == """
        [
          {"path": "content/okrs/q/company.md", "line": 3, "column": 5, "severity": "error", "rule": "unknown-key", "message": "unknown key 'tilte'; did you mean 'title'?"}
        ]

        """)
        #expect(DiagnosticFormat.json.format([]) == "[]\n")
        #expect(JSONWriter.quote("a\"b\\c\n\u{01}") == "\"a\\\"b\\\\c\\n\\u0001\"")
    }

    @Test func normalizedSortsAndDropsRepeats() {
        let twice = diagnostics + diagnostics
        #expect(twice.normalized() == [diagnostics[1], diagnostics[0]])
    }
}

@Suite struct ReferenceTests {
    let at = SourceLocation(path: "p", line: 1, column: 1)

    @Test func parsesEveryForm() throws {
        let company = try Reference.parse("company/O1", at: at)
        #expect(company.owner == .company && company.objective == "O1" && company.keyResult == nil && company.cycle == nil)
        let kr = try Reference.parse("teams/Sales/o1/kr2", at: at)
        #expect(kr.owner == .team("sales") && kr.objective == "O1" && kr.keyResult == "KR2")
        let pinned = try Reference.parse("2026:people/ana/O3", at: at)
        #expect(pinned.cycle == "2026" && pinned.owner == .person("ana"))
    }

    @Test(arguments: ["company", "teams/O1", "team/sales/O1", "people/../O1", "company/O1/KR1/x", "bad cycle:company/O1", "teams/Sa les/O1", ""])
    func rejectsMalformed(_ text: String) {
        #expect(throws: Reference.SyntaxError.self) { try Reference.parse(text, at: at) }
    }

    /// The mistakes authors make in a reference say the reference meant.
    @Test func mistakesSayTheReferenceMeant() {
        func message(_ text: String) -> String {
            do { _ = try Reference.parse(text, at: at); return "read" } catch { return error.message }
        }
        #expect(message("team/sales/O1") == "cannot read reference 'team/sales/O1'; did you mean 'teams/sales/O1'?")
        #expect(message("person/ana/O1/KR2") == "cannot read reference 'person/ana/O1/KR2'; did you mean 'people/ana/O1/KR2'?")
        #expect(message("2026:tems/sales/O1") == "cannot read reference '2026:tems/sales/O1'; did you mean '2026:teams/sales/O1'?")
        #expect(message("companies/O1") == "cannot read reference 'companies/O1'; did you mean 'company/O1'?")
        #expect(message("team1/O1") == "cannot read reference 'team1/O1'; say whose: teams/team1/O1 for a team, people/team1/O1 for a person")
        #expect(message("sales/O1") == "cannot read reference 'sales/O1'; say whose: teams/sales/O1 for a team, people/sales/O1 for a person")
        #expect(message("O1") == "cannot read reference 'O1'; expected company/O1, teams/<id>/O1 or people/<id>/O1, optionally followed by /KR1")
    }

    @Test func identifierGrammar() {
        #expect(Identifier.isValid("ana.lopez_2-x"))
        #expect(!Identifier.isValid("-ana"))
        #expect(!Identifier.isValid("Ana"))
        #expect(!Identifier.isValid("../x"))
        #expect(!Identifier.isValid(""))
    }

    @Test func numericIDOrder() {
        #expect("O2".localizedNumericLess(than: "O10"))
        #expect(!"O10".localizedNumericLess(than: "O2"))
        #expect("KR1".localizedNumericLess(than: "KR1a"))
    }

    /// The byte-wise comparison orders as the scalar-wise one did: digit runs by value, then
    /// by their digits; other scalars by value, non-ASCII ones included; overlong runs as 0.
    @Test func numericIDOrderAgreesWithScalarComparison() {
        func reference(_ left: String, _ right: String) -> Bool {
            var a = left.unicodeScalars.makeIterator()
            var b = right.unicodeScalars.makeIterator()
            var x = a.next()
            var y = b.next()
            while let cx = x, let cy = y {
                if ("0"..."9").contains(cx) && ("0"..."9").contains(cy) {
                    var nx = "", ny = ""
                    while let c = x, ("0"..."9").contains(c) { nx.unicodeScalars.append(c); x = a.next() }
                    while let c = y, ("0"..."9").contains(c) { ny.unicodeScalars.append(c); y = b.next() }
                    let ix = Int(nx) ?? 0, iy = Int(ny) ?? 0
                    if ix != iy { return ix < iy }
                    if nx != ny { return nx < ny }
                    continue
                }
                if cx != cy { return cx < cy }
                x = a.next()
                y = b.next()
            }
            return x == nil && y != nil
        }
        let pieces = ["O", "KR", "0", "7", "07", "10", "2", "99999999999999999999", "a", "-", "é", "目标", "😀", ""]
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        func text() -> String { (0..<next(5)).map { _ in pieces[next(pieces.count)] }.joined() }
        for _ in 0..<5000 {
            let (left, right) = (text(), text())
            #expect(left.localizedNumericLess(than: right) == reference(left, right), "\(left) \(right)")
        }
    }
}

@Suite struct JSONWriterStringTests {
    @Test func quotesControlCharactersAndLineSeparators() {
        #expect(JSONWriter.quote("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u0001""#)
        #expect(JSONWriter.quote("x\u{2028}y\u{2029}") == #""x\u2028y\u2029""#)
    }

    /// The byte-wise quoting agrees with quoting scalar by scalar, on every control
    /// character, both separators, their near neighbours (U+2027, U+202A, U+20AC share the
    /// lead byte E2) and CJK text, in random mixes.
    @Test func byteQuotingAgreesWithScalarQuoting() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let alphabet: [Unicode.Scalar] = (0..<0x20).compactMap(Unicode.Scalar.init) + ["\"", "\\", "a", "Z", " ", "\u{7F}", "é", "中", "文", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{20AC}", "😀"]
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<next(20) { text.append(alphabet[next(alphabet.count)]) }
            #expect(JSONWriter.quote(String(text)) == reference(String(text)), "\(String(text).debugDescription)")
        }
    }
}

@Suite struct OwnerPathTests {
    /// `cycle carry --owner` reads an owner as the site spells it, ids checked.
    @Test func ownersReadTheWayTheyAreWritten() {
        #expect(Owner(path: "company") == .company)
        #expect(Owner(path: "teams/sales") == .team("sales"))
        #expect(Owner(path: "people/li.na") == .person("li.na"))
        for wrong in ["", "company/x", "teams", "teams/", "people/../x", "people/a/b", "staff/ana"] {
            #expect(Owner(path: wrong) == nil, "\(wrong)")
        }
    }
}
