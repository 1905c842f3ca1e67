import KnowledgeGraph

/// For fuzzing and tests only: the same image with its length and checksums rewritten to match its
/// bytes (every section's that the table places inside it, then the table's), so that changes
/// inside it reach the checks behind the checksums.
public enum CompiledImageRepair {
    public static func resealed(_ image: [UInt8]) -> [UInt8] {
        guard image.count >= ImageFormat.headerSize else { return image }
        var sealed = image
        withUnsafeBytes(of: UInt64(image.count).littleEndian) { sealed.replaceSubrange(16..<24, with: $0) }
        let count = Int(UInt32(littleEndian: sealed.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 12, as: UInt32.self) }))
        let table = Int(clamping: UInt64(littleEndian: sealed.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 32, as: UInt64.self) }))
        guard table >= ImageFormat.headerSize, table <= sealed.count else { return sealed }
        for index in 0..<min(count, (sealed.count - table) / ImageFormat.tableEntrySize) {
            let entry = table + index * ImageFormat.tableEntrySize
            let (width, offset, elements) = sealed.withUnsafeBytes { bytes in
                (UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self))),
                 UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: entry + 8, as: UInt64.self)),
                 UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: entry + 16, as: UInt64.self)))
            }
            let (size, overflow) = elements.multipliedReportingOverflow(by: width)
            guard !overflow, offset <= UInt64(sealed.count), size <= UInt64(sealed.count) - offset else { continue }
            let checksum = sealed.withUnsafeBytes { ImageChecksum.of(UnsafeRawBufferPointer(rebasing: $0[Int(offset)..<Int(offset + size)])) }
            withUnsafeBytes(of: checksum.littleEndian) { sealed.replaceSubrange((entry + 24)..<(entry + 32), with: $0) }
        }
        let checksum = sealed.withUnsafeBytes { ImageChecksum.of(UnsafeRawBufferPointer(rebasing: $0[table...])) }
        withUnsafeBytes(of: checksum.littleEndian) { sealed.replaceSubrange(24..<32, with: $0) }
        return sealed
    }
}
