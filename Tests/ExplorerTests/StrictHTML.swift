/// A strict reader of the HTML kx writes, for the tests: every element closed in order (but the
/// void ones), every attribute value quoted, `<style>` read as raw text; it reports the first
/// problem, and lists the tags and attributes so tests can look for references to other files.
struct StrictHTML {
    struct Element {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "source", "wbr", "col", "area", "base", "embed", "track"]

    /// Every start tag, in order.
    private(set) var elements: [Element] = []
    /// The first problem found, or nil when the page is well formed.
    private(set) var problem: String?

    init(_ html: String) {
        let text = Array(html.unicodeScalars)
        var open: [String] = []
        var index = 0
        func fail(_ message: String) {
            if problem == nil { problem = "at offset \(index): \(message)" }
        }
        while index < text.count, problem == nil {
            guard text[index] == "<" else {
                if text[index] == ">" { fail("a '>' outside a tag") }
                index += 1
                continue
            }
            let rest = String(String.UnicodeScalarView(text[index..<min(text.count, index + 9)])).lowercased()
            if rest.hasPrefix("<!doctype") {
                while index < text.count, text[index] != ">" { index += 1 }
                index += 1
                continue
            }
            if rest.hasPrefix("<!--") {
                fail("a comment")
                break
            }
            var end = index + 1, quote: Unicode.Scalar?
            while end < text.count {
                if let open = quote {
                    if text[end] == open { quote = nil }
                } else if text[end] == "\"" || text[end] == "'" {
                    quote = text[end]
                } else if text[end] == ">" {
                    break
                } else if text[end] == "<" {
                    fail("a '<' inside a tag")
                }
                end += 1
            }
            guard end < text.count else {
                fail("a tag that does not end")
                break
            }
            var tag = String(String.UnicodeScalarView(text[(index + 1)..<end]))
            index = end + 1
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).lowercased()
                guard open.last == name else {
                    fail("</\(name)> closes \(open.last.map { "<\($0)>" } ?? "nothing")")
                    break
                }
                open.removeLast()
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            if selfClosing { tag.removeLast() }
            let name = String(tag.prefix { !$0.isWhitespace }).lowercased()
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
                fail("a tag with no proper name: <\(tag)>")
                break
            }
            var attributes: [(String, String)] = []
            var scanner = Substring(tag.dropFirst(name.count))
            while true {
                scanner = scanner.drop { $0.isWhitespace }
                guard !scanner.isEmpty else { break }
                let attribute = String(scanner.prefix { !$0.isWhitespace && $0 != "=" })
                scanner = scanner.dropFirst(attribute.count)
                guard scanner.first == "=" else {
                    attributes.append((attribute.lowercased(), ""))
                    continue
                }
                scanner = scanner.dropFirst()
                guard let quote = scanner.first, quote == "\"" else {
                    fail("the value of \(attribute) in <\(name)> is not in double quotes")
                    break
                }
                let body = scanner.dropFirst()
                guard let close = body.firstIndex(of: quote) else {
                    fail("the value of \(attribute) in <\(name)> does not end")
                    break
                }
                attributes.append((attribute.lowercased(), String(body[..<close])))
                scanner = body[body.index(after: close)...]
            }
            elements.append(Element(name: name, attributes: attributes))
            if Self.void.contains(name) || selfClosing { continue }
            if name == "style" || name == "script" {
                let closing = Array("</\(name)>".unicodeScalars)
                var at = index
                while at + closing.count <= text.count, Array(text[at..<(at + closing.count)]) != closing { at += 1 }
                guard at + closing.count <= text.count else {
                    fail("<\(name)> does not end")
                    break
                }
                index = at + closing.count
                continue
            }
            open.append(name)
        }
        if problem == nil, !open.isEmpty { problem = "unclosed: \(open.map { "<\($0)>" }.joined(separator: " "))" }
    }

    /// Every attribute that could load something from elsewhere: any `src`, `srcset`, `action`,
    /// `data`, `poster`, `background`, a `href` that is not an in-page `#anchor`, and `style` or
    /// any value with `url(`.
    var externalReferences: [String] {
        elements.flatMap { element in
            element.attributes.compactMap { attribute -> String? in
                let loads = ["src", "srcset", "action", "data", "poster", "background", "xlink:href", "formaction"].contains(attribute.name)
                let link = attribute.name == "href" && !attribute.value.hasPrefix("#")
                return loads || link || attribute.value.lowercased().contains("url(") ? "<\(element.name) \(attribute.name)=\"\(attribute.value)\">" : nil
            }
        }
    }

    /// The levels of the headings, in order.
    var headingLevels: [Int] {
        elements.compactMap { element in
            guard element.name.count == 2, element.name.hasPrefix("h"), let level = Int(element.name.dropFirst()) else { return nil }
            return level
        }
    }
}
