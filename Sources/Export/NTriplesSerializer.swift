/// N-Triples: one triple a line; unions are spelled out as blank nodes and RDF lists.
final class NTriplesSerializer: RDFSerializer {
    private let writer: BufferedWriter
    private(set) var count = 0

    init(_ writer: BufferedWriter) {
        self.writer = writer
    }

    func write(_ description: RDFDescription, in graph: RDFTerm?) throws {
        let subject = description.subject.nTriples
        for (predicate, object) in description.pairs {
            switch object {
            case .term(let term):
                try line(subject, predicate.nTriples, term.nTriples)
            case .union(let label, let type, let members):
                let node = RDFTerm.blank(label).nTriples
                try line(subject, predicate.nTriples, node)
                try line(node, Vocabulary.type.nTriples, type.nTriples)
                let cells = members.indices.map { RDFTerm.blank("\(label)-\($0 + 1)").nTriples }
                try line(node, Vocabulary.owl("unionOf").nTriples, cells.first ?? Vocabulary.rdf("nil").nTriples)
                for (index, member) in members.enumerated() {
                    try line(cells[index], Vocabulary.rdf("first").nTriples, member.nTriples)
                    try line(cells[index], Vocabulary.rdf("rest").nTriples, index + 1 < cells.count ? cells[index + 1] : Vocabulary.rdf("nil").nTriples)
                }
            }
        }
    }

    func writeReified(_ subject: RDFTerm, _ predicate: RDFTerm, _ object: RDFTerm, annotations: RDFDescription, asserted: Bool, countsTriple: Bool) throws {
        throw ExportError("N-Triples has no RDF 1.2 reifiers; kx writes statements there by standard reification")
    }

    func finish() throws {
        try writer.flush()
    }

    private func line(_ subject: String, _ predicate: String, _ object: String) throws {
        try writer.write(subject + " " + predicate + " " + object + " .\n")
        count += 1
    }
}
