import Foundation
public func debugRSS(_ label: String) {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    let pages = Int(statm.split(separator: " ")[1])!
    FileHandle.standardError.write("[rss] \(label): \((pages * 4096) >> 20) MiB\n".data(using: .utf8)!)
}
