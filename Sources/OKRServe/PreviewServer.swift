import Foundation
import OKRSupport
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import OKRLoader
import OKRModel
import OKRRender
import OKRSite

/// `okr-portal serve`: checks the sources, serves the site from memory on a loopback address
/// (each page rendered when it is asked for, see `PreviewSite`), checks again when a source
/// changes, and makes open pages reload. A change that does not build keeps the last good
/// site served and shows the problems over the page and in the terminal.
public struct PreviewServer: Sendable {
    public var options: BuildOptions
    public var host: String
    public var port: UInt16
    /// Folders whose changes trigger a rebuild.
    public var watched: [URL]
    /// Prints one line of news (a rebuild, its problems).
    public var log: @Sendable (String) -> Void
    /// Only problems are logged, not each successful check.
    public var quiet = false
    /// After a check in which exactly one file that makes a page changed (a person's, a
    /// team's, the company's or an OKR file), open pages go to that page instead of
    /// reloading themselves, as `hugo server --navigateToChanged` does.
    public var navigateToChanged = false
    /// The build date of each check; nil keeps the one in `options`. `serve` passes the date
    /// a build would take (SOURCE_DATE_EPOCH, else today), so a session that runs past
    /// midnight (UTC) shows the new day's status.
    public var buildDate: @Sendable () -> Day? = { nil }
    /// A theme folder used while it exists, when `options` names none: `serve` without
    /// `--templates` passes `./Templates`, so a first override made while the preview runs
    /// (or the folder removed) takes effect at the next check, as it would for `build`.
    public var themeWhenPresent: URL?
    /// Parsed content files kept between checks: after an edit only changed files are parsed.
    let parsed = ParseCache()
    /// The site being served and the last check's outcome.
    let state = BuildState()

    public init(options: BuildOptions, host: String, port: UInt16, watched: [URL], log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.watched = watched
        self.log = log
    }

    /// Why the server could not start, said in words rather than as the socket library's
    /// error ("SocketError. Bind(98): …").
    public struct ListenError: Error, CustomStringConvertible {
        public var host: String
        public var port: UInt16
        public var reason: String
        public var description: String { "cannot listen on \(host):\(port): \(reason)" }
    }

