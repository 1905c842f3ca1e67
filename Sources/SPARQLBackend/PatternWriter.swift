import KnowledgeGraph
import KnowledgeQuery

/// Writes SPARQL graph patterns and filter expressions for bound conditions, with fresh variables.
///
/// The meaning is the in-memory executor's: a field's values are those of the plainly asserted
/// statements, which an export writes as plain triples (hedged and denied ones never are); `=`
/// ignores case and matches a related entity by id, name or alias; `!=` needs the field present.
struct PatternWriter {
    let vocabulary: Vocabulary
    let schema: Schema
    private var counter = 0

    init(vocabulary: Vocabulary, schema: Schema) {
        self.vocabulary = vocabulary
        self.schema = schema
    }

    /// A new variable, `?v3`.
    mutating func fresh(_ stem: String = "v") -> String {
        counter += 1
        return "?\(stem)\(counter)"
    }

    /// Binds `kind` to the class of the entity at `entity` (see `Vocabulary.typed(_:_:among:)`).
    func kindPattern(_ entity: String, _ kind: String) -> String {
        vocabulary.typed(entity, kind, among: schema)
    }

    /// The triple pattern of one relation walked from `from` to `to`.
    func step(_ type: String, _ direction: Direction, from: String, to: String) -> String {
        direction == .outgoing ? "\(from) \(vocabulary.property(type)) \(to) ." : "\(to) \(vocabulary.property(type)) \(from) ."
    }

    /// Patterns that keep the entities bound to `variable` that meet `predicate`, one for each
    /// branch of a UNION the caller makes, each to follow the whole selection so far (an engine such
    /// as Oxigraph evaluates a branch before joining it: 4.4 s instead of 27 ms for one `or` at 100k
    /// relations). Conditions joined by `and` at the top that only ask for a value to exist are
    /// joined as patterns, which engines answer from their indexes (one equality: 4.8 s as a
    /// `FILTER EXISTS`, 50 ms joined); an `or` of equalities gives one branch for each side, up to
    /// `limit` branches; anything else is a `FILTER`. A pattern may match one entity several times:
    /// selections are `DISTINCT`.
    mutating func alternatives(_ predicate: Predicate<BoundField>, on variable: String, limit: Int = 8) -> [String] {
        var branches = [""]
        for leaf in predicate.leaves {
            var options: [String]
            switch leaf {
            case .has(let field):
                options = [values(field, from: variable).pattern]
            case .compare(let field, .equal(let text, let number, negated: false)):
                options = [equal(field, from: variable, text, number)]
            case .or where Self.isSelective(leaf):
                options = Self.disjuncts(leaf).flatMap { alternatives($0, on: variable, limit: limit) }
            default:
                options = []
            }
            if options.isEmpty || branches.count * options.count > limit { options = ["FILTER(\(expression(leaf, on: variable)))"] }
            branches = branches.flatMap { branch in options.map { branch.isEmpty ? $0 : branch + "\n" + $0 } }
        }
        return branches
    }

    /// The sides of an `or`, however deep its `or`s nest.
    private static func disjuncts(_ predicate: Predicate<BoundField>) -> [Predicate<BoundField>] {
        guard case .or(let a, let b) = predicate else { return [predicate] }
        return disjuncts(a) + disjuncts(b)
    }

    /// Whether `predicate` is equalities joined by `and` and `or`: each a lookup of a given value.
    static func isSelective(_ predicate: Predicate<BoundField>) -> Bool {
        switch predicate {
        case .and(let a, let b), .or(let a, let b): return isSelective(a) && isSelective(b)
        case .compare(_, .equal(_, _, negated: false)): return true
        default: return false
        }
    }

    /// An expression that holds for the entity bound to `variable` when it meets `predicate`.
    mutating func expression(_ predicate: Predicate<BoundField>, on variable: String) -> String {
        switch predicate {
        case .and(let a, let b):
            return "(\(expression(a, on: variable)) && \(expression(b, on: variable)))"
        case .or(let a, let b):
            return "(\(expression(a, on: variable)) || \(expression(b, on: variable)))"
        case .not(let inner):
            return "!(\(expression(inner, on: variable)))"
        case .has(let field):
            return "EXISTS { \(values(field, from: variable).pattern) }"
        case .compare(let field, .equal(let text, let number, negated: false)):
            return "EXISTS { \(equal(field, from: variable, text, number)) }"
        case .compare(let field, .equal(let text, let number, negated: true)):
            return "(EXISTS { \(values(field, from: variable).pattern) } && NOT EXISTS { \(equal(field, from: variable, text, number)) })"
        case .compare(let field, .contains(let text)):
            let found = values(field, from: variable)
            let words = texts(of: found, field)
            return "EXISTS { \(found.pattern) \(words.pattern) FILTER(CONTAINS(LCASE(STR(\(words.variable))), \(SPARQLText.literal(text.lowercased())))) }"
        case .compare(let field, .ordering(let comparison, let bounds)):
            let found = values(field, from: variable)
            guard case .attribute = field.last else { return "false" }
            let tests = bounds.map { ordering(found.variable, comparison, $0) }
            return "EXISTS { \(found.pattern) FILTER(\(tests.joined(separator: " || "))) }"
        }
    }

