/// Lays sections out in one buffer: the header, each section aligned to 8 bytes, then the section
/// table. Each table entry holds its section's checksum, and the header the table's, so a reader
/// can check the table at open and each section when it first needs it. All numbers are little-endian.
struct ImageWriter {
    private var output: [UInt8] = Array(repeating: 0, count: ImageFormat.headerSize)
    private var table: [(section: ImageSection, width: Int, offset: Int, count: Int, checksum: UInt64)] = []

    /// Adds a section; its width is the element type's, which the reader checks against `ImageSection.width`.
    mutating func append<T: FixedWidthInteger>(_ section: ImageSection, _ values: [T]) {
        let littleEndian = values.map(\.littleEndian)
        table.append((section, MemoryLayout<T>.size, output.count, values.count, littleEndian.withUnsafeBytes(ImageChecksum.of)))
        littleEndian.withUnsafeBytes { output.append(contentsOf: $0) }
        output.append(contentsOf: repeatElement(0, count: (8 - output.count % 8) % 8))
    }

    /// The finished image.
    consuming func finish() -> [UInt8] {
        let tableOffset = output.count
        for entry in table {
            Self.put(entry.section.rawValue, &output)
            Self.put(UInt32(entry.width), &output)
            Self.put(UInt64(entry.offset), &output)
            Self.put(UInt64(entry.count), &output)
            Self.put(entry.checksum, &output)
        }
        var header = ImageFormat.magic
        Self.put(ImageFormat.version, &header)
        Self.put(UInt32(table.count), &header)
        Self.put(UInt64(output.count), &header)
        let checksum = output.withUnsafeBytes { ImageChecksum.of(UnsafeRawBufferPointer(rebasing: $0[tableOffset...])) }
        Self.put(checksum, &header)
        Self.put(UInt64(tableOffset), &header)
        output.replaceSubrange(0..<ImageFormat.headerSize, with: header)
        return output
    }

    private static func put<T: FixedWidthInteger>(_ value: T, _ bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