    /// Serves until the task is cancelled. `ready` receives the listening port.
    public func run(ready: @escaping @Sendable (UInt16) -> Void = { _ in }) async throws {
        let listener: HTTPListener
        do {
            listener = try HTTPListener(host: host, port: port)
        } catch .notAnAddress {
            throw ListenError(host: host, port: port, reason: "not an IPv4 address; use 127.0.0.1 for this machine only, or 0.0.0.0 for every interface")
        } catch .failed(let code, let message) {
            // EADDRINUSE is the usual one: another server (often an earlier `serve`) has the port.
            throw ListenError(host: host, port: port, reason: code == EADDRINUSE ? "the port is in use; pick another with --port, or 0 for a free one" : message)
        }
        let state = self.state
        let sources = SourceWatcher(folders: watched + (themeWhenPresent.map { [$0] } ?? []))
        let watcher = Task {
            // Build once the port is ours, so a second `serve` on a taken port fails at once.
            await rebuild()
            ready(listener.port)
            var checkedFor = buildDate()
            while !Task.isCancelled {
                try? await Task.sleep(for: sources.interval)
                // A new day changes what is on track and who is quiet: check again then too.
                let today = buildDate()
                if sources.changed() || today != checkedFor {
                    checkedFor = today
                    await rebuild()
                }
            }
        }
        defer { watcher.cancel() }
        await listener.serve { request in
            switch request.path {
            case "/__okr/status":
                return HTTPListener.Response(status: 200, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")], body: Data(state.status().utf8))
            // The reload script is a file, not inline, so the pages' Content-Security-Policy
            // (script-src 'self') holds while previewing too.
            case "/__okr/reload.js":
                return HTTPListener.Response(status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8"), ("Cache-Control", "no-store")], body: Data(Self.reloadScript.utf8))
            default:
                return Self.respond(to: request.path, site: state.site)
            }
        }
    }

    func rebuild() async {
        let started = ContinuousClock.now
        var options = options
        if let today = buildDate() { options.buildDate = today }
        if options.templatesDirectory == nil, let theme = themeWhenPresent {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: theme.path, isDirectory: &isFolder), isFolder.boolValue {
                options.templatesDirectory = theme
            }
        }
        let (report, renderer) = await Site.preview(options, cache: parsed)
        let errors = report.diagnostics.filter { $0.severity == .error }
        let problems = DiagnosticFormat.text.format(errors) + (DiagnosticFormat.mendable(errors).map { $0 + "\n" } ?? "")
        state.record(site: renderer.map(PreviewSite.init), problems: problems, changedPage: navigateToChanged ? renderer.flatMap(changedPage) : nil)
        let elapsed = ContinuousClock.now - started
        if report.succeeded {
            if !quiet {
                log("checked, \(Format.number(Double(report.pages))) pages ready in \(elapsed.formatted(.units(allowed: [.milliseconds]))); "
                    + DiagnosticFormat.counted(report.diagnostics.warningCount, "warning"))
            }
        } else {
            let serving = state.site == nil ? "nothing to serve until it does" : "still serving the last good site"
            log("the sources do not build, \(serving):\n" + problems)
        }
    }

    /// The page of the one file that changed in the last check, when exactly one did and it
    /// makes a page; relative to a language's root.
    func changedPage(_ renderer: SiteRenderer) -> String? {
        guard let changed = parsed.changedInLastLoad, changed.count == 1,
              let (owner, cycle) = ContentFileOwner.owner(ofFile: changed[0]) else { return nil }
        return renderer.pageOfOwner(owner, cycle: cycle)
    }

    /// The answer to a request for `path`, percent-encoded as sent; HEAD gets the same
    /// answer without its body (`HTTPListener` leaves it out).
    static func respond(to path: String, site: PreviewSite?) -> HTTPListener.Response {
        let answer = site?.answer(path) ?? .notFound
        if case .redirect(let location) = answer {
            return HTTPListener.Response(status: 301, headers: [("Location", location)])
        }
        guard case .file(let file) = answer else {
            let notFound = site?.notFoundPage.map { $0.withBytes { Data($0) } } ?? Data("Not found\n".utf8)
            return HTTPListener.Response(status: 404, headers: [("Content-Type", "text/html; charset=utf-8")], body: injectReload(notFound))
        }
        let type = PreviewSite.contentType(of: file.path)
        let data = file.withBytes { Data($0) }
        let body = type.hasPrefix("text/html") ? injectReload(data) : data
        return HTTPListener.Response(status: 200, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: body)
    }

    /// Adds the reload script before `</body>`; only served pages get it, never the files.
    static func injectReload(_ html: Data) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        if let end = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: reloadTag, at: end.lowerBound)
        } else {
            text += reloadTag
        }
        return Data(text.utf8)
    }

    static let reloadTag = "<script src=\"/__okr/reload.js\"></script>\n"

    /// Polls the status every half second: reloads after a successful rebuild, and shows the
    /// errors of a failed one over the page until they are fixed. The box is styled through
    /// the CSS object model, which the pages' style-src 'self' allows.
    static let reloadScript = """
    (function () {
      var seen = null;
      function show(text) {
        var box = document.getElementById("okr-portal-errors");
        if (!text) { if (box) box.remove(); return; }
        if (!box) {
          box = document.createElement("pre");
          box.id = "okr-portal-errors";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:50vh;overflow:auto;margin:0;padding:1rem;z-index:1000;white-space:pre-wrap;font:13px/1.4 monospace;background:#fff3f2;color:#7a1c14;border:2px solid #b3261e;border-radius:.5rem";
          document.body.appendChild(box);
        }
        box.textContent = "okr-portal: the last change does not build; this page shows the last good version.\\n\\n" + text;
      }
      function poll() {
        fetch("/__okr/status", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
          if (seen === null) seen = s.build;
          else if (s.build !== seen) {
            // The page of the file that changed (with --navigate-to-changed), in this page's language.
            var lang = document.documentElement.lang;
            var target = s.page === null ? null : "/" + (lang && lang !== s.language ? lang + "/" : "") + s.page;
            if (target && location.pathname !== target) location.assign(target); else location.reload();
            return;
          }
          show(s.ok ? "" : s.errors);
        }).catch(function () {}).finally(function () { setTimeout(poll, 500); });
      }
      poll();
    })();

    """
}

/// The site being served, and what the browser polls: how many builds succeeded, and the
/// errors of the last one. Read by the connection threads, written after each check.
final class BuildState: Sendable {
    private struct Fields {
        /// The last site that built; a failed build leaves it in place.
        var site: PreviewSite?
        var builds = 0
        var succeeded = true
        var problems = ""
        /// Where open pages go after this build instead of reloading; see `navigateToChanged`.
        var changedPage: String?
        /// The site's first language, whose pages have no language folder.
        var language = "en"
    }
    private let fields = Mutex(Fields())

    var site: PreviewSite? { fields.withLock { $0.site } }

    func record(site: PreviewSite?, problems: String, changedPage: String? = nil) {
        fields.withLock { fields in
            if let site {
                fields.site = site
                fields.builds += 1
                fields.changedPage = changedPage
                fields.language = site.renderer.index.content.config.defaultLanguage
            }
            fields.succeeded = site != nil
            fields.problems = problems
        }
    }

    func status() -> String {
        fields.withLock {
            "{\"build\": \($0.builds), \"ok\": \($0.succeeded), \"errors\": \(JSONWriter.quote($0.problems)), "
                + "\"page\": \($0.changedPage.map(JSONWriter.quote) ?? "null"), \"language\": \(JSONWriter.quote($0.language))}"
        }
    }
}
