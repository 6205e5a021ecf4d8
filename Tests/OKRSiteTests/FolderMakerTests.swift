import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OKRSupport
import OKRTestSupport
import Synchronization
import Testing
import OKRModel
import OKRRender
@testable import OKRSite

/// Folders are made by every task of a build through one `FolderMaker`.
@Suite struct FolderMakerTests {
    /// Many owners' pages share `people/` and `zh/people/`: each folder is made once, by
    /// whichever task comes first, and no task tries a shared one again.
    @Test func sharedFoldersAreMadeOnce() async throws {
        let folder = try TemporaryFolder()
        let folders = FolderMaker(root: folder.url.path)
        let owners = (0..<200).map { "p\($0)" }
        _ = await concurrentMap(owners) { owner in
            Result {
                for language in ["", "zh/"] {
                    try folders.make(for: "\(language)people/\(owner)/index.html")
                    try folders.make(for: "\(language)people/\(owner)/2026-Q4/index.html")
                }
            }
        }
        for owner in owners {
            #expect(FileManager.default.fileExists(atPath: folder.url.path + "/zh/people/\(owner)/2026-Q4"))
        }
        // people, zh, zh/people and each owner's two folders in two languages; two tasks
        // that reach a new shared folder together may both try it, so allow a few.
        #expect(folders.mkdirCalls >= 3 + 4 * owners.count && folders.mkdirCalls <= 3 + 4 * owners.count + 6)
    }
}
