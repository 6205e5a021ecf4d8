import Testing
@testable import OKRSyntax

/// Where text holding an "@" stands in Markdown, for mentions: outside links and code, in
/// characters from the start of its line.
@Suite struct MarkdownMentionTests {
    @Test func textsWithAtAndWhereTheyStart() {
        let rendered = Markdown.render("""
            # Plan

            Thanks @li.na, *also @bo*
            - 中文 @wang.lei ok

            `@code` [@link](https://x.example) and mail ops@example.com; @after

            > quoted
            > line @q
            """)
        #expect(rendered.textsWithAt.map { "\($0.line):\($0.column) \($0.text)" } == [
            "3:1 Thanks @li.na, ", "3:17 also @bo", "4:3 中文 @wang.lei ok",
            // After the autolinked address cmark gives no position: its paragraph's start.
            "6:1 ; @after", "9:3 line @q",
        ])
        #expect(Markdown.render("No at signs here.").textsWithAt.isEmpty)
    }

    @Test func theBodyStartsAfterTheFrontMatter() throws {
        #expect(try FrontMatter.split("---\na: 1\nb: 2\n---\nbody\n").bodyLine == 5)
        #expect(try FrontMatter.split("just a body\n").bodyLine == 1)
    }
}
