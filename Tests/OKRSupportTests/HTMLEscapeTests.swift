import Testing
import OKRSupport

@Suite struct HTMLEscapeTests {
    @Test func escapesTheFiveCharactersAndNothingElse() {
        #expect(HTMLEscape.escape("a<b>&\"c\" 'd' 中文 ✓") == "a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39; 中文 ✓")
        #expect(HTMLEscape.escape("plain 文字") == "plain 文字")
        var output = "x"
        HTMLEscape.append("<中>", to: &output)
        #expect(output == "x&lt;中&gt;")
    }

    /// Templates render into bytes; the byte version escapes exactly as the String one.
    @Test func bytesAreEscapedAsTextIs() {
        for text in ["", "plain 文字", "a<b>&\"c\" 'd' 中文 ✓", "&&&", "<", "尾>"] {
            var bytes = Array("x".utf8)
            HTMLEscape.append(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + HTMLEscape.escape(text))
        }
    }

    /// Every byte on its own: the five and no other are escaped (the check is a bit mask).
    @Test func everyByteIsEscapedOnlyIfItIsOneOfTheFive() {
        let entities: [UInt8: String] = [0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;", 0x27: "&#39;"]
        for byte in UInt8.min...UInt8.max {
            let text = String(decoding: [byte], as: UTF8.self)
            var bytes: [UInt8] = []
            HTMLEscape.append(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == entities[byte] ?? text, "byte \(byte)")
        }
    }
}
