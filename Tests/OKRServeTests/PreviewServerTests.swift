import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import Testing
import OKRModel
import OKRSite
import OKRTestSupport
@testable import OKRServe

@Suite struct PreviewSiteTests {
    @Test func requestPathsNeverLeaveTheSite() {
        #expect(PreviewSite.sitePath("/") == "index.html")
        #expect(PreviewSite.sitePath("/people/ana/") == "people/ana/index.html")
        #expect(PreviewSite.sitePath("/people/ana") == "people/ana")
        #expect(PreviewSite.sitePath("/zh//people/") == "zh/people/index.html")
        #expect(PreviewSite.sitePath("/a%20b.css") == "a b.css")
        for attack in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/people/..%2f..%2fsecret.txt",
                       "/..\\secret.txt", "/index.html%00.css", "/%zz", "secret.txt", "/./index.html"] {
            #expect(PreviewSite.sitePath(attack) == nil, "\(attack)")
        }
    }

    @Test func contentTypes() {
        #expect(PreviewSite.contentType(of: "index.html") == "text/html; charset=utf-8")
        #expect(PreviewSite.contentType(of: "okrs.json") == "application/json")
        #expect(PreviewSite.contentType(of: "dashboard/q/teams.csv") == "text/csv; charset=utf-8")
        #expect(PreviewSite.contentType(of: "x.y/blob") == "application/octet-stream")
    }

    /// What the preview renders on request is, file for file, what `build` writes.
    @Test func servesWhatBuildWrites() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try write([
            "content/portal.yaml": "title: Same\nlanguages: [en, zh]\nbase_url: https://okrs.example.com/\ncycles:\n  - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            "content/org/teams.yaml": "- {id: sales, name: Sales}\n",
            "content/org/people.yaml": "- {id: ana, name: Ana, team: sales}\n- {id: bo, name: Bo, team: sales}\n",
            "content/okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: Grow\n    key_results:\n      - {title: Revenue, start: 0, target: 10, checkins: [{date: 2026-11-02, value: 4}]}\n---\n",
            "content/okrs/2026-Q4/people/ana.md": "---\nobjectives:\n  - title: Help grow\n    aligns: [company/O1]\n    key_results:\n      - {title: Deals, done: true}\n---\n",
            "content/okrs/2026-Q3/teams/sales.md": "---\nobjectives:\n  - title: Old goal\n    key_results:\n      - {title: K, progress: 0.5}\n---\n",
        ], under: base)
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        #expect(await Site.build(options).succeeded)
        let (report, renderer) = await Site.preview(options)
        #expect(report.succeeded)
        let site = PreviewSite(renderer: try #require(renderer))
        guard case .redirect("/people/ana/") = site.answer("/people/ana") else {
            Issue.record("a folder's address without its slash is redirected")
            return
        }
        // Never off-site: a path that starts with "//" names a host to a browser.
        for (asked, expected) in [("//people/ana", "/people/ana/"), ("///teams/sales", "/teams/sales/"), ("//zh", "/zh/"), ("/people//ana", "/people/ana/")] {
            guard case .redirect(let location) = site.answer(asked) else {
                Issue.record("\(asked) is redirected")
                continue
            }
            #expect(location == expected, "\(asked)")
        }
        guard case .notFound = site.answer("/people/nobody/"), case .notFound = site.answer("/people/ana/index.html/x") else {
            Issue.record("unknown addresses are not found")
            return
        }
        #expect(!site.hasMadeData, "pages and redirects do not wait for the export and search index")
        let root = options.outputDirectory
        var compared = 0
        for case let relative as String in FileManager.default.enumerator(atPath: root.path)! {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let written = try Data(contentsOf: root.appendingPathComponent(relative))
            let served = try #require(site.file(at: relative), "\(relative)")
            #expect(Data(served.withBytes(Array.init)) == written, "\(relative)")
            compared += 1
        }
        #expect(compared > 50)
    }

    @Test func reloadScriptGoesBeforeTheEndOfBody() {
        let html = String(decoding: PreviewServer.injectReload(Data("<html><body><p>x</p></body></html>".utf8)), as: UTF8.self)
        #expect(html.hasSuffix("<script src=\"/__okr/reload.js\"></script>\n</body></html>"))
        // Nothing inline: the pages' Content-Security-Policy allows only the site's own files.
        #expect(!html.contains("<script>"))
        #expect(PreviewServer.reloadScript.contains("/__okr/status"))
    }
}

