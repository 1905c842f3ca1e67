/// The schema written back as `schema.yaml`, which loads as the same schema.
extension Schema {
    /// The schema in the format of `Knowledge/schema.yaml`: kinds, relations, hedges and xrefs, with
    /// their Biolink classes and predicates and the xrefs' IRI templates and CURIE prefixes.
    public var yaml: String {
        var lines = ["kinds:"]
        for kind in kinds {
            lines += ["  - name: \(Self.scalar(kind.name))", "    plural: \(Self.scalar(kind.plural))"]
            if !kind.aliases.isEmpty { lines.append("    aliases: \(Self.list(kind.aliases))") }
            lines.append("    meaning: \(Self.scalar(kind.meaning))")
            if let biolink = kind.biolink { lines.append("    biolink: \(Self.scalar(biolink))") }
            if !kind.attributes.isEmpty { lines.append("    attributes:") }
            for attribute in kind.attributes {
                lines += ["      - name: \(Self.scalar(attribute.name))", "        type: \(attribute.type.name)"]
                if case .enumeration(let values) = attribute.type { lines.append("        values: \(Self.list(values))") }
                if attribute.multiple { lines.append("        multiple: true") }
                lines.append("        meaning: \(Self.scalar(attribute.meaning))")
            }
            lines.append("")
        }
        lines.append("relations:")
        for relation in relations {
            lines += ["  - name: \(Self.scalar(relation.name))", "    inverse: \(Self.scalar(relation.inverse))",
                      "    domain: \(Self.list(relation.domain))", "    range: \(Self.list(relation.range))",
                      "    meaning: \(Self.scalar(relation.meaning))"]
            if let biolink = relation.biolink { lines.append("    biolink: \(Self.scalar(biolink))") }
            lines.append("")
        }
        if !hedges.isEmpty {
            lines.append("hedges:")
            for term in hedges { lines += ["  - name: \(Self.scalar(term.name))", "    meaning: \(Self.scalar(term.meaning))"] }
            lines.append("")
        }
        if !xrefs.isEmpty {
            lines.append("xrefs:")
            for system in xrefs {
                lines += ["  - name: \(Self.scalar(system.name))", "    meaning: \(Self.scalar(system.meaning))"]
                if let iri = system.iri { lines.append("    iri: \(Self.scalar(iri))") }
                if let curie = system.curie { lines.append("    curie: \(Self.scalar(curie))") }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A plain word as it is; anything else double-quoted with JSON escapes, which YAML reads alike.
    private static func scalar(_ text: String) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            && !["true", "false", "yes", "no", "on", "off", "null"].contains(text.lowercased()) && !text.allSatisfy(\.isNumber)
        guard !plain else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                quoted += scalar.value < 0x20 || scalar.value == 0x7F ? "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) : String(scalar)
            }
        }
        return quoted + "\""
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }
}
