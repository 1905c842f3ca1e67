extension ImageChecksum {
    /// The checksum of bytes given in parts, the same as `ImageChecksum.of` gives for the parts
    /// joined: for a section written to a file a part at a time, never gathered in memory.
    struct Stream {
        private var lanes = ImageChecksum.startingLanes
        /// Bytes waiting for a whole 32-byte stripe (always fewer than 32).
        private var carry: [UInt8] = []
        private var total = 0

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            total += bytes.count
            var offset = 0
            if !carry.isEmpty {
                offset = min(32 - carry.count, bytes.count)
                carry += bytes[0..<offset]
                guard carry.count == 32 else { return }
                carry.withUnsafeBytes { ImageChecksum.stripe(&lanes, $0, 0) }
                carry.removeAll(keepingCapacity: true)
            }
            while offset + 32 <= bytes.count {
                ImageChecksum.stripe(&lanes, bytes, offset)
                offset += 32
            }
            carry += bytes[offset...]
        }

        func finish() -> UInt64 {
            let hash = total >= 32 ? ImageChecksum.converge(lanes) : ImageChecksum.prime5
            return carry.withUnsafeBytes { ImageChecksum.finish(hash &+ UInt64(total), tail: $0) }
        }
    }
}