@Suite struct PreviewServerTests {
    func get(_ url: URL) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    func waitForStatus(_ base: URL, until condition: (String) -> Bool) async throws -> Duration {
        let started = ContinuousClock.now
        while ContinuousClock.now - started < .seconds(10) {
            if let (_, status) = try? await get(base.appendingPathComponent("__okr/status")), condition(status) {
                return ContinuousClock.now - started
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CancellationError()
    }

    /// A preview of `base/content`, built as of 2026-11-20 and set up by `configure`, until
    /// the task is cancelled; the site's address.
    func serve(_ base: URL, configure: (inout PreviewServer) -> Void = { _ in }) async throws -> (PreviewServer, Task<Void, any Error>, URL) {
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        var server = PreviewServer(options: options, host: "127.0.0.1", port: 0, watched: [options.contentDirectory], log: { _ in })
        configure(&server)
        let (running, port) = (server, PortBox())
        let task = Task { try await running.run { bound in Task { await port.set(bound) } } }
        return (server, task, URL(string: "http://127.0.0.1:\(try await port.value())/")!)
    }

    @Test func rebuildsOnChangeAndKeepsTheLastGoodSite() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let okrs = "content/okrs/2026-Q4/company.md"
        try write([
            "content/portal.yaml": "title: Live\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            okrs: "---\nobjectives:\n  - {title: First version}\n---\n",
        ], under: base)
        let (server, task, site) = try await serve(base)
        defer { task.cancel() }
        let options = server.options

        let (status, home) = try await get(site.appendingPathComponent("company/"))
        #expect(status == 200 && home.contains("First version") && home.contains("/__okr/reload.js"))
        #expect(home.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';"#))
        let (scriptStatus, script) = try await get(site.appendingPathComponent("__okr/reload.js"))
        #expect(scriptStatus == 200 && script.contains("/__okr/status"))
        #expect(try await get(URL(string: "\(site.absoluteString)%2e%2e/content/portal.yaml")!).0 == 404)

        try write([okrs: "---\nobjectives:\n  - {title: Second version}\n---\n"], under: base)
        // How fast a change shows is benchmarks/serve-benchmark.py's to measure; here only
        // that it shows (waitForStatus gives up after 10 s). A bound in seconds failed when
        // the machine was busy with another build.
        _ = try await waitForStatus(site) { $0.contains("\"build\": 2") }
        #expect(try await get(site.appendingPathComponent("company/")).1.contains("Second version"))

        try write([okrs: "---\nobjectives:\n  - title: [broken\n---\n"], under: base)
        _ = try await waitForStatus(site) { $0.contains("\"ok\": false") }
        let (_, statusText) = try await get(site.appendingPathComponent("__okr/status"))
        #expect(statusText.contains("content/okrs/2026-Q4/company.md:3:"))
        #expect(try await get(site.appendingPathComponent("company/")).1.contains("Second version"), "the last good site stays served")
        #expect(try await get(site.appendingPathComponent("nowhere/")).0 == 404)
        let redirect = PreviewServer.respond(to: "/company", site: server.state.site)
        #expect(redirect.status == 301 && redirect.header("Location") == "/company/")
        var head = URLRequest(url: site.appendingPathComponent("company/"))
        head.httpMethod = "HEAD"
        let (headBody, headResponse) = try await URLSession.shared.data(for: head)
        let length = (headResponse as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Length")
        #expect((headResponse as? HTTPURLResponse)?.statusCode == 200 && headBody.isEmpty)
        #expect(length == String(Data(try await get(site.appendingPathComponent("company/")).1.utf8).count), "HEAD tells the length GET sends")
        #expect(!FileManager.default.fileExists(atPath: options.outputDirectory.path), "the preview is served from memory")
    }

    /// With `navigateToChanged`, the status names the page of the one file that changed (its
    /// cycle's page when that cycle is not the current one); a change to the settings, which
    /// every page reads, names none.
    @Test func namesThePageOfTheFileThatChanged() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let portal = "title: Live\nlanguages: [zh, en]\ncycles:\n  - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n"
        let ana = "content/okrs/2026-Q4/people/ana.md", old = "content/okrs/2026-Q3/people/ana.md"
        try write([
            "content/portal.yaml": portal,
            "content/org/people.yaml": "- {id: ana, name: Ana}\n",
            ana: "---\nobjectives:\n  - {title: First version}\n---\n",
            old: "---\nobjectives:\n  - {title: Last quarter}\n---\n",
        ], under: base)
        let (_, task, site) = try await serve(base) { $0.navigateToChanged = true }
        defer { task.cancel() }
        _ = try await waitForStatus(site) { $0.contains("\"build\": 1,") }
        #expect(try await get(site.appendingPathComponent("__okr/status")).1.contains(#""page": null, "language": "zh""#), "the first check names none")

        try write([ana: "---\nobjectives:\n  - {title: Second version}\n---\n"], under: base)
        _ = try await waitForStatus(site) { $0.contains("\"build\": 2,") }
        #expect(try await get(site.appendingPathComponent("__okr/status")).1.contains(#""page": "people/ana/""#))
        try write([old: "---\nobjectives:\n  - {title: Last quarter again}\n---\n"], under: base)
        _ = try await waitForStatus(site) { $0.contains("\"build\": 3,") }
        #expect(try await get(site.appendingPathComponent("__okr/status")).1.contains(#""page": "people/ana/2026-Q3/""#))
        try write(["content/portal.yaml": portal.replacingOccurrences(of: "Live", with: "Alive")], under: base)
        _ = try await waitForStatus(site) { $0.contains("\"build\": 4,") }
        #expect(try await get(site.appendingPathComponent("__okr/status")).1.contains(#""page": null"#))
        // A mistake check --fix can mend is said so over the page.
        try write([ana: "---\nobjectives:\n  - {title: Second version, type: commited}\n---\n"], under: base)
        _ = try await waitForStatus(site) { $0.contains("\"ok\": false") }
        #expect(try await get(site.appendingPathComponent("__okr/status")).1.contains(#"[out-of-range]\nokr-portal check --fix can mend 1 of them\n"#))
    }
}

@Suite struct PreviewServerThemeTests {
    /// `serve` without `--templates` uses ./Templates whenever it exists: a first override
    /// made while the preview runs shows at the next check, and removing it brings the
    /// built-in theme back.
    @Test func aThemeFolderMadeWhileServingIsPickedUp() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try write([
            "content/portal.yaml": "title: Themed\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            "content/okrs/2026-Q4/company.md": "---\nobjectives:\n  - {title: Grow}\n---\n",
        ], under: base)
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        var server = PreviewServer(options: options, host: "127.0.0.1", port: 0, watched: [options.contentDirectory], log: { _ in })
        let theme = base.appendingPathComponent("Templates")
        server.themeWhenPresent = theme
        let port = PortBox()
        let running = server
        let task = Task { try await running.run { bound in Task { await port.set(bound) } } }
        defer { task.cancel() }
        let site = URL(string: "http://127.0.0.1:\(try await port.value())/")!
        let tests = PreviewServerTests()
        _ = try await tests.waitForStatus(site) { $0.contains("\"build\": 1") }
        #expect(try await tests.get(site.appendingPathComponent("company/")).1.contains("<h3 id=\"O1-title\">"))

