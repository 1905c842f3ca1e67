/// Turtle (RDF 1.2 or 1.1) and TriG: prefixed names, one block per subject with its predicates
/// grouped, unions as `[ … ( … ) ]`; in TriG, descriptions of one named graph share a `G { … }` block.
final class TurtleSerializer: RDFSerializer {
    private let writer: BufferedWriter
    private let trig: Bool
    private(set) var count = 0
    /// The named graph whose block is open (TriG), nil for the default graph.
    private var openGraph: RDFTerm?

    /// Writes the prefixes (and, for RDF 1.2, the version) at once.
    init(_ writer: BufferedWriter, namespaces: [Namespace], rdf12: Bool, trig: Bool) throws {
        self.writer = writer
        self.trig = trig
        var header = rdf12 ? "VERSION \"1.2\"\n" : ""
        for namespace in namespaces { header += "@prefix \(namespace.prefix): <\(namespace.iri)> .\n" }
        try writer.write(header + "\n")
    }

    func write(_ description: RDFDescription, in graph: RDFTerm?) throws {
        guard !description.isEmpty else { return }
        try enter(graph)
        let indent = openGraph == nil ? "" : "    "
        try writer.write(indent + description.subject.turtle + " " + predicateObjects(description, indent: indent + "    ") + " .\n\n")
        count += description.tripleCount
    }

    func writeReified(_ subject: RDFTerm, _ predicate: RDFTerm, _ object: RDFTerm, annotations: RDFDescription, asserted: Bool, countsTriple: Bool) throws {
        try enter(nil)
        let triple = subject.turtle + " " + predicate.turtle + " " + object.turtle
        let reifier = annotations.subject.turtle
        let list = predicateObjects(annotations, indent: "    ")
        if asserted {
            try writer.write(triple + " ~ " + reifier + (annotations.isEmpty ? "" : " {|\n    " + list + " |}") + " .\n\n")
        } else {
            try writer.write("<< " + triple + " ~ " + reifier + " >>" + (annotations.isEmpty ? "" : "\n    " + list) + " .\n\n")
        }
        // The reifier's rdf:reifies triple, its annotations, and the asserted triple when it is new.
        count += 1 + annotations.tripleCount + (asserted && countsTriple ? 1 : 0)
    }

    func finish() throws {
        try enter(nil)
        try writer.flush()
    }

    /// Closes the open graph block and opens `graph`'s, when they differ.
    private func enter(_ graph: RDFTerm?) throws {
        guard trig, graph != openGraph else { return }
        if openGraph != nil { try writer.write("}\n\n") }
        if let graph { try writer.write(graph.turtle + " {\n") }
        openGraph = graph
    }

    /// `a kx:Statement ;\n    kx:order 3`: the pairs with consecutive equal predicates joined by commas.
    private func predicateObjects(_ description: RDFDescription, indent: String) -> String {
        var text = ""
        var previous: RDFTerm?
        for (predicate, object) in description.pairs {
            if predicate == previous {
                text += ", "
            } else {
                if previous != nil { text += " ;\n" + indent }
                text += (predicate == Vocabulary.type ? "a" : predicate.turtle) + " "
            }
            text += Self.object(object)
            previous = predicate
        }
        return text
    }

    private static func object(_ object: RDFObject) -> String {
        switch object {
        case .term(let term): return term.turtle
        case .union(_, let type, let members):
            return "[ a " + type.turtle + " ; " + Vocabulary.owl("unionOf").turtle + " ( " + members.map(\.turtle).joined(separator: " ") + " ) ]"
        }
    }
}
