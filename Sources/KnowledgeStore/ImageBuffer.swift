import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KnowledgeGraph

/// The bytes of a compiled image, mapped from a file or held in memory. Opening checks the header,
/// the section table and its checksum, and that every section lies inside the image; each section
/// is checked when first needed (`problem(in:_:)`, through `Graph` and `GraphColumns`).
final class ImageBuffer: @unchecked Sendable {
    private let base: UnsafeRawPointer
    private let count: Int
    private let mapped: Bool
    /// Each section's bytes, at its tag (a list, not a dictionary: a dictionary type's first use
    /// costs a scan of the binary's conformance records at every start).
    private let sections: [UnsafeRawBufferPointer?]
    /// The checksum each section is written with, at its tag.
    private let checksums: [UInt64]
    /// The file the image was mapped from, for messages; nil when it is held in memory.
    let path: String?

    /// Copies `bytes` (an image embedded in the binary, or read into memory) into aligned memory.
    convenience init(bytes: [UInt8]) throws {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count) }
        try self.init(adopting: memory, count: bytes.count)
    }

    /// Takes over `memory` (allocated with 16-byte alignment) holding an image of `count` bytes, and
    /// deallocates it when done, also when it is not an image.
    convenience init(adopting memory: UnsafeMutableRawPointer, count: Int) throws {
        do {
            let (sections, checksums) = try Self.readTable(UnsafeRawBufferPointer(start: memory, count: count))
            self.init(base: UnsafeRawPointer(memory), count: count, mapped: false, sections: sections, checksums: checksums, path: nil)
        } catch {
            memory.deallocate()
            throw error
        }
    }

    /// Maps the file at `path` read-only; its pages are read in place and shared with the page cache.
    convenience init(contentsOf path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ImageError("cannot open: \(String(cString: strerror(errno)))").at(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ImageError("cannot read: \(String(cString: strerror(errno)))").at(path) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw ImageError("not a regular file").at(path) }
        let size = Int(status.st_size)
        guard size >= ImageFormat.headerSize else { throw ImageError("not a compiled knowledge file (too short)").at(path) }
        guard let memory = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), memory != MAP_FAILED else {
            throw ImageError("cannot map into memory: \(String(cString: strerror(errno)))").at(path)
        }
        do {
            let (sections, checksums) = try Self.readTable(UnsafeRawBufferPointer(start: memory, count: size))
            self.init(base: UnsafeRawPointer(memory), count: size, mapped: true, sections: sections, checksums: checksums, path: path)
        } catch {
            munmap(memory, size)
            throw (error as? ImageError)?.at(path) ?? error
        }
    }

    private init(base: UnsafeRawPointer, count: Int, mapped: Bool, sections: [UnsafeRawBufferPointer?], checksums: [UInt64], path: String?) {
        self.path = path
        self.base = base
        self.count = count
        self.mapped = mapped
        self.sections = sections
        self.checksums = checksums
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// Whether `bytes` start like a compiled knowledge file, whatever their version.
    static func looksCompiled(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= ImageFormat.magic.count && bytes.prefix(ImageFormat.magic.count).elementsEqual(ImageFormat.magic)
    }

    private static func readTable(_ image: UnsafeRawBufferPointer) throws -> ([UnsafeRawBufferPointer?], [UInt64]) {
        guard image.count >= ImageFormat.headerSize, looksCompiled(image) else {
            throw ImageError("not a compiled knowledge file (it does not start with KXGRAPH); compile packs with: kx compile DIR -o FILE")
        }
        let version = UInt32(littleEndian: image.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        guard version == ImageFormat.version else {
            throw ImageError("compiled by a different version of kx (format \(version), this kx reads format \(ImageFormat.version)); compile it again with: kx compile")
        }
        #if _endian(big)
        throw ImageError("this kx runs on a big-endian machine, and compiled knowledge is little-endian; load the packs instead")
        #endif
        let sectionCount = Int(UInt32(littleEndian: image.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
        let length = UInt64(littleEndian: image.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        guard length == UInt64(image.count) else {
            throw ImageError("truncated or extended: \(image.count) bytes, but it was written with \(length); compile it again")
        }
        let tableOffset = UInt64(littleEndian: image.loadUnaligned(fromByteOffset: 32, as: UInt64.self))
        let (tableBytes, overflow) = UInt64(sectionCount).multipliedReportingOverflow(by: UInt64(ImageFormat.tableEntrySize))
        guard !overflow, tableOffset >= UInt64(ImageFormat.headerSize), tableOffset <= length, tableBytes <= length - tableOffset else {
            throw ImageError("damaged: its section table lies outside the file")
        }
        let checksum = UInt64(littleEndian: image.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        guard ImageChecksum.of(UnsafeRawBufferPointer(rebasing: image[Int(tableOffset)...])) == checksum else {
            throw ImageError("damaged: its section table's checksum does not match; compile it again")
        }
        let slots = Int(ImageSection.allCases.map(\.rawValue).max() ?? 0) + 1
        var sections = [UnsafeRawBufferPointer?](repeating: nil, count: slots)
        var checksums = [UInt64](repeating: 0, count: slots)
        for index in 0..<sectionCount {
            let entry = Int(tableOffset) + index * ImageFormat.tableEntrySize
            let tag = UInt32(littleEndian: image.loadUnaligned(fromByteOffset: entry, as: UInt32.self))
            let width = UInt64(UInt32(littleEndian: image.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self)))
            let offset = UInt64(littleEndian: image.loadUnaligned(fromByteOffset: entry + 8, as: UInt64.self))
            let elements = UInt64(littleEndian: image.loadUnaligned(fromByteOffset: entry + 16, as: UInt64.self))
            let (size, tooBig) = elements.multipliedReportingOverflow(by: width)
            guard let section = ImageSection(rawValue: tag) else { continue }
            guard width == UInt64(section.width), !tooBig, offset % 8 == 0, offset <= tableOffset, size <= tableOffset - offset,
                  sections[Int(tag)] == nil else {
                throw ImageError("damaged: section \(section) is malformed")
            }
            let bytes = UnsafeRawBufferPointer(rebasing: image[Int(offset)..<Int(offset + size)])
            checksums[Int(tag)] = UInt64(littleEndian: image.loadUnaligned(fromByteOffset: entry + 24, as: UInt64.self))
            sections[Int(tag)] = bytes
        }
        if let missing = ImageSection.allCases.first(where: { sections[Int($0.rawValue)] == nil }) {
            throw ImageError("damaged: section \(missing) is missing")
        }
        return (sections, checksums)
    }

    /// What is wrong with `section`: its checksum does not match, or `check` finds a problem in one
    /// of its parts (byte ranges of about a megabyte, in order); nil when neither. The pages of a
    /// mapped file read only for this are let go as it goes (`release`), so checking a section does
    /// not keep it in memory.
    func problem(in section: ImageSection, _ check: (Range<Int>) -> String? = { _ in nil }) -> String? {
        let slot = Int(section.rawValue)
        guard let bytes = sections[slot] else { return "section \(section) is missing" }
        var problem: String?
        let checksum = ImageChecksum.of(bytes) { range in
            if problem == nil { problem = check(range) }
            release(UnsafeRawBufferPointer(rebasing: bytes[range]))
        }
        guard checksum == checksums[slot] else { return "section \(section)'s checksum does not match its contents" }
        return problem
    }

    /// Lets go of the pages wholly inside `bytes` when they are mapped from the file: the process no
    /// longer holds them, and read again they come back from the page cache as they were.
    func release(_ bytes: UnsafeRawBufferPointer) {
        guard mapped, let start = bytes.baseAddress else { return }
        let first = (Int(bitPattern: start) + Self.pageSize - 1) & ~(Self.pageSize - 1)
        let end = (Int(bitPattern: start) + bytes.count) & ~(Self.pageSize - 1)
        guard end > first else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: first), end - first, Int32(MADV_DONTNEED))
    }

    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// A section of 32-bit numbers.
    func words(_ section: ImageSection) -> UnsafeBufferPointer<UInt32> {
        guard let bytes = sections[Int(section.rawValue)], let start = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt32.self), count: bytes.count / 4)
    }

    /// A section of bytes.
    func bytes(_ section: ImageSection) -> UnsafeBufferPointer<UInt8> {
        guard let bytes = sections[Int(section.rawValue)], let start = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    /// The whole image, for writing it to a file.
    var all: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }
}