        // The folder and its file come in two steps, which may be two checks: wait for the page.
        func company(until condition: (String) -> Bool) async throws -> String {
            let started = ContinuousClock.now
            while true {
                let page = try await tests.get(site.appendingPathComponent("company/")).1
                if condition(page) || ContinuousClock.now - started > .seconds(10) { return page }
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        try write(["Templates/partials/objective.mustache": "<p class=\"custom\">{{title}}</p>"], under: base)
        #expect(try await company { $0.contains("class=\"custom\"") }.contains("<p class=\"custom\">Grow</p>"))

        try FileManager.default.removeItem(at: theme)
        let page = try await company { !$0.contains("class=\"custom\"") }
        #expect(!page.contains("class=\"custom\"") && page.contains("<h3 id=\"O1-title\">"))
    }
}

@Suite struct PreviewServerLogTests {
    /// A first check that fails has no earlier site to fall back on, and says so.
    @Test func aFailureWithNothingBuiltYetSaysSo() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try write(["content/portal.yaml": "title: [broken\n"], under: base)
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        let lines = Mutex<[String]>([])
        let server = PreviewServer(options: options, host: "127.0.0.1", port: 0, watched: [], log: { line in lines.withLock { $0.append(line) } })
        await server.rebuild()
        #expect(lines.withLock { $0 }.first?.hasPrefix("the sources do not build, nothing to serve until it does:\ncontent/portal.yaml:1:") == true)
        #expect(server.state.site == nil)
    }

