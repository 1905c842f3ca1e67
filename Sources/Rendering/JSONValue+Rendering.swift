extension JSONValue {
    /// Serialises the value as JSON text (no trailing newline).
    ///
    /// Pretty output uses two-space indentation, one member per line and `"key": value`;
    /// compact output has no whitespace at all. Empty containers render as `[]` and `{}`,
    /// integral numbers render without a fractional part (`2`, not `2.0`), and strings are
    /// escaped per RFC 8259; DEL, C1 controls and bidirectional overrides are escaped as `\uXXXX` too,
    /// so JSON text never holds a raw control character yet parses back to the exact data (`/` and
    /// other non-ASCII characters are left as they are).
    public func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, pretty: pretty, level: 0)
        return output
    }

    private func write(into output: inout String, pretty: Bool, level: Int) {
        switch self {
        case .string(let text):
            output += JSONValue.quoted(text)
        case .number(let number):
            output += number.isFinite ? number.compactDescription : "null"
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        case .array(let items):
            writeContainer(into: &output, open: "[", close: "]", count: items.count, pretty: pretty, level: level) { index, output in
                items[index].write(into: &output, pretty: pretty, level: level + 1)
            }
        case .object(let members):
            writeContainer(into: &output, open: "{", close: "}", count: members.count, pretty: pretty, level: level) { index, output in
                let (key, value) = members[index]
                output += JSONValue.quoted(key)
                output += pretty ? ": " : ":"
                value.write(into: &output, pretty: pretty, level: level + 1)
            }
        }
    }

    private func writeContainer(
        into output: inout String,
        open: String,
        close: String,
        count: Int,
        pretty: Bool,
        level: Int,
        element: (Int, inout String) -> Void
    ) {
        guard count > 0 else {
            output += open + close
            return
        }
        output += open
        for index in 0..<count {
            if index > 0 { output += "," }
            if pretty { output += "\n" + JSONValue.indentation(level + 1) }
            element(index, &output)
        }
        if pretty { output += "\n" + JSONValue.indentation(level) }
        output += close
    }

    private static func indentation(_ level: Int) -> String {
        String(repeating: "  ", count: level)
    }

    /// Quotes `text` as a JSON string literal, escaping per RFC 8259.
    static func quoted(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": output.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": output.append(contentsOf: "\\n".unicodeScalars)
            case "\r": output.append(contentsOf: "\\r".unicodeScalars)
            case "\t": output.append(contentsOf: "\\t".unicodeScalars)
            case "\u{08}": output.append(contentsOf: "\\b".unicodeScalars)
            case "\u{0C}": output.append(contentsOf: "\\f".unicodeScalars)
            case _ where TerminalText.isControlOrOverride(scalar):
                let hex = String(scalar.value, radix: 16)
                let padded = String(repeating: "0", count: 4 - hex.count) + hex
                output.append(contentsOf: ("\\u" + padded).unicodeScalars)
            default:
                output.append(scalar)
            }
        }
        output.append("\"")
        return String(output)
    }
}
