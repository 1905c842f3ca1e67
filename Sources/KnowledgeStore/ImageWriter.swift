import FileSafety
import KnowledgeGraph

/// Lays sections out in one buffer: the header, each section aligned to 8 bytes, then the section
/// table. Each table entry holds its section's checksum, and the header the table's, so a reader
/// can check the table at open and each section when it first needs it. All numbers are little-endian.
///
/// Sections are kept as they are given and copied once, into memory of the image's exact size,
/// each released as soon as it is copied: a large image is never held twice over, nor grown by doubling.
struct ImageWriter {
    /// Hands a section's bytes, in one part or several, to the function given.
    typealias Parts = ((UnsafeRawBufferPointer) throws -> Void) throws -> Void
    private var pending: [(section: ImageSection, width: Int, count: Int, byteCount: Int, parts: Parts)] = []

    /// Adds a section; its width is the element type's, which the reader checks against `ImageSection.width`.
    mutating func append<T: FixedWidthInteger>(_ section: ImageSection, _ values: [T]) {
        #if _endian(big)
        let values = values.map(\.littleEndian)
        #endif
        pending.append((section, MemoryLayout<T>.size, values.count, values.count * MemoryLayout<T>.size, { put in try values.withUnsafeBytes(put) }))
    }

    /// Adds a section of `count` bytes that `parts` hands over a part at a time, so a large section
    /// made of parts (the documents' texts) is never gathered into an array first.
    mutating func appendBytes(_ section: ImageSection, count: Int, _ parts: @escaping Parts) {
        pending.append((section, 1, count, count, parts))
    }

    /// How many elements `section` has, as added.
    func count(of section: ImageSection) -> Int {
        pending.first { $0.section == section }?.count ?? 0
    }

    /// The finished image, in memory the returned buffer owns.
    consuming func finish() throws -> ImageBuffer {
        let (offsets, tableOffset, count) = layout()
        // Not cleared first: each page is first touched when its section is copied, while the
        // sections before it have already let their values go. Only the padding is zeroed.
        let memory = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 16)
        do {
            let table = try sections(at: offsets) { entry, offset in
                var cursor = memory + offset
                try entry.parts { part in
                    if let start = part.baseAddress { cursor.copyMemory(from: start, byteCount: part.count) }
                    cursor += part.count
                }
                cursor.initializeMemory(as: UInt8.self, repeating: 0, count: Self.padding(entry.byteCount))
                return ImageChecksum.of(UnsafeRawBufferPointer(start: memory + offset, count: entry.byteCount))
            }
            let header = Self.header(sections: offsets.count, count: count, table: table, at: tableOffset)
            table.withUnsafeBytes { (memory + tableOffset).copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count) }
            header.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count) }
        } catch {
            memory.deallocate()
            throw error
        }
        return try ImageBuffer(adopting: memory, count: count)
    }

    /// Writes the finished image into `file` section by section, never holding it whole: what
    /// `kx compile` writes. Returns the image's size in bytes.
    consuming func finish(to file: AtomicFile) throws -> Int {
        let (offsets, tableOffset, count) = layout()
        try [UInt8](repeating: 0, count: ImageFormat.headerSize).withUnsafeBytes(file.write)
        let table = try sections(at: offsets) { entry, _ in
            var checksum = ImageChecksum.Stream()
            try entry.parts { part in
                checksum.update(part)
                try file.write(part)
            }
            try [UInt8](repeating: 0, count: Self.padding(entry.byteCount)).withUnsafeBytes(file.write)
            return checksum.finish()
        }
        try table.withUnsafeBytes(file.write)
        try Self.header(sections: offsets.count, count: count, table: table, at: tableOffset).withUnsafeBytes { try file.write($0, at: 0) }
        return count
    }

    /// Where each section starts, where the table starts, and the image's size.
    private func layout() -> (offsets: [Int], table: Int, count: Int) {
        var offsets: [Int] = []
        var end = ImageFormat.headerSize
        for entry in pending {
            offsets.append(end)
            end += entry.byteCount + Self.padding(entry.byteCount)
        }
        return (offsets, end, end + pending.count * ImageFormat.tableEntrySize)
    }

    /// Puts each section at its offset with `put`, which returns its checksum, and returns the
    /// section table. Taken from the end of a reversed list, each section's values go as soon as
    /// they are written, and the memory they held is handed back.
    private mutating func sections(at offsets: [Int], _ put: ((section: ImageSection, width: Int, count: Int, byteCount: Int, parts: Parts), Int) throws -> UInt64) throws -> [UInt8] {
        var table: [UInt8] = []
        pending.reverse()
        for offset in offsets {
            guard let entry = pending.popLast() else { break }
            let checksum = try put(entry, offset)
            Self.put(entry.section.rawValue, &table)
            Self.put(UInt32(entry.width), &table)
            Self.put(UInt64(offset), &table)
            Self.put(UInt64(entry.count), &table)
            Self.put(checksum, &table)
            if entry.byteCount >= 8 << 20 { FreedMemory.giveBack() }
        }
        return table
    }

    private static func header(sections: Int, count: Int, table: [UInt8], at tableOffset: Int) -> [UInt8] {
        var header = ImageFormat.magic
        put(ImageFormat.version, &header)
        put(UInt32(sections), &header)
        put(UInt64(count), &header)
        put(table.withUnsafeBytes(ImageChecksum.of), &header)
        put(UInt64(tableOffset), &header)
        return header
    }

    private static func padding(_ byteCount: Int) -> Int {
        (byteCount + 7) / 8 * 8 - byteCount
    }

    private static func put<T: FixedWidthInteger>(_ value: T, _ bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
