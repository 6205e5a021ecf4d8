/// 64-bit FNV-1a: simple and fast enough to run over every source byte. It tells apart what
/// changed by accident (the build's fingerprint of its inputs, a problem's identity in a code
/// quality report), not what an adversary crafted.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    public static func hash(_ bytes: some Sequence<UInt8>, seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
