import KnowledgeGraph

/// The checksum of a compiled image's parts: XXH64 with seed 0 (xxHash's 64-bit algorithm, as
/// `xxhsum -H64` prints it), so a file can be checked by other tools, and fast enough that checking
/// a section costs about as much as reading it.
enum ImageChecksum {
    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5
    /// Bytes read between calls of `visited`: a multiple of the 32 bytes the algorithm reads at once.
    private static let chunk = 1 << 20

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        of(bytes) { _ in }
    }

    /// The checksum of `bytes`, read a megabyte at a time: `visited` is called with each range, in
    /// order, once it has been read, so a caller can check the same bytes and let their pages go.
    static func of(_ bytes: UnsafeRawBufferPointer, visited: (Range<Int>) -> Void) -> UInt64 {
        let count = bytes.count
        var offset = 0
        var reported = 0
        defer { if reported < count { visited(reported..<count) } }
        var hash: UInt64
        if count >= 32 {
            var lanes = startingLanes
            while offset + 32 <= count {
                stripe(&lanes, bytes, offset)
                offset += 32
                if offset - reported == chunk {
                    visited(reported..<offset)
                    reported = offset
                }
            }
            hash = converge(lanes)
        } else {
            hash = prime5
        }
        return finish(hash &+ UInt64(count), tail: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
    }

    typealias Lanes = (UInt64, UInt64, UInt64, UInt64)
    static let startingLanes: Lanes = (prime1 &+ prime2, prime2, 0, 0 &- prime1)

    /// The four lanes after a 32-byte stripe starting at `offset`.
    static func stripe(_ lanes: inout Lanes, _ bytes: UnsafeRawBufferPointer, _ offset: Int) {
        lanes.0 = round(lanes.0, word(bytes, offset))
        lanes.1 = round(lanes.1, word(bytes, offset + 8))
        lanes.2 = round(lanes.2, word(bytes, offset + 16))
        lanes.3 = round(lanes.3, word(bytes, offset + 24))
    }

    /// The lanes made one, for an input of 32 bytes or more.
    static func converge(_ lanes: Lanes) -> UInt64 {
        var hash = rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
        hash = merge(hash, lanes.0)
        hash = merge(hash, lanes.1)
        hash = merge(hash, lanes.2)
        return merge(hash, lanes.3)
    }

    /// The checksum from `hash` (with the input's length added) and the last bytes, fewer than 32.
    static func finish(_ start: UInt64, tail: UnsafeRawBufferPointer) -> UInt64 {
        var (hash, offset, count) = (start, 0, tail.count)
        while offset + 8 <= count {
            hash ^= round(0, word(tail, offset))
            hash = rotate(hash, 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            hash ^= UInt64(UInt32(littleEndian: tail.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) &* prime1
            hash = rotate(hash, 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            hash ^= UInt64(tail[offset]) &* prime5
            hash = rotate(hash, 11) &* prime1
            offset += 1
        }
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        hash = hash &* prime3
        return hash ^ (hash >> 32)
    }

    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    private static func round(_ lane: UInt64, _ input: UInt64) -> UInt64 {
        rotate(lane &+ input &* prime2, 31) &* prime1
    }

    private static func merge(_ hash: UInt64, _ lane: UInt64) -> UInt64 {
        (hash ^ round(0, lane)) &* prime1 &+ prime4
    }

    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
