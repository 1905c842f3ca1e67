/// A strict, non-validating reader of XML 1.0 documents, enough for PubMed's exports: elements,
/// attributes, text, the five predefined entities and character references, CDATA, comments,
/// processing instructions and a DOCTYPE (skipped, never fetched). It replaces Foundation's
/// `XMLParser`, whose libxml2 and ICU every start of kx loaded, and it says where a document
/// stops being well-formed by line and column. It runs in one pass with no recursion, so any
/// nesting depth reads in linear time.
struct XMLScanner {
    /// What the document holds, in order.
    enum Event {
        case start(name: String, attributes: [String: String], line: Int)
        case text(String)
        case end(name: String)
    }

    /// Where and why a document is not well-formed XML.
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var reason: String
        /// The element still open when a truncated document ended.
        var unclosed: String?
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// The elements open here, innermost last.
    private var open: [String] = []

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Reads `text`, handing each event to `visit`. Throws a `Failure` where the text stops being
    /// well-formed (naming the innermost element still open if it ends early), or what `visit` throws.
    static func scan(_ text: String, _ visit: (Event) throws -> Void) throws {
        var scanner = XMLScanner(text)
        try scanner.run(visit)
    }

    private mutating func run(_ visit: (Event) throws -> Void) throws {
        var rootSeen = false
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let text = try readText()
                if open.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else { throw failure("text outside the root element") }
                } else {
                    try visit(.text(text))
                }
                continue
            }
            if matches("<!--") {
                try skip(past: "-->", what: "comment")
            } else if matches("<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if matches("<![CDATA[") {
                guard !open.isEmpty else { throw failure("CDATA outside the root element") }
                index += 9
                let start = index
                try skip(past: "]]>", what: "CDATA section")
                try visit(.text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self)))
            } else if matches("<!DOCTYPE") {
                guard !rootSeen else { throw failure("a DOCTYPE after the root element") }
                try skipDoctype()
            } else if matches("</") {
                let tag = index
                index += 2
                let name = try readName()
                skipSpace()
                try expect(">")
                guard let innermost = open.last else { throw failure("'</\(name)>' closes no open element", at: tag) }
                guard innermost == name else { throw failure("expected '</\(innermost)>' but found '</\(name)>'", at: tag) }
                open.removeLast()
                try visit(.end(name: name))
            } else {
                let (tag, tagLine) = (index, line)
                index += 1
                let name = try readName()
                guard !open.isEmpty || !rootSeen else { throw failure("a second root element <\(name)>", at: tag) }
                open.append(name)
                let (attributes, empty) = try readAttributes()
                rootSeen = true
                try visit(.start(name: name, attributes: attributes, line: tagLine))
                if empty {
                    open.removeLast()
                    try visit(.end(name: name))
                }
            }
        }
        if let innermost = open.last { throw failure("<\(innermost)> is not closed") }
        guard rootSeen else { throw failure("no root element") }
    }

    // MARK: Markup

    private mutating func readAttributes() throws -> ([String: String], Bool) {
        var attributes: [String: String] = [:]
        while true {
            let spaced = skipSpace()
            if matches("/>") { index += 2; return (attributes, true) }
            if matches(">") { index += 1; return (attributes, false) }
            guard spaced else { throw failure(index < bytes.count ? "expected white space, '>' or '/>' in a tag" : "a tag not closed by '>'") }
            let nameStart = index
            let name = try readName()
            skipSpace()
            try expect("=")
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw failure("expected a quoted value for attribute '\(name)'")
            }
            let quote = bytes[index]
            index += 1
            var value = ""
            var run = index
            while true {
                guard index < bytes.count else { throw failure("an attribute value not closed by \(quote == UInt8(ascii: "\"") ? "'\"'" : "\"'\"")") }
                let byte = bytes[index]
                if byte == quote { break }
                if byte == UInt8(ascii: "<") { throw failure("'<' in the value of attribute '\(name)'") }
                if byte == UInt8(ascii: "&") {
                    value += String(decoding: bytes[run..<index], as: UTF8.self)
                    value += try readReference()
                    run = index
                } else {
                    advance()
                }
            }
            value += String(decoding: bytes[run..<index], as: UTF8.self)
            index += 1
            guard attributes.updateValue(value, forKey: name) == nil else { throw failure("attribute '\(name)' given twice", at: nameStart) }
        }
    }

    private mutating func readText() throws -> String {
        var text = ""
        var run = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
            if bytes[index] == UInt8(ascii: "&") {
                text += String(decoding: bytes[run..<index], as: UTF8.self)
                text += try readReference()
                run = index
            } else {
                advance()
            }
        }
        return text + String(decoding: bytes[run..<index], as: UTF8.self)
    }

    /// `&name;`, `&#N;` or `&#xH;` at `index`, as the text it stands for.
    private mutating func readReference() throws -> String {
        let start = index
        index += 1
        var end = index
        while end < bytes.count, end - index < 32, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
            throw failure("'&' that begins no entity reference (write '&amp;' for an ampersand)", at: start)
        }
        let body = String(decoding: bytes[index..<end], as: UTF8.self)
        let text: String?
        switch body {
        case "lt": text = "<"
        case "gt": text = ">"
        case "amp": text = "&"
        case "quot": text = "\""
        case "apos": text = "'"
        default:
            let number = body.hasPrefix("#x") ? UInt32(body.dropFirst(2), radix: 16) : body.hasPrefix("#") ? UInt32(body.dropFirst(), radix: 10) : nil
            text = number.flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : String($0) }
            if text == nil, !body.hasPrefix("#") {
                throw failure("an undeclared entity '&\(body);' (only &lt; &gt; &amp; &quot; &apos; and character references are read)", at: start)
            }
        }
        guard let text else { throw failure("'&\(body);' is not a character", at: start) }
        index = end + 1
        return text
    }

    private mutating func readName() throws -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index], first: index == start) { index += 1 }
        guard index > start else { throw failure(index < bytes.count ? "expected a name" : "a tag not closed by '>'") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...: return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."): return !first
        default: return false
        }
    }

    /// A DOCTYPE, its internal subset in brackets and any quoted identifiers, up to its '>'.
    private mutating func skipDoctype() throws {
        let start = index
        var depth = 0
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            advance()
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ">"), depth <= 0 {
                return
            }
        }
        throw failure("a DOCTYPE not closed by '>'", at: start)
    }

    // MARK: Bytes

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        return literal.withUTF8Buffer { $0.elementsEqual(bytes[index..<(index + count)]) }
    }

    private mutating func expect(_ literal: StaticString) throws {
        guard matches(literal) else { throw failure("expected '\(literal)'") }
        index += literal.utf8CodeUnitCount
    }

    private mutating func skip(past end: StaticString, what: String) throws {
        let start = index
        while index < bytes.count {
            if matches(end) {
                index += end.utf8CodeUnitCount
                return
            }
            advance()
        }
        throw failure("a \(what) not closed by '\(end)'", at: start)
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
        return index > start
    }

    /// One byte on, counting lines.
    private mutating func advance() {
        if bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    /// A failure at `position` (by default, here), its column counted in characters; one at the end
    /// of a document names the element it left open.
    private func failure(_ reason: String, at position: Int? = nil) -> Failure {
        let position = min(position ?? index, bytes.count)
        var line = self.line, start = lineStart
        if position < start {
            line = 1 + bytes[..<position].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            start = (bytes[..<position].lastIndex(of: 0x0A) ?? -1) + 1
        }
        let column = 1 + bytes[start..<position].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return Failure(line: line, column: column, reason: reason, unclosed: position == bytes.count ? open.last : nil)
    }
}
