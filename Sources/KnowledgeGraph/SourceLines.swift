import FileSafety
import Synchronization

/// The lines of a text file, for the caret lines of diagnostics: its UTF-8 and where each line
/// starts, found in one pass, so a line is cut out only when a diagnostic shows it.
///
/// Lines end where libyaml counts a line break: LF, CR LF, CR, NEL, LS or PS.
public final class SourceLines: Sendable {
    /// The bytes and where each line starts, found on first use: most files are read without a
    /// diagnostic, and a large one's pass is not free. Nil bytes are read from `path` then.
    private let found: Mutex<(bytes: [UInt8]?, starts: [Int]?)>
    private let path: String?

    public init(_ text: String) {
        found = Mutex((Array(text.utf8), nil))
        path = nil
    }

    /// The lines of a file's bytes as read, valid UTF-8, shared rather than copied.
    public init(utf8 bytes: [UInt8]) {
        found = Mutex((bytes, nil))
        path = nil
    }

    /// The lines of the file at `path`, read only when a line is first needed: a pack whose statements
    /// wait to be merged holds no copy of its facts. A file that cannot be read then has no lines.
    public init(rereading path: String) {
        found = Mutex((nil, nil))
        self.path = path
    }

    /// The bytes, and the byte offset where each line starts (the first is 0).
    private var text: (bytes: [UInt8], starts: [Int]) {
        found.withLock { found in
            if let bytes = found.bytes, let starts = found.starts { return (bytes, starts) }
            guard let bytes = found.bytes ?? path.flatMap({ try? FileReader.read($0, limit: KnowledgeFiles.maximumFileSize) }) else {
                found = ([], [])
                return ([], [])
            }
            let starts = Self.starts(bytes)
            found = (bytes, starts)
            return (bytes, starts)
        }
    }

    private var starts: [Int] { text.starts }

    /// How many lines the text has; an empty text and one ending in a line break count one more, empty.
    public var count: Int { starts.count }

    /// The text of 1-based line `number` without its line break, or nil when there is no such line.
    public func line(_ number: Int) -> String? {
        let (bytes, starts) = text
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? starts[number] - Self.breakLength(before: starts[number], in: bytes) : bytes.count
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// How many bytes the line break just before byte `offset` takes.
    private static func breakLength(before offset: Int, in bytes: [UInt8]) -> Int {
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
