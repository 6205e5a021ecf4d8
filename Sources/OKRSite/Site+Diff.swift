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
        let old = try GitContent.revision(base, folder: folder)
        let new = try head.map { revision throws(GitContent.Failure) in try GitContent.revision(revision, folder: folder) } ?? GitContent.workingTree(folder)
        let before = await load(options, cache: cache, source: old)
        let after = await load(options, cache: cache, source: new)
        let links = after.content.config.baseURL.map { ObjectiveLinks(content: after.content, buildDate: after.buildDate, baseURL: $0) }
        var report = Comparison.compare(
            before.revision, after.revision, baseName: base, headName: head ?? "the working tree",
            url: { key, keyResult in links?.url(key, keyResult: keyResult) })
        report.headErrors = after.diagnostics.errorCount
        return report
    }
}

extension Site.Loaded {
    var revision: Revision { Revision(content: content, graph: graph, findings: findings, buildDate: buildDate) }
}
