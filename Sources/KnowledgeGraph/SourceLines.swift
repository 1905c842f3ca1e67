import Synchronization

/// The lines of a text file, for the caret lines of diagnostics: its UTF-8 and where each line
/// starts, found in one pass, so a line is cut out only when a diagnostic shows it.
///
/// Lines end where libyaml counts a line break: LF, CR LF, CR, NEL, LS or PS.
public final class SourceLines: Sendable {
    private let bytes: [UInt8]
    /// Found on first use: most files are read without a diagnostic, and a large one's pass is not free.
    private let foundStarts = Mutex<[Int]?>(nil)

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The lines of a file's bytes as read, valid UTF-8, shared rather than copied: a large pack's
    /// facts are held once while its statements wait to be merged.
    public init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The byte offset where each line starts; the first is 0.
    private var starts: [Int] {
        foundStarts.withLock { found in
            if let found { return found }
            let starts = Self.starts(bytes)
            found = starts
            return starts
        }
    }

    /// How many lines the text has; an empty text and one ending in a line break count one more, empty.
    public var count: Int { starts.count }

    /// The text of 1-based line `number` without its line break, or nil when there is no such line.
    public func line(_ number: Int) -> String? {
        let starts = self.starts
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? starts[number] - breakLength(before: starts[number]) : bytes.count
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// How many bytes the line break just before byte `offset` takes.
    private func breakLength(before offset: Int) -> Int {
        switch bytes[offset - 1] {
        case 0x0A: return offset >= 2 && bytes[offset - 2] == 0x0D ? 2 : 1
        case 0x0D: return 1
        case 0x85: return 2  // NEL, C2 85
        default: return 3  // LS or PS, E2 80 A8 or E2 80 A9
        }
    }

    private static func starts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
            let breakLength: Int
            switch byte {
            case 0x0A: breakLength = 1
            case 0x0D: breakLength = next == 0x0A ? 2 : 1
            case 0xC2 where next == 0x85: breakLength = 2
            case 0xE2 where next == 0x80 && index + 2 < bytes.endIndex && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): breakLength = 3
            default: breakLength = 0
            }
            index += max(1, breakLength)
            if breakLength > 0 { starts.append(index) }
        }
        return starts
    }
}
