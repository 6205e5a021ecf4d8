import Foundation
import OKRSupport
import OKRBuiltinTheme
import OKRTestSupport
import Testing
@testable import OKRHints
import OKRModel
@testable import OKRRender
@testable import OKRSite

/// The demo built with `languages: [en, zh, ja]`: every Japanese page is in Japanese, as far as
/// the theme's words go (content keeps the words its authors wrote).
@Suite struct JapaneseTests {
    static func buildDemoInThreeLanguages() async throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: repository.appendingPathComponent("content"), to: folder.url.appendingPathComponent("content"))
        let portal = folder.url.appendingPathComponent("content/portal.yaml")
        let text = try String(contentsOf: portal, encoding: .utf8)
        #expect(text.contains("languages: [en, zh]\n"))
        try Data(text.replacing("languages: [en, zh]\n", with: "languages: [en, zh, ja]\n").utf8).write(to: portal)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error })")
        return folder
    }

    /// Phrases of the English string table (two words or more, placeholders cut out) that the
    /// Japanese table says otherwise: none may show in a Japanese page's text.
    static func englishPhrases() throws -> Set<String> {
        var problems = DiagnosticBag()
        let en = Theme.parseStrings(BuiltinTheme.files["strings/en.yaml"]!, path: "en", diagnostics: &problems)
        let ja = Theme.parseStrings(BuiltinTheme.files["strings/ja.yaml"]!, path: "ja", diagnostics: &problems)
        var phrases: Set<String> = []
        for (key, value) in en where ja[key] != value {
            for piece in value.split(separator: /\{[a-z]+\}/) {
                let phrase = piece.trimmingCharacters(in: CharacterSet(charactersIn: " :,.;…"))
                if phrase.contains(" ") && phrase.count >= 6 { phrases.insert(HTMLEscape.escape(phrase)) }
            }
        }
        return phrases
    }

    @Test func everyJapanesePageSpeaksJapanese() async throws {
        let folder = try await Self.buildDemoInThreeLanguages()
        let phrases = try Self.englishPhrases()
        #expect(phrases.count > 100)
        let root = folder.url.appendingPathComponent("public/ja")
        let pages = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 100)
        for page in pages {
            // Text only: class names such as "edge-sideways" are not words on the page.
            let html = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            let text = html.replacing(/<[^>]*>/, with: "\n")
            for phrase in phrases where text.contains(phrase) {
                Issue.record("ja/\(page) shows the English “\(phrase)”")
            }
        }
        let person = try folder.read("public/ja/people/fang.yi/index.html")
        #expect(person.contains("<html lang=\"ja\">"))
        #expect(person.contains("<span aria-current=\"true\" lang=\"ja\">日本語</span>"))
        // The hints speak Japanese too, messages included; the terminal stays English.
        #expect(person.contains("「团队建设」は分野を示すだけで"))
        let hints = try folder.read("public/ja/hints/index.html")
        for rule in HintRule.all { #expect(hints.contains(HTMLEscape.escape(rule.title.text(for: "ja"))), "\(rule.id)") }
    }

    @Test func titlesTakeAJapaneseTranslationAndSearchFoldsKana() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "content/portal.yaml": "title: 小さな会社\nlanguages: [en, ja]\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            "content/org/people.yaml": "- {id: ana, name: アナ}\n",
            "content/okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: {en: Win the Osaka market, ja: 大阪市場でシェアを広げる}\n    key_results:\n      - {title: {en: 40 new stores, ja: 新規店舗を 40 店に}, start: 0, target: 40}\n---\n",
        ])
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(try folder.read("public/ja/company/index.html").contains("大阪市場でシェアを広げる"))
        #expect(try folder.read("public/company/index.html").contains("Win the Osaka market"))
        // A person written in katakana is found by her name typed in hiragana: the index holds
        // folded text, and the script folds the query the same way.
        let index = try String(contentsOf: folder.url.appendingPathComponent("public/search-index/docs-0.json"), encoding: .utf8)
        #expect(index.contains("あな"))
    }

    /// The commands that edit content (`cycle carry`, `checkin`) read a Japanese portal as a
    /// build does: `cycle carry` refused one with "no UI strings for language 'ja'".
    @Test func contentCommandsKnowTheThemesLanguages() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/portal.yaml"] = site["content/portal.yaml"]!.replacing("languages: [en, zh]", with: "languages: [en, ja]")
        try folder.write(site)
        let (content, problems) = await Site.loadContent(folder.url.appendingPathComponent("content"), displayPrefix: "content", templatesDirectory: nil)
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        #expect(content.config.languages == ["en", "ja"])
    }

    @Test func everyHintRuleHasItsJapanese() {
        #expect(Set(HintRule.japanese.keys) == Set(HintRule.ids))
        for rule in HintRule.all {
            let placeholders = { (text: String) in Set(text.matches(of: /\{[a-z]+\}/).map { String($0.output) }) }
            #expect(placeholders(rule.message.ja) == placeholders(rule.message.en), "\(rule.id)")
            #expect(rule.title.ja != rule.title.en)
        }
    }
}
