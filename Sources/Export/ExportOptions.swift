import KnowledgeGraph

/// How an export is written: the base IRI of everything it names, RDF 1.1 or 1.2 Turtle, and who made it.
public struct ExportOptions: Sendable {
    /// The default base IRI: a name reserved for examples, to be replaced before publishing.
    public static let defaultBase = "https://kx.example/"

    /// The IRI every entity, document, statement and quote is named under; ends in `/`, `#` or `:`.
    public var base: String
    /// Turtle as RDF 1.1: statements by standard reification, the same triples as N-Triples.
    public var rdf11: Bool
    /// The program that wrote the export, as `dcterms:creator` says it: `kx 0.1.0`.
    public var creator: String
    /// Checked between entities, so a long export stops on Ctrl-C.
    public var cancellation: Cancellation?

    public init(base: String = defaultBase, rdf11: Bool = false, creator: String = "kx", cancellation: Cancellation? = nil) {
        self.base = base
        self.rdf11 = rdf11
        self.creator = creator
        self.cancellation = cancellation
    }

    /// `text` as a base IRI, or why it cannot be one: an absolute IRI (a scheme, then only characters an
    /// IRI may hold) ending in `/`, `#` or `:`, so the names below it are `BASE` + `entity/…`.
    public static func checkBase(_ text: String) throws(ExportError) -> String {
        guard IRISyntax.hasScheme(text) else {
            let hint = text.hasPrefix("//") ? "https:\(text)" : text.contains(".") && !text.contains(":") ? "https://\(text)" : nil
            throw ExportError("the base '\(text)' is not an absolute IRI: it must start with a scheme such as https:",
                              notes: hint.map { ["did you mean '\($0.hasSuffix("/") || $0.hasSuffix("#") ? $0 : $0 + "/")'?"] } ?? [])
        }
        if let bad = IRISyntax.firstDisallowed(in: text) {
            let what = bad == " " ? "a space" : bad.value > 0x20 && bad.value < 0x7F ? "'\(bad)'" : "the character U+\(String(bad.value, radix: 16, uppercase: true))"
            throw ExportError("the base '\(text)' holds \(what), which an IRI may not hold")
        }
        guard text.hasSuffix("/") || text.hasSuffix("#") || text.hasSuffix(":") else {
            throw ExportError("the base '\(text)' must end in '/', '#' or ':', so that names can follow it", notes: ["did you mean '\(text)/'?"])
        }
        return text
    }
}
