import Testing
@testable import OKRTemplate

@Suite struct TemplateTests {
    func render(_ templates: [String: String], _ value: [String: TemplateValue], main: String = "main") throws -> String? {
        var library = TemplateLibrary()
        for (name, source) in templates { try library.register(source, named: name) }
        return library.render(.object(value), template: main)
    }

    func render(_ source: String, _ value: [String: TemplateValue] = [:]) throws -> String {
        try render(["main": source], value) ?? ""
    }

    func syntaxError(_ source: String) -> TemplateSyntaxError? {
        var library = TemplateLibrary()
        do {
            try library.register(source, named: "main")
            return nil
        } catch {
            return error
        }
    }

    /// Tables looked up by number answer as the dictionaries they are made from, whether the
    /// names were numbered before them (by parsing) or after.
    @Test func numberedTablesAnswerLikeDictionaries() throws {
        var library = TemplateLibrary()
        try library.register("{{t.greeting}} {{t.nothing}}{{#items}}[{{name}} {{t.greeting}} {{site.title}}]{{/items}} {{t.later_name}}", named: "main")
        let strings = StringTable(["greeting": "hi", "later_name": "<late>"])
        let frame = FieldValues([
            "t": .object(strings), "site": .object(["title": TemplateValue.text("S")]),
            "items": .list([.object(["name": TemplateValue.text("a")]), .object(["name": TemplateValue.text("b")])]),
        ])
        #expect(library.render(.object(frame), template: "main") == "hi [a hi S][b hi S] &lt;late&gt;")
        #expect(frame.field(id: FieldName.id("never-used-before"), named: "never-used-before").isNull)
        #expect(strings.field(named: "greeting").isNull == false && strings["greeting"] == "hi")
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let value: [String: TemplateValue] = ["x": .text("<a href=\"q\">Tom & 'Jerry'</a> 中文")]
        #expect(try render("{{x}}", value) == "&lt;a href=&quot;q&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt; 中文")
        #expect(try render("{{{x}}}|{{& x}}", value) == "<a href=\"q\">Tom & 'Jerry'</a> 中文|<a href=\"q\">Tom & 'Jerry'</a> 中文")
        #expect(try render("{{n}} {{yes}} {{missing}}.", ["n": .int(42), "yes": .bool(true)]) == "42 true .")
    }

