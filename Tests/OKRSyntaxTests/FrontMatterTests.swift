import Dispatch
import Synchronization
import Testing
@testable import OKRSyntax

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBody() throws {
        let document = try FrontMatter.split("---\ntitle: x\n---\n# Body\n")
        #expect(document.yaml == "title: x\n")
        #expect(document.yamlLineOffset == 1)
        #expect(document.body == "# Body\n")
        #expect(document.hasFrontMatter)
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let document = try FrontMatter.split("Just text\n")
        #expect(!document.hasFrontMatter)
        #expect(document.body == "Just text\n")
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: FrontMatterError.self) { try FrontMatter.split("---\ntitle: x\n") }
    }

    @Test func acceptsCRLFAndByteOrderMark() throws {
        let document = try FrontMatter.split("\u{FEFF}---\r\na: 1\r\n---\r\nbody")
        #expect(document.yaml == "a: 1\r\n")
        #expect(document.body == "body")
    }

    /// The edges of the line scan: a lone opening line, "..." as the closing line, trailing
    /// blanks on either delimiter, a file that ends on its closing line, multi-byte text.
    @Test func delimiterEdges() throws {
        #expect(throws: FrontMatterError(message: "front matter opened with --- but never closed", position: .init(line: 1, column: 1))) {
            try FrontMatter.split("---")
        }
        let dots = try FrontMatter.split("--- \t\n标题: 中文\n... \r\n正文")
        #expect(dots.yaml == "标题: 中文\n" && dots.body == "正文" && dots.hasFrontMatter)
        let endsOnDelimiter = try FrontMatter.split("---\na: 1\n---")
        #expect(endsOnDelimiter.yaml == "a: 1\n" && endsOnDelimiter.body == "")
        let empty = try FrontMatter.split("")
        #expect(!empty.hasFrontMatter && empty.body == "")
        let notADelimiter = try FrontMatter.split("----\na: 1\n---\n")
        #expect(!notADelimiter.hasFrontMatter && notADelimiter.body == "----\na: 1\n---\n")
    }
}

@Suite struct MarkdownTests {
    @Test func rendersGitHubExtensions() {
        let html = Markdown.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ and https://example.com\n\n- [x] done\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://example.com\">"))
        #expect(html.contains("type=\"checkbox\""))
    }

    /// cmark-gfm adds its inline extensions' characters (`~`, `:`, `w`…) to a process-wide
    /// table when a parser starts on inlines and takes them out when it is done, so one
    /// document finishing could take strikethrough and autolinks from another being parsed
    /// on another thread: a build, which parses files on every core, would not then write
    /// the same pages twice. Every rendering on many threads at once must be the same.
    @Test func rendersTheSameOnManyThreadsAtOnce() {
        let source = "~~old~~ and https://example.com, www.example.org and ~gone~\n"
        let expected = Markdown.render(source).html
        #expect(expected.contains("<del>old</del>") && expected.contains("<a href=\"https://example.com\">"))
        let differing = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<2_000 where Markdown.render(source).html != expected {
                differing.add(1, ordering: .relaxed)
            }
        }
        #expect(differing.load(ordering: .relaxed) == 0)
    }

    @Test func rawHTMLIsNotPassedThrough() {
        let html = Markdown.render("<script>alert(1)</script>\n\nText <b onclick=x>bold</b>\n").html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("onclick"))
    }

    @Test func collectsLevelTwoHeadings() {
        let rendered = Markdown.render("# Title\n## Plan\ntext\n## 复盘\n### Details\n## `Code` heading\n")
        #expect(rendered.sectionTitles == ["Plan", "复盘", "Code heading"])
    }

    /// A body sits under the page's own headings: its shallowest heading takes the level it is
    /// given and the others keep their depth below it, at most h6. Sections are still found by
    /// the level the owner wrote.
    @Test func headingsStartAtTheLevelThePageGives() {
        let notes = Markdown.render("## Plan\ntext\n### Weeks\n##### Deep\n## 复盘\n", headingsFrom: 3)
        #expect(notes.html == "<h3>Plan</h3>\n<p>text</p>\n<h4>Weeks</h4>\n<h6>Deep</h6>\n<h3>复盘</h3>\n")
        #expect(notes.sectionTitles == ["Plan", "复盘"])
        #expect(Markdown.render("#### Only\n", headingsFrom: 2).html == "<h2>Only</h2>\n")
        #expect(Markdown.render("# Title\n", headingsFrom: 1).html == "<h1>Title</h1>\n")
    }

    /// Control characters are not allowed in HTML, and pages mark paths with two of them
    /// while rendering, so none may come through from a body.
    @Test func controlCharactersBecomeReplacementCharacters() {
        let rendered = Markdown.render("a\u{1}b\u{2}c\td\n")
        #expect(rendered.html == "<p>a\u{FFFD}b\u{FFFD}c\td</p>\n")
        #expect(Markdown.replacingControlCharacters(in: "plain\ttext\r\n") == "plain\ttext\r\n")
    }
}
