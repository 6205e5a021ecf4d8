import Foundation
import OKRDiff
import OKRLoader
import OKRModel
import OKRRender

extension Site {
    /// `okr-portal diff BASE [HEAD]`: loads the content folder at two git revisions (the
    /// working tree when `head` is nil) and compares their OKRs. A file with the same bytes in
    /// both is parsed once. Throws when a revision cannot be read from git.
    public static func diff(_ options: BuildOptions, base: String, head: String?) async throws(GitContent.Failure) -> ChangeReport {
        let folder = options.contentDirectory
        let cache = ParseCache()
        let clock = ContinuousClock()
        var started = clock.now
        let sources = try GitContent.revisions([base] + (head.map { [$0] } ?? []), folder: folder)
        let (old, new) = (sources[0], head == nil ? GitContent.workingTree(folder) : sources[1])
        options.progress(.step("read the revisions from git", clock.now - started))
        let before = await load(options, cache: cache, source: old)
        let after = await load(options, cache: cache, source: new)
        started = clock.now
        let links = after.content.config.baseURL.map { ObjectiveLinks(content: after.content, buildDate: after.buildDate, baseURL: $0) }
        var report = Comparison.compare(
            before.revision, after.revision, baseName: base, headName: head ?? "the working tree",
            url: { key, keyResult in links?.url(key, keyResult: keyResult) })
        report.headErrors = after.diagnostics.errorCount
        options.progress(.step("compare: \(report.changes.count) changes", clock.now - started))
        return report
    }
}

extension Site.Loaded {
    var revision: Revision { Revision(content: content, graph: graph, findings: findings, buildDate: buildDate) }
}