    /// Whole numbers print as the portal writes counts everywhere, thousands grouped.
    @Test func wholeNumbersGroupThousands() throws {
        let numbers: [Int] = [0, 999, 1_000, -1_000, 35_268, 10_000, 1_234_567, -999, Int.min]
        let value = ["n": TemplateValue.list(numbers.map { .object(["v": TemplateValue.int($0)]) })]
        #expect(try render("{{#n}}{{v}} {{/n}}", value)
            == "0 999 1,000 -1,000 35,268 10,000 1,234,567 -999 -9,223,372,036,854,775,808 ")
    }

    /// Markup made as bytes (a drawn map) reads like the same text: copied by `{{{…}}}`,
    /// escaped by `{{…}}`, and shown by a section.
    @Test func markupBytesRenderLikeTheirText() throws {
        let html = "<svg><title>Tom & 中文</title></svg>"
        let value: [String: TemplateValue] = ["m": .markup(Array(html.utf8))]
        #expect(try render("{{#m}}[{{{m}}}]{{/m}}{{^m}}none{{/m}}", value) == "[\(html)]")
        #expect(try render("{{m}}", value) == "&lt;svg&gt;&lt;title&gt;Tom &amp; 中文&lt;/title&gt;&lt;/svg&gt;")
    }

    @Test func dottedNamesReadInsideTheFirstMatch() throws {
        let value: [String: TemplateValue] = ["owner": .object(["name": TemplateValue.text("Ana")]), "name": .text("outer")]
        #expect(try render("{{owner.name}} {{owner.title}}", value) == "Ana ")
        // `.title` is not on owner, and the lookup does not climb for the rest of a dotted name.
        #expect(try render("{{#owner}}{{name}}/{{.name}}{{/owner}}", value) == "Ana/Ana")
    }

    @Test func sectionsIterateListsAndTestFlags() throws {
        let items: TemplateValue = .list([.object(["n": TemplateValue.int(1)]), .object(["n": TemplateValue.int(2)])])
        let value: [String: TemplateValue] = ["items": items, "none": .list([]), "on": .bool(true), "off": .bool(false), "word": .text("")]
        #expect(try render("{{#items}}[{{n}}]{{/items}}", value) == "[1][2]")
        #expect(try render("{{#none}}x{{/none}}{{^none}}empty{{/none}}", value) == "empty")
        #expect(try render("{{#on}}a{{/on}}{{#off}}b{{/off}}{{^off}}c{{/off}}{{^missing}}d{{/missing}}", value) == "acd")
        // An empty string is shown, as swift-mustache did: the view models use nil for nothing.
        #expect(try render("{{#word}}shown{{/word}}", value) == "shown")
        #expect(try render("{{#items}}{{.}}{{/items}}", ["items": .list([.text("a"), .text("<b>")])]) == "a&lt;b&gt;")
    }

    @Test func aNullFieldLooksFurtherOut() throws {
        let value: [String: TemplateValue] = ["owner": .text("page owner"), "krs": .list([.object(["krOwner": TemplateValue.null, "owner": TemplateValue.null])])]
        #expect(try render("{{#krs}}{{owner}}|{{krOwner}}{{/krs}}", value) == "page owner|")
    }

    @Test func standaloneTagsTakeTheirLine() throws {
        let source = """
            <ul>
              {{#items}}
              <li>{{.}}</li>
              {{/items}}
              {{! a comment }}
            </ul>

            """
        #expect(try render(source, ["items": .list([.text("a"), .text("b")])]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        // Not standalone: a variable on the line keeps the line.
        #expect(try render("a {{#on}}b{{/on}}\n", ["on": .bool(true)]) == "a b\n")
    }

    @Test func partialsAreIndentedLikeTheirTag() throws {
        let templates = ["main": "<div>\n  {{> item}}\n</div>\n", "item": "<p>\n  {{x}}\n</p>\n"]
        #expect(try render(templates, ["x": .text("1\n2")]) == "<div>\n  <p>\n    1\n2\n  </p>\n</div>\n")
    }

    @Test func parentsTakeTheChildsBlocksAndTheOuterOneWins() throws {
        let templates = [
            "base": "<title>{{$title}}Site{{/title}}</title>{{$body}}none{{/body}}",
            "layout": "{{<base}}{{$title}}Layout{{/title}}{{$body}}[{{$content}}default{{/content}}]{{/body}}{{/base}}",
            "main": "{{<layout}}{{$title}}Page {{name}}{{/title}}{{$content}}hello{{/content}}{{/layout}}",
        ]
        #expect(try render(templates, ["name": .text("Ana")]) == "<title>Page Ana</title>[hello]")
        #expect(try render(templates, [:], main: "layout") == "<title>Layout</title>[default]")
    }

    @Test func delimitersCanChange() throws {
        #expect(try render("{{=<% %>=}}<% x %> {{x}}", ["x": .text("y")]) == "y {{x}}")
    }

    @Test func selfIncludingPartialsStop() throws {
        let templates = ["main": "{{> main}}x"]
        let output = try render(templates, [:])
        #expect(output?.count == Renderer.maximumDepth + 1)
    }

    @Test func syntaxErrorsSayWhere() {
        let unclosed = syntaxError("line one\n  {{#items}}\n  text\n")
        #expect(unclosed?.message == "{{#items}} is never closed")
        #expect(unclosed?.line == 2)
        #expect(unclosed?.column == 3)
        let mismatched = syntaxError("{{#a}}\n中文 {{/b}}")
        #expect(mismatched?.message == "{{/b}} closes {{#a}} (opened at 1:1)")
        #expect(mismatched?.line == 2)
        #expect(mismatched?.column == 4)
        #expect(syntaxError("text {{name")?.message == "unclosed tag")
        #expect(syntaxError("{{/a}}")?.message == "{{/a}} closes a section that was never opened")
        #expect(syntaxError("{{a..b}}")?.message == "\"a..b\" is not a valid name")
        #expect(syntaxError("{{}}")?.message == "empty tag")
    }

    @Test func referencesListPartialsAndParents() throws {
        var library = TemplateLibrary()
        try library.register("{{> a}}\n{{<b}}{{/b}}", named: "main")
        #expect(library.template(named: "main")?.references.map(\.name) == ["a", "b"])
        #expect(library.template(named: "main")?.references.map(\.line) == [1, 2])
    }

    struct Card: TemplateObject {
        static let table = FieldTable<Card>(["title": { .text($0.title) }, "count": { .int($0.count) }])
        var title: String
        var count: Int
        func field(named name: String) -> TemplateValue { .null }
        func field(id: Int, named name: String) -> TemplateValue { Self.table.read(self, id: id) }
    }

    @Test func fieldTablesReadByNumber() throws {
        let card = Card(title: "<t>", count: 3)
        guard case .text("<t>") = Card.table.read(card, id: FieldName.id("title")) else {
            Issue.record("title should read by its number")
            return
        }
        // Numbered after the table was built: not one of its fields.
        #expect(Card.table.read(card, id: FieldName.id("a name no table has \(#line)")).isNull)
        // Templates look fields up by number: a table-only object renders.
        #expect(try render("{{#card}}{{title}} ×{{count}}{{/card}}", ["card": .object(card)]) == "&lt;t&gt; ×3")
    }
}
