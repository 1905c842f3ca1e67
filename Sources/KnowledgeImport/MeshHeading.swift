/// A MeSH heading as a record gives it: a descriptor, its qualifiers (subheadings), and which of them
/// are major topics of the article. The descriptor alone is the topic a publication is indexed under.
public struct MeshHeading: Hashable, Sendable {
    /// A qualifier such as `therapeutic use`, and whether the descriptor with it is a major topic.
    public struct Qualifier: Hashable, Sendable {
        public var name: String
        public var major: Bool

        public init(name: String, major: Bool = false) {
            self.name = name
            self.major = major
        }
    }

    /// The descriptor's name, such as `Antineoplastic Agents`.
    public var descriptor: String
    /// The descriptor's unique identifier, such as `D000970`, when the record gives it (PubMed XML does).
    public var identifier: String?
    /// Whether the descriptor itself is a major topic (`*Humans`).
    public var major: Bool
    public var qualifiers: [Qualifier]

    public init(descriptor: String, identifier: String? = nil, major: Bool = false, qualifiers: [Qualifier] = []) {
        self.descriptor = descriptor
        self.identifier = identifier
        self.major = major
        self.qualifiers = qualifiers
    }

    /// The heading in MEDLINE's notation, a `*` before each major part: `Antineoplastic Agents/*therapeutic use`.
    public var written: String {
        ([(major ? "*" : "") + descriptor] + qualifiers.map { ($0.major ? "*" : "") + $0.name }).joined(separator: "/")
    }

    /// A heading in MEDLINE's notation (`MH  - *Breast Neoplasms/drug therapy`); nil when it names no descriptor.
    static func medline(_ text: String) -> MeshHeading? {
        parts(text.split(separator: "/", omittingEmptySubsequences: false)) { part in
            let trimmed = RecordReader.folded(part)
            let major = trimmed.hasPrefix("*")
            return (RecordReader.folded(major ? String(trimmed.dropFirst()) : trimmed), major)
        }
    }

    /// A heading as a PubMed page lists it, a `*` after each major part: `Kidney Failure, Chronic / epidemiology*`;
    /// nil when it names no descriptor.
    static func page(_ text: String) -> MeshHeading? {
        parts(text.components(separatedBy: " / ").map { Substring($0) }) { part in
            let trimmed = RecordReader.folded(part)
            let major = trimmed.hasSuffix("*")
            return (RecordReader.folded(major ? String(trimmed.dropLast()) : trimmed), major)
        }
    }

    private static func parts(_ parts: [Substring], _ read: (Substring) -> (name: String, major: Bool)) -> MeshHeading? {
        guard let first = parts.first.map(read), first.name.namesSomething else { return nil }
        let qualifiers = parts.dropFirst().map(read).filter { !$0.name.isEmpty }.map { Qualifier(name: $0.name, major: $0.major) }
        return MeshHeading(descriptor: first.name, major: first.major, qualifiers: qualifiers)
    }
}
