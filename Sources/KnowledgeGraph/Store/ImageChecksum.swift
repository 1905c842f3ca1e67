/// A 64-bit checksum of a compiled image, to tell a damaged file from a good one. Reads eight bytes
/// at a time, so checking a large file costs about as much as reading it.
enum ImageChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let words = bytes.count / 8
        for index in 0..<words {
            let word = bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            hash = mix(hash, word)
        }
        var tail: UInt64 = 0
        for index in (words * 8)..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        return mix(hash, tail)
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let scrambled = (word &* 0xC2B2_AE3D_27D4_EB4F)
        let rotated = (scrambled << 31) | (scrambled >> 33)
        let combined = hash ^ (rotated &* 0x9E37_79B9_7F4A_7C15)
        return ((combined << 27) | (combined >> 37)) &* 5 &+ 0x52DC_E729
    }
}
