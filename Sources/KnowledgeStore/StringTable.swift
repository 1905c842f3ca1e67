import KnowledgeGraph

/// The image's interned strings, read in place: string `n` is the bytes between offsets `n` and `n + 1`.
struct StringTable: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<UInt32>

    /// The number of strings.
    var count: Int { max(0, offsets.count - 1) }

    /// What is wrong with offsets `elements` (a part of them, checked in order): they must start at
    /// 0, never decrease and end inside the bytes, so every string number below `count` reads inside
    /// them.
    func problem(inOffsets elements: Range<Int>) -> String? {
        SectionRule.starts(items: bytes.count, what: "strings").problem(in: offsets, elements: elements)
    }

    /// String `number`, decoded (invalid UTF-8 is replaced, never trusted). Numbers are checked when their column is first read.
    subscript(number: Int) -> String {
        String(decoding: utf8(number), as: UTF8.self)
    }

    subscript(number: UInt32) -> String { self[Int(number)] }

    /// The bytes of string `number`, without copying.
    func utf8(_ number: Int) -> UnsafeBufferPointer<UInt8> {
        let (start, end) = (Int(offsets[number]), Int(offsets[number + 1]))
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Byte-wise order of string `number` against `key`, the order the image's lookup tables are sorted in.
    func compare(_ number: UInt32, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        Self.compare(utf8(Int(number)), key)
    }

    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(a.count, b.count)
        for index in 0..<shared where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
    }

    /// Whether string `number` starts with `prefix`.
    func hasPrefix(_ number: UInt32, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        let string = utf8(Int(number))
        return string.count >= prefix.count && string.prefix(prefix.count).elementsEqual(prefix)
    }
}
