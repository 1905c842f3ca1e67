import KnowledgeGraph

/// Lays sections out in one buffer: the header, each section aligned to 8 bytes, then the section
/// table. Each table entry holds its section's checksum, and the header the table's, so a reader
/// can check the table at open and each section when it first needs it. All numbers are little-endian.
///
/// Sections are kept as they are given and copied once, into memory of the image's exact size,
/// each released as soon as it is copied: a large image is never held twice over, nor grown by doubling.
struct ImageWriter {
    private var pending: [(section: ImageSection, width: Int, count: Int, byteCount: Int, copy: (UnsafeMutableRawPointer) -> UInt64)] = []

    /// Adds a section; its width is the element type's, which the reader checks against `ImageSection.width`.
    mutating func append<T: FixedWidthInteger>(_ section: ImageSection, _ values: [T]) {
        pending.append((section, MemoryLayout<T>.size, values.count, values.count * MemoryLayout<T>.size, { target in
            let bytes = UnsafeMutableRawBufferPointer(start: target, count: values.count * MemoryLayout<T>.size)
            #if _endian(little)
            values.withUnsafeBytes { bytes.copyMemory(from: $0) }
            #else
            for (index, value) in values.enumerated() {
                bytes.storeBytes(of: value.littleEndian, toByteOffset: index * MemoryLayout<T>.size, as: T.self)
            }
            #endif
            return ImageChecksum.of(UnsafeRawBufferPointer(bytes))
        }))
    }

    /// Adds a section of `count` bytes that `write` puts straight into the image, so a large section
    /// made of parts (the documents' texts) is never gathered into an array first.
    mutating func appendBytes(_ section: ImageSection, count: Int, _ write: @escaping (UnsafeMutableRawBufferPointer) -> Void) {
        pending.append((section, 1, count, count, { target in
            let bytes = UnsafeMutableRawBufferPointer(start: target, count: count)
            write(bytes)
            return ImageChecksum.of(UnsafeRawBufferPointer(bytes))
        }))
    }

    /// The finished image, in memory the returned buffer owns.
    consuming func finish() throws -> ImageBuffer {
        var offsets: [Int] = []
        var end = ImageFormat.headerSize
        for entry in pending {
            offsets.append(end)
            end += (entry.byteCount + 7) / 8 * 8
        }
        let tableOffset = end
        let count = tableOffset + pending.count * ImageFormat.tableEntrySize
        // Not cleared first: each page is first touched when its section is copied, while the
        // sections before it have already let their values go. Only the padding is zeroed.
        let memory = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 16)
        var table: [UInt8] = []
        // Taken from the end of a reversed list, each section's values go as soon as they are copied.
        pending.reverse()
        for offset in offsets {
            guard let entry = pending.popLast() else { break }
            let checksum = entry.copy(memory + offset)
            let padding = (entry.byteCount + 7) / 8 * 8 - entry.byteCount
            (memory + offset + entry.byteCount).initializeMemory(as: UInt8.self, repeating: 0, count: padding)
            if entry.byteCount >= 8 << 20 { FreedMemory.giveBack() }
            Self.put(entry.section.rawValue, &table)
            Self.put(UInt32(entry.width), &table)
            Self.put(UInt64(offset), &table)
            Self.put(UInt64(entry.count), &table)
            Self.put(checksum, &table)
        }
        table.withUnsafeBytes { (memory + tableOffset).copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count) }
        var header = ImageFormat.magic
        Self.put(ImageFormat.version, &header)
        Self.put(UInt32(offsets.count), &header)
        Self.put(UInt64(count), &header)
        Self.put(table.withUnsafeBytes(ImageChecksum.of), &header)
        Self.put(UInt64(tableOffset), &header)
        header.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count) }
        return try ImageBuffer(adopting: memory, count: count)
    }

    private static func put<T: FixedWidthInteger>(_ value: T, _ bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
