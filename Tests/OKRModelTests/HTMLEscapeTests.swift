import Testing
import OKRModel

@Suite struct HTMLEscapeTests {
    @Test func escapesTheFiveCharactersAndNothingElse() {
        #expect(HTMLEscape.escape("a<b>&\"c\" 'd' 中文 ✓") == "a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39; 中文 ✓")
        #expect(HTMLEscape.escape("plain 文字") == "plain 文字")
        var output = "x"
        HTMLEscape.append("<中>", to: &output)
        #expect(output == "x&lt;中&gt;")
    }
}
