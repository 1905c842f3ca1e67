/// Writes descriptions in one RDF syntax, counting the triples (quads in TriG) it writes.
protocol RDFSerializer: AnyObject {
    /// The triples written so far; each is written once, so this is what a store holds after loading.
    var count: Int { get }

    /// Writes a description, in the default graph or the named graph `graph` (TriG only).
    func write(_ description: RDFDescription, in graph: RDFTerm?) throws

    /// Writes an RDF 1.2 reified triple with its reifier and the reifier's description: asserted, with
    /// the annotation syntax (`s p o ~ r {| … |}`), which also states the triple (counted when
    /// `countsTriple`); otherwise only reified (`<< s p o ~ r >> …`). Turtle only.
    func writeReified(_ subject: RDFTerm, _ predicate: RDFTerm, _ object: RDFTerm, annotations: RDFDescription, asserted: Bool, countsTriple: Bool) throws

    /// Ends the document (a TriG graph still open is closed) and flushes it.
    func finish() throws
}