    /// A successful check says its warnings in the right number, and `quiet` keeps it silent.
    @Test func aCheckCountsItsWarningsInWords() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try write([
            "content/portal.yaml": "title: T\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            "content/org/people.yaml": "- {id: ana, name: Ana}\n",
            "content/okrs/2026-Q4/people/ana.md": "---\nobjectives:\n  - {title: Grow partner sales in Spain, confidence: 7, key_results: [{title: Deals from 1 to 9, start: 1, target: 9, checkins: [{date: 2026-11-16, value: 3}]}, {title: Revenue from 2 to 8, start: 2, target: 8, checkins: [{date: 2026-11-16, value: 3}]}]}\n---\n",
        ], under: base)
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        let lines = Mutex<[String]>([])
        var server = PreviewServer(options: options, host: "127.0.0.1", port: 0, watched: [], log: { line in lines.withLock { $0.append(line) } })
        await server.rebuild()
        #expect(lines.withLock { $0 }.first?.hasSuffix("; 1 warning") == true, "\(lines.withLock { $0 })")
        server.quiet = true
        await server.rebuild()
        #expect(lines.withLock { $0 }.count == 1, "a quiet server says nothing when all is well")
    }
}

@Suite struct PreviewServerDateTests {
    /// Without SOURCE_DATE_EPOCH the preview follows the calendar: a new day means a new
    /// check, with no file changed.
    @Test func aNewDayChecksAgain() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try write(["content/portal.yaml": "title: Days\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n"], under: base)
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        let day = Mutex(Day(iso: "2026-11-20")!)
        var server = PreviewServer(options: options, host: "127.0.0.1", port: 0, watched: [options.contentDirectory], log: { _ in })
        server.buildDate = { day.withLock { $0 } }
        let port = PortBox()
        let running = server
        let task = Task { try await running.run { bound in Task { await port.set(bound) } } }
        defer { task.cancel() }
        let site = URL(string: "http://127.0.0.1:\(try await port.value())/")!
        _ = try await PreviewServerTests().waitForStatus(site) { $0.contains("\"build\": 1") }
        #expect(try await PreviewServerTests().get(site).1.contains("2026-11-20"))
        day.withLock { $0 = Day(iso: "2026-11-21")! }
        _ = try await PreviewServerTests().waitForStatus(site) { $0.contains("\"build\": 2") }
        #expect(try await PreviewServerTests().get(site).1.contains("2026-11-21"))
    }
}

/// What hostile or broken clients get: bounded, linear reading of the request, answers that
/// never leave the host, and a server that keeps answering everyone else meanwhile.
@Suite struct PreviewServerHostileClientTests {
    /// Sends `bytes` on a new connection and returns what comes back until the server closes.
    static func exchange(_ port: UInt16, _ bytes: [UInt8]) -> String {
        let connection = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(connection) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(connection, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return "" }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { send(connection, $0.baseAddress! + offset, min(65_536, $0.count - offset), Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { break }  // the server may answer and close before reading it all
            offset += sent
        }
        var reply: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = block.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            reply += block[..<count]
        }
        return String(decoding: reply, as: UTF8.self)
    }

    @Test func longRequestsAreRefusedAndOthersStillAnswered() async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try write([
            "content/portal.yaml": "title: Live\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
            "content/org/people.yaml": "- {id: ana, name: Ana}\n",
        ], under: base)
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        let port = PortBox()
        let server = PreviewServer(options: options, host: "127.0.0.1", port: 0, watched: [], log: { _ in })
        let task = Task { try await server.run { bound in Task { await port.set(bound) } } }
        defer { task.cancel() }
        let bound = try await port.value()

