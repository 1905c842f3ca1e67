/// A 64-bit checksum of a compiled image, to tell a damaged file from a good one. Four independent
/// lanes of eight-byte words, so the processor overlaps them and checking a large file costs about
/// as much as reading it.
enum ImageChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5)
        let blocks = bytes.count / 32
        for block in 0..<blocks {
            let offset = block * 32
            lanes.0 = round(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            lanes.1 = round(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            lanes.2 = round(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            lanes.3 = round(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
        }
        var hash = UInt64(bytes.count) &+ rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
        for index in (blocks * 32)..<bytes.count {
            hash = round(hash, UInt64(bytes[index]) &+ UInt64(index))
        }
        hash = (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    /// One word into a lane: a bijection of the word for a given lane, so any change to a word changes the lane.
    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        (lane ^ word) &* 0x9E37_79B9_7F4A_7C15
    }

    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
