import OKRModel

/// How big a built site is, as the build's summary says it, and whether it has outgrown the
/// static hosts `init`'s workflows publish to: a company learns it from the build that
/// crosses the line, not from a deployment that fails later.
public enum SiteSize {
    /// GitHub Pages publishes sites of at most 1 GB, and GitLab.com's Pages takes at most 1 GB;
    /// the smaller reading of "GB" (10⁹ bytes) is the one that cannot be over either way.
    public static let hostBytes = 1_000_000_000
    /// GitLab.com's Pages also takes at most 200,000 files.
    public static let hostFiles = 200_000

    /// "746.1 MB", "2.9 MB", "412 KB": decimal units, as hosts state their limits.
    public static func described(_ bytes: Int) -> String {
        if bytes >= 1_000_000 {
            let tenths = (bytes + 50_000) / 100_000
            return "\(Format.number(Double(tenths / 10))).\(tenths % 10) MB"
        }
        return "\(Format.number(Double((bytes + 500) / 1_000))) KB"
    }

    /// One note naming every host limit the site passes and what makes a site smaller; none
    /// for a site within them.
    public static func hostingNotes(bytes: Int, files: Int, languages: Int) -> [String] {
        var over: [String] = []
        if bytes > hostBytes { over.append("\(described(bytes)), over the 1 GB that GitHub Pages and GitLab.com's Pages publish") }
        if files > hostFiles { over.append("\(Format.number(Double(files))) files, over the 200,000 that GitLab.com's Pages takes") }
        guard !over.isEmpty else { return [] }
        let smaller = languages > 1
            ? "each of its \(languages) languages (`languages:` in portal.yaml) is a full copy of the pages, so publishing fewer makes it smaller, or publish to a host without these limits"
            : "publish to a host without these limits (a web server, object storage, or a self-managed GitLab set higher)"
        return ["the site is " + over.joined(separator: " and ") + "; " + smaller]
    }
}
