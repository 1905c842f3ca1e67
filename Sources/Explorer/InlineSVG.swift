import Rendering

/// An SVG picture made safe to put inside an HTML page: what Graphviz's `dot` wrote, read as XML and
/// written again from an allow-list, so that a handout holds no script, no link, no reference to
/// another file and no markup from data, whatever the SVG holds.
///
/// Only drawing elements are kept (`svg`, `g`, `title`, `path`, `polygon`, `ellipse`, `text`…),
/// with only presentation attributes (no `id`, which would repeat across pictures, no `href`, no
/// `on…`, no value with `url(`); any other element is left out with everything inside it. Comments,
/// the XML declaration and the DOCTYPE are dropped. Text and attribute values are decoded, then
/// escaped again with `HTMLText`, and every element kept is closed, so the result is well formed.
/// It reads the text once, left to right, with no recursion.
enum InlineSVG {
    static let elements: Set<String> = ["svg", "g", "title", "desc", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan"]
    static let attributes: Set<String> = [
        "width", "height", "viewBox", "preserveAspectRatio", "class", "transform", "points", "d", "cx", "cy", "rx", "ry", "r",
        "x", "y", "x1", "y1", "x2", "y2", "dx", "dy", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray",
        "stroke-opacity", "stroke-linecap", "stroke-linejoin", "opacity", "text-anchor", "font-family", "font-size",
        "font-weight", "font-style",
    ]

    /// `svg` as markup for an HTML page, its root labelled `label` for screen readers.
    static func sanitized(_ svg: String, label: String) -> String {
        let bytes = Array(svg.utf8)
        var output = ""
        // Open elements, innermost last: each one's name and whether it is written.
        var open: [(name: String, kept: Bool)] = []
        var index = 0
        func starts(_ prefix: String, at position: Int) -> Bool {
            let prefix = Array(prefix.utf8)
            return position + prefix.count <= bytes.count && Array(bytes[position..<position + prefix.count]) == prefix
        }
        func find(_ end: String, from position: Int) -> Int? {
            var at = position
            while at < bytes.count {
                if starts(end, at: at) { return at }
                at += 1
            }
            return nil
        }
        var writing: Bool { open.last?.kept ?? false }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                if writing { output += HTMLText.escaped(decoded(String(decoding: bytes[index..<end], as: UTF8.self)), keepNewlines: true) }
                index = end
                continue
            }
            if starts("<!--", at: index) {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            if starts("<![CDATA[", at: index) {
                let end = find("]]>", from: index + 9) ?? bytes.count
                if writing { output += HTMLText.escaped(String(decoding: bytes[(index + 9)..<end], as: UTF8.self), keepNewlines: true) }
                index = min(bytes.count, end + 3)
                continue
            }
            if starts("<?", at: index) || starts("<!", at: index) {
                index = find(">", from: index).map { $0 + 1 } ?? bytes.count
                continue
            }
            // A tag runs to the first `>` outside a quoted value.
            var end = index + 1, quote: UInt8?
            while end < bytes.count {
                let byte = bytes[end]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                end += 1
            }
            guard end < bytes.count else { break }
            let tag = Tag(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
            index = end + 1
            if tag.closing {
                guard let match = open.lastIndex(where: { $0.name == tag.name }) else { continue }
                for element in open[match...].reversed() where element.kept { output += "</\(element.name)>" }
                open.removeSubrange(match...)
                continue
            }
            let kept = Self.elements.contains(tag.name) && (open.isEmpty ? tag.name == "svg" : writing)
            if kept {
                var written = tag.attributes.filter { Self.attributes.contains($0.name) && Self.isSafe($0.value) }
                if open.isEmpty { written += [("role", "img"), ("aria-label", label)] }
                output += "<\(tag.name)" + written.map { " \($0.name)=\"\(HTMLText.escaped($0.value))\"" }.joined() + ">"
            }
            if tag.selfClosing {
                if kept { output += "</\(tag.name)>" }
            } else {
                open.append((tag.name, kept))
            }
        }
        for element in open.reversed() where element.kept { output += "</\(element.name)>" }
        return output
    }

    /// Whether an attribute's value can refer to nothing outside the picture and run nothing.
    static func isSafe(_ value: String) -> Bool {
        let lowered = value.lowercased().filter { !$0.isWhitespace }
        return !["url(", "javascript:", "expression(", "data:"].contains { lowered.contains($0) }
    }

    /// XML text with its character references decoded: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`,
    /// `&#N;` and `&#xN;`; any other `&` is left as it is (and escaped when written).
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                output += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var replacement = named[String(name)]
            if replacement == nil, name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                replacement = value.map { String(Character(Unicode.Scalar($0) ?? "\u{FFFD}")) }
            }
            guard let replacement else {
                output += "&"
                rest = after
                continue
            }
            output += replacement
            rest = after[after.index(after: semicolon)...]
        }
        return output + rest
    }

    /// A start, end or empty-element tag's name and attributes, as written between `<` and `>`.
    struct Tag {
        var name = ""
        var closing = false
        var selfClosing = false
        var attributes: [(name: String, value: String)] = []

        init(_ text: String) {
            var characters = Substring(text)
            if characters.hasPrefix("/") {
                closing = true
                characters = characters.dropFirst()
            }
            if characters.hasSuffix("/") {
                selfClosing = true
                characters = characters.dropLast()
            }
            func isNameCharacter(_ character: Character) -> Bool {
                !character.isWhitespace && !"=/>\"'".contains(character)
            }
            name = String(characters.prefix(while: isNameCharacter))
            characters = characters.dropFirst(name.count)
            while true {
                characters = characters.drop { $0.isWhitespace }
                let attribute = String(characters.prefix(while: isNameCharacter))
                guard !attribute.isEmpty else { break }
                characters = characters.dropFirst(attribute.count).drop { $0.isWhitespace }
                var value = ""
                if characters.first == "=" {
                    characters = characters.dropFirst().drop { $0.isWhitespace }
                    if let quote = characters.first, quote == "\"" || quote == "'" {
                        let body = characters.dropFirst()
                        let close = body.firstIndex(of: quote) ?? body.endIndex
                        value = String(body[..<close])
                        characters = close < body.endIndex ? body[body.index(after: close)...] : body[close...]
                    } else {
                        value = String(characters.prefix { !$0.isWhitespace })
                        characters = characters.dropFirst(value.count)
                    }
                }
                attributes.append((attribute, InlineSVG.decoded(value)))
            }
        }
    }
}
