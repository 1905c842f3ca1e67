/// What an export says about one subject: its predicate–object pairs, in the order they are written.
struct RDFDescription {
    let subject: RDFTerm
    private(set) var pairs: [(predicate: RDFTerm, object: RDFObject)] = []
    /// The pairs added with `addDistinct`, which a store would hold once.
    private var distinct: Set<Pair> = []

    private struct Pair: Hashable {
        let predicate: RDFTerm, object: RDFObject
    }

    init(_ subject: RDFTerm) {
        self.subject = subject
    }

    var isEmpty: Bool { pairs.isEmpty }

    /// The triples the description holds, its unions' own included.
    var tripleCount: Int { pairs.reduce(0) { $0 + 1 + $1.object.extraTriples } }

    mutating func add(_ predicate: RDFTerm, _ object: RDFTerm) {
        pairs.append((predicate, .term(object)))
    }

    mutating func add(_ predicate: RDFTerm, _ object: RDFObject) {
        pairs.append((predicate, object))
    }

    /// Adds each of `objects` with `predicate`.
    mutating func add(_ predicate: RDFTerm, each objects: [RDFTerm]) {
        for object in objects { add(predicate, object) }
    }

    /// Adds the pair unless `addDistinct` added it before: for values that may repeat (aliases, notes,
    /// a value stated by two sources), since a store keeps one triple and the count must say so.
    /// Returns whether it was new.
    @discardableResult
    mutating func addDistinct(_ predicate: RDFTerm, _ object: RDFTerm) -> Bool {
        guard distinct.insert(Pair(predicate: predicate, object: .term(object))).inserted else { return false }
        add(predicate, object)
        return true
    }
}