        // Two 1 MB request lines at once (the old server spent 100 CPU-seconds on these and
        // then answered nobody), and headers past 16 KB.
        let longLine = Array("GET /".utf8) + Array(repeating: UInt8(ascii: "a"), count: 1 << 20) + Array(" HTTP/1.1\r\n\r\n".utf8)
        async let first = Task.detached { Self.exchange(bound, longLine) }.value
        async let second = Task.detached { Self.exchange(bound, longLine) }.value
        // The fastest of three, so a test running beside others on a busy machine measures the
        // server rather than the scheduler.
        var took = Duration.seconds(60)
        for _ in 0..<3 {
            let started = ContinuousClock.now
            let normal = Self.exchange(bound, Array("GET /people/ HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            took = min(took, ContinuousClock.now - started)
            #expect(normal.hasPrefix("HTTP/1.1 200 OK\r\n") && normal.contains("Ana"))
        }
        // The old server answered nobody for 100 s; a second leaves room for a busy machine.
        #expect(took < .seconds(1), "a normal request is answered at once: \(took)")
        #expect(await first.hasPrefix("HTTP/1.1 414 "))
        #expect(await second.hasPrefix("HTTP/1.1 414 "))
        let header = "X-Filler: " + String(repeating: "b", count: 20_000) + "\r\n"
        #expect(Self.exchange(bound, Array("GET / HTTP/1.1\r\n\(header)\r\n".utf8)).hasPrefix("HTTP/1.1 431 "))

        // Redirects stay on this host; other methods and broken lines are refused.
        let offSite = Self.exchange(bound, Array("GET //people HTTP/1.1\r\n\r\n".utf8))
        #expect(offSite.hasPrefix("HTTP/1.1 301 ") && offSite.contains("\r\nLocation: /people/\r\n"))
        #expect(Self.exchange(bound, Array("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n".utf8)).hasPrefix("HTTP/1.1 405 "))
        #expect(Self.exchange(bound, Array("nonsense\r\n\r\n".utf8)).hasPrefix("HTTP/1.1 400 "))
        let head = Self.exchange(bound, Array("HEAD /people/ HTTP/1.1\r\n\r\n".utf8))
        #expect(head.hasPrefix("HTTP/1.1 200 ") && head.hasSuffix("\r\n\r\n"), "HEAD has no body")
    }
}

@Suite struct PreviewServerStartTests {
    func server(host: String, port: UInt16, base: URL? = nil) throws -> PreviewServer {
        let base = try base ?? temporaryFolder()
        try write(["content/portal.yaml": "title: Live\n"], under: base)
        let options = BuildOptions(
            contentDirectory: base.appendingPathComponent("content"), outputDirectory: base.appendingPathComponent("public"),
            buildDate: Day(iso: "2026-11-20")!)
        return PreviewServer(options: options, host: host, port: port, watched: [], log: { _ in })
    }

    /// The socket library's own words were "SocketError. inet_pton AF_INET(0): Success".
    @Test func aHostThatIsNoAddressIsSaidSo() async throws {
        await #expect {
            try await server(host: "999.1.1.1", port: 0).run()
        } throws: { error in
            "\(error)" == "cannot listen on 999.1.1.1:0: not an IPv4 address; use 127.0.0.1 for this machine only, or 0.0.0.0 for every interface"
        }
    }

    @Test func aPortInUseIsSaidSo() async throws {
        let port = PortBox()
        let first = try server(host: "127.0.0.1", port: 0)
        let running = Task { try await first.run { bound in Task { await port.set(bound) } } }
        defer { running.cancel() }
        let bound = try await port.value()
        let second = try temporaryFolder()
        await #expect {
            try await server(host: "127.0.0.1", port: bound, base: second).run()
        } throws: { error in
            "\(error)" == "cannot listen on 127.0.0.1:\(bound): the port is in use; pick another with --port, or 0 for a free one"
        }
        #expect(!FileManager.default.fileExists(atPath: second.appendingPathComponent("public").path), "nothing is built before the port is ours")
    }
}

actor PortBox {
    var port: UInt16?
    func set(_ value: UInt16) { port = value }
    func value() async throws -> UInt16 {
        for _ in 0..<100 {
            if let port { return port }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CancellationError()
    }
}

@Suite struct SourceWatcherTests {
    /// Both ways of noticing changes see edits, new files in new folders (and edits there),
    /// deletions, and leave editors' hidden swap files alone.
    @Test(arguments: [true, false])
    func noticesEveryKindOfChange(kernelEvents: Bool) async throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try write(["content/portal.yaml": "title: A\n", "content/okrs/q/company.md": "x"], under: base)
        let watcher = SourceWatcher(folders: [base.appendingPathComponent("content"), base.appendingPathComponent("Templates")], allowKernelEvents: kernelEvents)
        #if os(Linux)
        #expect(watcher.method == (kernelEvents ? .kernelEvents : .scanning))
        #endif
        #expect(!watcher.changed())

        try write(["content/portal.yaml": "title: Changed\n"], under: base)
        #expect(watcher.changed())
        #expect(!watcher.changed(), "reported once")

        try write(["content/okrs/new-cycle/people/ana.md": "a"], under: base)
        #expect(watcher.changed())
        try write(["content/okrs/new-cycle/people/ana.md": "edited in the new folder"], under: base)
        #expect(watcher.changed())

        try write(["content/okrs/q/.company.md.swp": "swap"], under: base)
        #expect(!watcher.changed(), "hidden files are not sources")

        try FileManager.default.removeItem(at: base.appendingPathComponent("content/okrs/q/company.md"))
        #expect(watcher.changed())

        try write(["Templates/layout.mustache": "a folder that did not exist at the start"], under: base)
        #expect(watcher.changed(), "a watched folder that did not exist at the start")
        try write(["Templates/layout.mustache": "edited"], under: base)
        #expect(watcher.changed(), "and is watched from then on")
    }
}
