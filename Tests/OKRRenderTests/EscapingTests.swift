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

/// Hint texts keep each date on one line: a phone broke "2026-11-01" at its hyphen.
@Suite struct ProseHTMLTests {
    func html(_ text: String) -> String { String(decoding: ProseHTML.bytes(text), as: UTF8.self) }

    @Test func wrapsEachDateAndEscapesTheRest() {
        #expect(html("due 2027-12-15 is outside 2026-Q4 (2026-10-01 – 2026-12-31)")
            == #"due <span class="date">2027-12-15</span> is outside 2026-Q4 (<span class="date">2026-10-01</span> – <span class="date">2026-12-31</span>)"#)
        #expect(html("<b>2026-11-02</b> & 'x'") == #"&lt;b&gt;<span class="date">2026-11-02</span>&lt;/b&gt; &amp; &#39;x&#39;"#)
        #expect(html("2026-11-02") == #"<span class="date">2026-11-02</span>"#)
    }

    @Test func leavesWhatIsNoDate() {
        for text in ["12026-11-021", "2026-11-0", "2026-1-01", "2026/11/01", "Q4 - 2026", ""] {
            #expect(html(text) == HTMLEscape.escape(text), "\(text)")
        }
        #expect(html("2026-11-01x") == #"<span class="date">2026-11-01</span>x"#)
    }
}

/// Mentions in notes written in Markdown link like those of check-in notes, but not inside a
/// link, code or a tag.
@Suite struct NotesMentionTests {
    func linked(_ html: String) -> String {
        ProseHTML.linkingMentions(inHTML: html) { $0 == "li.na" ? "../../people/li.na/" : nil }
    }

    @Test func linksMentionsInTextOnly() {
        #expect(linked("<p>Thanks <em>@li.na</em>, and @nobody.</p>")
            == #"<p>Thanks <em><a href="../../people/li.na/">@li.na</a></em>, and @nobody.</p>"#)
        #expect(linked("<p>@Li.Na: done</p>") == #"<p><a href="../../people/li.na/">@Li.Na</a>: done</p>"#)
        let untouched = [
            #"<p><code>@li.na</code> and <a href="mailto:x@li.na">x@li.na</a></p>"#,
            "<pre><code>@li.na\n</code></pre>",
            #"<p><img alt="@li.na" src="x.png" /> mail li@li.na</p>"#,
            "<p>no mention here</p>",
        ]
        for html in untouched { #expect(linked(html) == html, "\(html)") }
        #expect(linked("<pre>@li.na</pre><p>@li.na</p>") == #"<pre>@li.na</pre><p><a href="../../people/li.na/">@li.na</a></p>"#)
    }
}
