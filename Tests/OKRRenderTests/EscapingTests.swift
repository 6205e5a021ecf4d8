import OKRSupport
import Testing
@testable import OKRRender

/// Labels in `alignment.dot` are Graphviz strings.
@Suite struct DOTLabelTests {
    @Test func quotesAndBackslashesAreEscapedAndLineBreaksBecomeSpaces() {
        #expect(SiteRenderer.dotEscaped("plain 中文") == "plain 中文")
        #expect(SiteRenderer.dotEscaped(#"say "hi" \ bye"#) == #"say \"hi\" \\ bye"#)
        #expect(SiteRenderer.dotEscaped("two\nlines\r\nhere") == "two lines\r here")
    }
}

/// Feeds are XML: the four characters that could end an attribute or start markup.
@Suite struct XMLEscapeTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(HTMLEscape.escapeXML("plain 中文 'single'") == "plain 中文 'single'")
        #expect(HTMLEscape.escapeXML(#"<b>"A" & B</b>"#) == "&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;")
        #expect(HTMLEscape.escapeXML("尾&".dropFirst()) == "&amp;")
    }
}

/// A person's e-mail may break after its "@" in a narrow column, and stays escaped.
@Suite struct EmailBreakTests {
    @Test func breaksAfterTheAtSignAndEscapesEachPart() {
        #expect(SiteRenderer.breakableEmailHTML("liu.yang@meridian.example") == "liu.yang@<wbr>meridian.example")
        #expect(SiteRenderer.breakableEmailHTML("a<b>@x&y") == "a&lt;b&gt;@<wbr>x&amp;y")
        #expect(SiteRenderer.breakableEmailHTML("no-at-sign<") == "no-at-sign&lt;")
    }
}
