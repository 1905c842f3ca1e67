/// A strict reader of JSON (RFC 8259) that says where a text stops being JSON by line and column,
/// and where each value begins, which Foundation's `JSONSerialization` does not (it counts
/// characters, and takes a key written twice silently).
///
/// Nesting is bounded (`maximumDepth`), so it reads in linear time and recurses no deeper than
/// that. The elements of a top-level array, or of the array that is the top-level object's member
/// `streaming`, are handed to a closure one at a time instead of kept: a large page of records is
/// never held whole.
struct JSONReader {
    /// Where and why a text is not JSON.
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var reason: String
    }

    /// The deepest nesting of arrays and objects read.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// A place on the current line whose column is known, so columns are counted from there and
    /// a long line (the API writes a page on one) is counted through once, not once per value.
    private var columnMark = (offset: 0, column: 1)

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Reads `text` as one JSON value. When it is an array, or an object whose member `streaming`
    /// is an array, that array's elements go to `visit` in order and it is returned empty.
    /// - Throws: a `Failure` where the text stops being JSON, or what `visit` throws.
    static func read(_ text: String, streaming key: String, _ visit: (JSONValue) throws -> Void) throws -> JSONValue {
        var reader = JSONReader(text)
        if reader.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { (reader.index, reader.lineStart) = (3, 3) }
        reader.skipSpace()
        let value: JSONValue
        switch reader.peek {
        case UInt8(ascii: "["): value = try reader.array(depth: 1, streaming: true, visit)
        case UInt8(ascii: "{"): value = try reader.object(depth: 1, streaming: key, visit)
        default: value = try reader.value(depth: 1)
        }
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw reader.failure("expected the end of the file after the JSON value") }
        return value
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard let byte = peek else { throw failure("expected a JSON value before the end of the file: the JSON is truncated") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth, streaming: nil) { _ in }
        case UInt8(ascii: "["): return try array(depth: depth, streaming: false) { _ in }
        case UInt8(ascii: "\""):
            let (line, column) = position
            return JSONValue(content: .string(try string()), line: line, column: column)
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a JSON value (an object, an array, a string, a number, true, false or null)")
        }
    }

    /// An object; the member named `streaming`, when an array, goes to `visit` element by element.
    private mutating func object(depth: Int, streaming key: String?, _ visit: (JSONValue) throws -> Void) throws -> JSONValue {
        guard depth <= Self.maximumDepth else { throw failure("expected at most \(Self.maximumDepth) nested arrays and objects") }
        let (line, column) = position
        index += 1
        var members: [JSONValue.Member] = []
        var keys: Set<String> = []
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return JSONValue(content: .object([]), line: line, column: column)
        }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw failure(peek == nil ? "expected '}' before the end of the file: the JSON is truncated" : "expected a member name in double quotes") }
            let keyStart = index
            let name = try string()
            guard keys.insert(name).inserted else { throw failure("the member '\(name)' is written twice in this object; expected each name once", at: keyStart) }
            skipSpace()
            try expect(":", "after the member name '\(name)'")
            skipSpace()
            if name == key, peek == UInt8(ascii: "[") {
                members.append(.init(key: name, value: try array(depth: depth + 1, streaming: true, visit)))
            } else {
                members.append(.init(key: name, value: try value(depth: depth + 1)))
            }
            skipSpace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            try expect("}", "or ',' after the value of '\(name)'")
            return JSONValue(content: .object(members), line: line, column: column)
        }
    }

    /// An array; when `streaming`, its elements go to `visit` one by one and it is returned empty.
    private mutating func array(depth: Int, streaming: Bool, _ visit: (JSONValue) throws -> Void) throws -> JSONValue {
        guard depth <= Self.maximumDepth else { throw failure("expected at most \(Self.maximumDepth) nested arrays and objects") }
        let (line, column) = position
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return JSONValue(content: .array([]), line: line, column: column)
        }
        while true {
            skipSpace()
            let element = try value(depth: depth + 1)
            if streaming { try visit(element) } else { elements.append(element) }
            skipSpace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            try expect("]", "or ',' after an element of the array")
            return JSONValue(content: .array(elements), line: line, column: column)
        }
    }

    /// A string's value, its escapes replaced; the reader stands after its closing quote.
    private mutating func string() throws -> String {
        index += 1
        var value: [UInt8] = []
        while true {
            guard let byte = peek else { throw failure("expected '\"' before the end of the file: the JSON is truncated") }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "\\"):
                value += try escape()
            case ..<0x20:
                throw failure("a control character in a string; expected it escaped (\\n for a line break, \\t for a tab)")
            default:
                value.append(byte)
                index += 1
            }
        }
    }

    /// The UTF-8 of one escape sequence (the reader stands on its backslash).
    private mutating func escape() throws -> [UInt8] {
        let start = index
        index += 1
        guard let letter = peek else { throw failure("expected an escape after '\\' before the end of the file: the JSON is truncated") }
        index += 1
        let simple: [UInt8: UInt8] = [UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
                                      UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09]
        if let byte = simple[letter] { return [byte] }
        guard letter == UInt8(ascii: "u") else { throw failure("an unknown escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: start) }
        var code = try hex(at: start)
        if (0xD800...0xDBFF).contains(code) {
            guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else { throw failure("a lone surrogate \\u\(String(code, radix: 16, uppercase: true)); expected its low surrogate to follow", at: start) }
            index += 2
            let low = try hex(at: start)
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("a high surrogate not followed by a low one; expected \\uDC00 to \\uDFFF after it", at: start) }
            code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw failure("a lone low surrogate \\u\(String(code, radix: 16, uppercase: true)); expected a character", at: start)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("an escape that names no character", at: start) }
        return Array(String(Character(scalar)).utf8)
    }

    /// The four hexadecimal digits after `\u`.
    private mutating func hex(at start: Int) throws -> UInt32 {
        guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16),
              bytes[index..<(index + 4)].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") }) else {
            throw failure("expected four hexadecimal digits after '\\u'", at: start)
        }
        index += 4
        return code
    }

    private mutating func number() throws -> JSONValue {
        let (line, column) = position
        let start = index
        func digits() -> Int {
            let from = index
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
            return index - from
        }
        if peek == UInt8(ascii: "-") { index += 1 }
        if peek == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            throw failure("expected a digit in the number", at: index)
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { throw failure("expected a digit after the decimal point") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { throw failure("expected a digit in the number's exponent") }
        }
        if let byte = peek, byte.isJSONWordCharacter { throw failure("expected a number (a leading zero, or a letter after the digits, is not JSON)", at: start) }
        return JSONValue(content: .number(String(decoding: bytes[start..<index], as: UTF8.self)), line: line, column: column)
    }

    private mutating func literal(_ word: String, _ content: JSONValue.Content) throws -> JSONValue {
        let (line, column) = position
        let utf8 = Array(word.utf8)
        guard bytes[index...].starts(with: utf8), index + utf8.count == bytes.count || !bytes[index + utf8.count].isJSONWordCharacter else {
            throw failure("expected a JSON value (\(word)?); strings are written in double quotes")
        }
        index += utf8.count
        return JSONValue(content: content, line: line, column: column)
    }

    private mutating func expect(_ character: Character, _ context: String) throws {
        guard let ascii = character.asciiValue, peek == ascii else {
            throw failure(peek == nil ? "expected '\(character)' before the end of the file: the JSON is truncated" : "expected '\(character)' \(context)")
        }
        index += 1
    }

    /// Skips JSON's white space (space, tab, line feed, carriage return), counting lines.
    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            index += 1
            if byte == 0x0A { (line, lineStart) = (line + 1, index) }
        }
    }

    /// The line and column (in characters) of the reader.
    private var position: (line: Int, column: Int) {
        mutating get {
            columnMark = (index, column(at: index))
            return (line, columnMark.column)
        }
    }

    /// The column of `offset` of the current line, counted from the mark when it is on this line and before `offset`.
    private func column(at offset: Int) -> Int {
        let (start, column) = columnMark.offset >= lineStart && columnMark.offset <= offset ? columnMark : (lineStart, 1)
        return column + bytes[start..<min(offset, bytes.count)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// A failure at `offset` (by default, here) of the current line.
    private func failure(_ reason: String, at offset: Int? = nil) -> Failure {
        Failure(line: line, column: column(at: offset ?? index), reason: reason)
    }
}

private extension UInt8 {
    /// A letter, digit, `.`, `+` or `-`: what may not follow a number or literal directly.
    var isJSONWordCharacter: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: ".") || self == UInt8(ascii: "+") || self == UInt8(ascii: "-")
    }
}