    /// What a field reaches from `start`: the pattern and the variable holding each value (an
    /// attribute's literal, a related entity, or a built-in field's literal).
    mutating func values(_ field: BoundField, from start: String) -> (pattern: String, variable: String) {
        var pattern = ""
        var current = start
        for hop in field.hops {
            let next = fresh("h")
            pattern += step(hop.type, hop.direction, from: current, to: next) + " "
            current = next
        }
        let value = fresh("x")
        switch field.last {
        case .attribute(let name):
            pattern += "\(current) \(vocabulary.property(name)) \(value) ."
        case .relation(let type, let direction):
            pattern += step(type, direction, from: current, to: value)
        case .builtin(.id): pattern += "\(current) dcterms:identifier \(value) ."
        case .builtin(.name): pattern += "\(current) rdfs:label \(value) ."
        case .builtin(.kind):
            let kind = fresh("k")
            pattern += kindPattern(current, kind) + " \(kind) rdfs:label \(value) ."
        case .builtin(.aliases): pattern += "\(current) skos:altLabel \(value) ."
        case .builtin(.xrefs): pattern += "\(current) kx:xref \(value) ."
        }
        return (pattern, value)
    }

    /// The words a reached value is matched by: a related entity's id, name and aliases, else the value itself.
    private mutating func texts(of found: (pattern: String, variable: String), _ field: BoundField) -> (pattern: String, variable: String) {
        guard case .relation = field.last else { return ("", found.variable) }
        let word = fresh("w")
        return ("\(found.variable) dcterms:identifier|rdfs:label|skos:altLabel \(word) .", word)
    }

    /// A pattern that holds when a value of `field` equals `text` (ignoring case), or `number`.
    private mutating func equal(_ field: BoundField, from start: String, _ text: String, _ number: Double?) -> String {
        let needle = SPARQLText.literal(text.lowercased())
        switch field.last {
        case .relation:
            let found = values(field, from: start)
            // The lower-cased id, name and aliases of every entity are its keys: an index lookup.
            return "\(found.pattern) \(found.variable) kx:key \(needle) ."
        case .attribute:
            let found = values(field, from: start)
            if let canonical = enumerationSpellings(field, text) {
                // One spelling is a constant in the triple (engines plan a constant better than a one-row VALUES).
                if canonical.count == 1, let only = canonical.first, found.pattern.hasSuffix(" \(found.variable) .") {
                    return String(found.pattern.dropLast(found.variable.count + 2)) + "\(SPARQLText.literal(only)) ."
                }
                return "VALUES \(found.variable) { \(canonical.map(SPARQLText.literal).joined(separator: " ")) } \(found.pattern)"
            }
            let value = found.variable
            let textual = "LCASE(STR(\(value))) = \(needle)"
            guard let number else { return "\(found.pattern) FILTER(\(textual))" }
            return "\(found.pattern) FILTER(IF(isNumeric(\(value)), \(value) = \(SPARQLText.number(number)), \(textual)))"
        case .builtin:
            let found = values(field, from: start)
            return "\(found.pattern) FILTER(LCASE(STR(\(found.variable))) = \(needle))"
        }
    }

    /// The exact spellings an enumeration field stores for `text`, when every type the field can
    /// have is an enumeration (values are stored as the schema spells them): an index lookup instead of a scan.
    private func enumerationSpellings(_ field: BoundField, _ text: String) -> [String]? {
        var spellings: [String] = []
        for type in field.types {
            guard case .enumeration(let allowed) = type else { return nil }
            spellings += allowed.filter { $0.lowercased() == text.lowercased() && !spellings.contains($0) }
        }
        return field.types.isEmpty ? nil : spellings
    }

    /// `value OP bound` for a number or a date, the date cut to the bound's precision as in memory.
    private func ordering(_ value: String, _ comparison: ComparisonOperator, _ bound: Value) -> String {
        switch bound {
        case .number(let number):
            return "(isNumeric(\(value)) && \(value) \(comparison.rawValue) \(SPARQLText.number(number)))"
        case .date(let date):
            let text = date.description
            let dated = "DATATYPE(\(value)) IN (<\(XSD.gYear)>, <\(XSD.gYearMonth)>, <\(XSD.date)>)"
            return "(\(dated) && SUBSTR(STR(\(value)), 1, \(text.count)) \(comparison.rawValue) \(SPARQLText.literal(text)))"
        default:
            return "false"
        }
    }
}
