extension JSONValue {
    /// Serialises the value as JSON text (no trailing newline).
    ///
    /// Pretty output uses two-space indentation, one member per line and `"key": value`;
    /// compact output has no whitespace at all. Empty containers render as `[]` and `{}`,
    /// integral numbers render without a fractional part (`2`, not `2.0`), and strings are
    /// escaped per RFC 8259; DEL, C1 controls and bidirectional overrides are escaped as `\uXXXX` too,
    /// so JSON text never holds a raw control character yet parses back to the exact data (`/` and
    /// other non-ASCII characters are left as they are).
    ///
    /// The text is written as UTF-8 into one buffer and made a string once: a large result is
    /// millions of small pieces, and appending each to a string costs more than the rest together.
    public func rendered(pretty: Bool = true) -> String {
        var output: [UInt8] = []
        write(into: &output, pretty: pretty, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], pretty: Bool, level: Int) {
        switch self {
        case .string(let text):
            JSONValue.appendQuoted(text, to: &output)
        case .number(let number):
            output += (number.isFinite ? number.compactDescription : "null").utf8
        case .bool(let flag):
            output += (flag ? "true" : "false").utf8
        case .null:
            output += "null".utf8
        case .array(let items):
            writeContainer(into: &output, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: items.count, pretty: pretty, level: level) { index, output in
                items[index].write(into: &output, pretty: pretty, level: level + 1)
            }
        case .object(let members):
            writeContainer(into: &output, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, pretty: pretty, level: level) { index, output in
                let (key, value) = members[index]
                JSONValue.appendQuoted(key, to: &output)
                output += (pretty ? ": " : ":").utf8
                value.write(into: &output, pretty: pretty, level: level + 1)
            }
        }
    }

    private func writeContainer(
        into output: inout [UInt8],
        open: UInt8,
        close: UInt8,
        count: Int,
        pretty: Bool,
        level: Int,
        element: (Int, inout [UInt8]) -> Void
    ) {
        output.append(open)
        guard count > 0 else {
            output.append(close)
            return
        }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if pretty { JSONValue.newLine(level + 1, &output) }
            element(index, &output)
        }
        if pretty { JSONValue.newLine(level, &output) }
        output.append(close)
    }

    /// A line break and two spaces for each level.
    private static func newLine(_ level: Int, _ output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Appends `text` as a JSON string literal, escaped per RFC 8259; printable ASCII with nothing to escape, most ids,
    /// names and values, is copied as it is.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ (0x20...0x7E).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else { return false }
            output.append(contentsOf: bytes)
            return true
        } ?? false
        if !copied {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\"".utf8
                case "\\": output += "\\\\".utf8
                case "\n": output += "\\n".utf8
                case "\r": output += "\\r".utf8
                case "\t": output += "\\t".utf8
                case "\u{08}": output += "\\b".utf8
                case "\u{0C}": output += "\\f".utf8
                case _ where TerminalText.isControlOrOverride(scalar):
                    let hex = String(scalar.value, radix: 16)
                    output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                default:
                    output += String(scalar).utf8
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
