import Foundation
import OKRBuiltinTheme
import Testing
@testable import OKRRender

/// The repository's Templates/ folder, found from this file's path.
let templatesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")

func readTemplatesFolder() throws -> [String: String] {
    var files: [String: String] = [:]
    let root = templatesFolder.standardizedFileURL.path + "/"
    let enumerator = FileManager.default.enumerator(atPath: root)!
    while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + relative, isDirectory: &isDirectory), !isDirectory.boolValue,
              !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
        files[relative] = try String(contentsOfFile: root + relative, encoding: .utf8)
    }
    return files
}

@Suite struct BuiltinThemeTests {
    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        let onDisk = try readTemplatesFolder()
        #expect(Set(onDisk.keys) == Set(BuiltinTheme.files.keys), "run scripts/embed-theme.py after editing Templates/")
        for (path, text) in onDisk {
            #expect(BuiltinTheme.files[path] == text, "\(path) differs from the embedded copy: run scripts/embed-theme.py")
        }
    }

    /// No problems, and so every name the templates read is there on some page that shows it.
    @Test func compilesWithoutProblems() {
        let (compiled, problems) = Theme.builtin.compile()
        #expect(compiled != nil)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(Theme.builtin.languages == ["en", "ja", "zh"])
    }

    @Test func stringTablesHaveTheSameKeysAndCoverTheTemplates() throws {
        var problems = OKRModelBag()
        let en = Theme.parseStrings(BuiltinTheme.files["strings/en.yaml"]!, path: "en", diagnostics: &problems.bag)
        for language in ["zh", "ja"] {
            let other = Theme.parseStrings(BuiltinTheme.files["strings/\(language).yaml"]!, path: language, diagnostics: &problems.bag)
            #expect(Set(en.keys) == Set(other.keys), "only in en: \(Set(en.keys).subtracting(other.keys)); only in \(language): \(Set(other.keys).subtracting(en.keys))")
        }
        #expect(problems.bag.items.isEmpty, "\(problems.bag.items)")
        let pattern = /\{\{t\.([a-z_\-]+)\}\}/
        for (path, text) in BuiltinTheme.files where path.hasSuffix(".mustache") {
            for match in text.matches(of: pattern) {
                #expect(en[String(match.1)] != nil, "\(path) uses t.\(match.1), which en.yaml lacks")
            }
        }
    }

    @Test func templateErrorsPointAtTheTemplate() {
        let broken = Theme.builtin.overlaid(with: ["pages/home.mustache": "line one\n{{#objectives}}never closed\n"])
        let (compiled, problems) = broken.compile(displayPrefix: "Templates")
        #expect(compiled == nil)
        #expect(problems.map(\.location.path) == ["Templates/pages/home.mustache"])
        // The error points at the section that is never closed.
        #expect(problems.first?.location.line == 2)
        #expect(problems.first?.location.column == 1)
        #expect(problems.first?.message == "template error: {{#objectives}} is never closed")
    }

    /// Compiles the built-in theme with `overrides`, which must be refused, and gives each
    /// problem as "path:line:column message".
    func refusal(_ overrides: [String: String]) -> [String] {
        let (compiled, problems) = Theme.builtin.overlaid(with: overrides).compile(displayPrefix: "Templates")
        #expect(compiled == nil)
        return problems.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test func aMissingPartialIsReportedWhereItIsNamed() {
        #expect(refusal(["pages/home.mustache": "{{<layout}}{{$main}}\n  {{> partials/nowhere}}\n{{/main}}{{/layout}}\n"])
            == ["Templates/pages/home.mustache:2:3 template error: there is no template partials/nowhere.mustache"])
    }

    /// The renderer marks paths in a page with control characters (PageDraft), so a template
    /// holding one is refused where it is, rather than having it turned into a path.
    @Test func aControlCharacterInATemplateIsAnError() {
        #expect(refusal(["partials/footer.mustache": "<footer>\n  <p>a\u{1}b</p>\n</footer>\n"])
            == ["Templates/partials/footer.mustache:2:7 template error: control character U+0001 is not allowed in a template"])
    }

    /// A theme's own template written for fields that are not there (misspelt, or read outside
    /// the section that holds them, as a home page written before `owner` held the OKRs) is
    /// told where and what it may have meant; the page still renders.
    @Test func namesATemplateReadsWhereNothingHoldsThemAreWarnings() {
        let home = """
            {{<layout}}{{$main}}
            <h1>{{company.nmae}}</h1>
            {{#objectives}}{{>partials/objective}}{{/objectives}}
            <p>{{t.this_cycel}}</p>{{#figures}}{{atrisk}}{{/figures}}
            {{/main}}{{/layout}}
            """
        let (compiled, problems) = Theme.builtin.overlaid(with: ["pages/home.mustache": home]).compile(displayPrefix: "Templates")
        #expect(compiled != nil)
        #expect(problems.allSatisfy { $0.severity == .warning && $0.rule == .templateField })
        #expect(problems.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.message)" } == [
            "Templates/pages/home.mustache:2:5 CompanyInfo has no field 'nmae' (in 'company.nmae'); it renders as nothing; did you mean 'company.name'?",
            "Templates/pages/home.mustache:3:1 no field 'objectives' here (HomePage, or a section around it); it renders as nothing; did you mean 'owner.objectives'?",
            "Templates/pages/home.mustache:4:4 there is no UI string 'this_cycel' in strings/*.yaml; it renders as nothing; did you mean 't.this_cycle'?",
            "Templates/pages/home.mustache:4:36 no field 'atrisk' here (HeadlineFigures, or a section around it); it renders as nothing; did you mean 'atRisk'?",
        ])
    }

    /// A home page written before `HomePage` held the company's OKRs in `owner` is told
    /// where it reads what moved, and what to read instead.
    @Test func aHomePageWrittenForTheFlatFieldsIsToldWhereTheyWent() {
        let home = """
            {{<layout}}{{$main}}
            <h1>{{company.name}}</h1>
            {{>partials/cycle-switcher}}
            {{#cycle}}<h2>{{cycle.name}}</h2>{{/cycle}}{{>partials/okr-set}}
            {{/main}}{{/layout}}
            """
        let (_, problems) = Theme.builtin.overlaid(with: ["pages/home.mustache": home]).compile(displayPrefix: "Templates")
        #expect(problems.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "4:1 no field 'cycle' here (HomePage, or a section around it); it renders as nothing; did you mean 'owner.cycle'?",
        ])
    }

    /// The check looks a name up in the page's own fields before the frame's, where
    /// `PageContext` reads the frame's first: the same only while no name is in both.
    @Test func noViewModelHasAFieldNamedLikeTheFramesFields() {
        for (type, fields) in ViewModelSchema.types {
            #expect(Set(fields.keys).isDisjoint(with: PageFrame.schema.keys), "\(type)")
        }
    }
}

import OKRModel
struct OKRModelBag { var bag = DiagnosticBag() }

@Suite struct FormatTests {
    @Test(arguments: [(50000.0, "50,000"), (1234567.891, "1,234,567.89"), (3.5, "3.5"), (0.25, "0.25"), (-1200.0, "-1,200"), (0.0, "0"), (99.95, "99.95"), (2.05, "2.05")])
    func numbers(value: Double, text: String) {
        #expect(Format.number(value) == text)
    }

    @Test func percentsAndScores() {
        #expect(Format.percent(0.625) == "63%")
        #expect(Format.percent(1.3) == "130%")
        #expect(Format.score(0.7) == "0.7")
        #expect(Format.score(1) == "1.0")
        #expect(Format.score(0.65) == "0.65")
    }

    /// Formatting never traps, whatever a computation hands it.
    @Test func valuesBeyondAnIntAreStillPrinted() {
        #expect(Format.number(1e20) == "1e+20")
        #expect(Format.number(.infinity) == "inf")
        #expect(Format.percentValue(.nan) == 0)
        #expect(Format.percentValue(.infinity) == 0)
        #expect(Format.percentValue(1e300) == 100_000_000_000_000)
    }
}
