import KnowledgeGraph
import Rendering

/// What a statement evaluates to, neutral about presentation: renderers turn it into text in the chosen format.
public enum QueryResult: Sendable {
    /// A set of entities, such as `trials where …`.
    case entities(EntityList)
    /// Rows that are not entities: `select`, `neighbors`, statements, introspection.
    case rows(Rows)
    /// The full card of one entity (`show`).
    case card(Card)
    /// Shortest paths between two entities (`path`).
    case paths(PathList)
    /// Verbatim quotes behind an entity or a fact (`why`).
    case quotes(QuoteList)
    /// A number of entities (`count`).
    case count(Int, noun: Noun)
    /// What an executor does to answer a statement (`explain`).
    case explanation(Explanation)
}

/// How an executor answers a statement: where it runs, and its steps (for a SPARQL endpoint, the
/// queries it sends, each without the prefixes they share).
public struct Explanation: Hashable, Sendable {
    /// `in memory`, or the endpoint's URL.
    public var engine: String
    /// What every step shares, such as the PREFIX lines of the queries; empty when nothing.
    public var prologue: String
    public var steps: [String]

    public init(engine: String, prologue: String = "", steps: [String]) {
        self.engine = engine
        self.prologue = prologue
        self.steps = steps
    }
}

/// Singular and plural of what a result counts, for footers such as `(2 trials)`.
public struct Noun: Hashable, Sendable {
    public var singular: String
    public var plural: String

    public init(_ singular: String, _ plural: String) {
        self.singular = singular
        self.plural = plural
    }

    /// `1 trial`, `2 trials`, `38,566 trials`: in footers, banners and sentences the number is
    /// grouped by thousands for people to read; the answer to `count` is not (`grouped: false`).
    public func counted(_ count: Int, grouped: Bool = true) -> String {
        "\(grouped ? count.groupedByThousands : String(count)) \(count == 1 ? singular : plural)"
    }

    public static let entity = Noun("entity", "entities")
    public static let row = Noun("row", "rows")
}

/// Entities in result order, column by column: their ids, kinds and names, the attributes worth
/// showing, and why the list is empty when kx can tell.
public struct EntityList: Sendable {
    public var ids: [String]
    /// Each entity's kind (singular name).
    public var kinds: [String]
    public var names: [String]
    /// The attributes to show as columns, in schema order: those of a single kind that some row has.
    public var columns: [AttributeColumn]
    /// Each entity whole, its quotes without their words; nil unless the executor was asked for
    /// `Detail.provenance`.
    public var entities: [Entity]?
    public var noun: Noun
    /// When empty: why, such as that no trial has control=placebo.
    public var emptiness: EmptyReason?
    /// What the reader should know about the result, such as hedged statements left out of a filter.
    public var notes: [ResultNote] = []

    public init(ids: [String], kinds: [String], names: [String], columns: [AttributeColumn], entities: [Entity]? = nil, noun: Noun,
                emptiness: EmptyReason? = nil, notes: [ResultNote] = []) {
        self.ids = ids
        self.kinds = kinds
        self.names = names
        self.columns = columns
        self.entities = entities
        self.noun = noun
        self.emptiness = emptiness
        self.notes = notes
    }
}

/// One entity with everything the graph holds about it.
public struct Card: Sendable {
    public var entity: Entity
    public var kind: EntityKind
    /// Relations with the entity at either end, each with the entity at the other end.
    public var links: [Link]
    /// Citations of the documents the card's quotes come from, by document id.
    public var citations: [String: String]

    /// A relation seen from the card's entity.
    public struct Link: Sendable {
        /// The relation name read from this entity: the forward name when it is the subject, else the inverse.
        public var name: String
        public var direction: Direction
        public var other: Entity
        public var relation: Relation
    }
}

/// Shortest paths from one entity to another.
public struct PathList: Sendable {
    public var from: Entity
    public var to: Entity
    public var paths: [[PathStep]]
    /// True when more shortest paths exist than are listed.
    public var truncated: Bool

    public init(from: Entity, to: Entity, paths: [[PathStep]], truncated: Bool) {
        self.from = from
        self.to = to
        self.paths = paths
        self.truncated = truncated
    }
}

/// One hop of a path: from an entity over a relation to the next, in the direction walked.
public struct PathStep: Hashable, Sendable {
    public var from: String
    /// The relation's forward name.
    public var relation: String
    /// `.outgoing` when walked from subject to object.
    public var direction: Direction
    public var to: String
    /// The hedge of the statement walked, nil when it is not hedged.
    public var hedge: String?
    /// True when the statement walked is denied.
    public var negated: Bool

    public init(from: String, relation: String, direction: Direction, to: String, hedge: String? = nil, negated: Bool = false) {
        self.from = from
        self.relation = relation
        self.direction = direction
        self.to = to
        self.hedge = hedge
        self.negated = negated
    }
}

/// The quotes behind an entity or a fact.
public struct QuoteList: Sendable {
    /// What the quotes support, such as `registher` or `registher addresses continue-after-progression`.
    public var subject: String
    public var rows: [Row]
    /// The curator's notes on the facts listed.
    public var notes: [CuratorNote]
    /// Citations of the documents quoted, by document id.
    public var citations: [String: String]

    public struct Row: Sendable {
        /// What the quote supports.
        public var claim: Claim
        public var provenance: Provenance
        /// How the source states it: hedge, denial, as-of date.
        public var qualifiers: Qualifiers = Qualifiers()
    }
}

extension QuoteList {
    /// One row per quote of a statement, with its qualifiers.
    public static func rows(_ fact: Fact) -> [Row] {
        let claim = Claim(fact)
        return fact.provenance.map { Row(claim: claim, provenance: $0, qualifiers: fact.qualifiers) }
    }

    /// The curator's notes on statements, each with the statement it is about.
    public static func notes(_ facts: [Fact]) -> [CuratorNote] {
        facts.flatMap { fact in fact.qualifiers.notes.map { CuratorNote(about: fact.triple, text: $0) } }
    }
}

/// What one quote supports: that an entity is of its kind or has its names, or one statement.
public enum Claim: Hashable, Sendable {
    /// The entity (by its name) is of `kind`.
    case kind(name: String, kind: String)
    /// The entity (by its name) is also called `aliases`.
    case aliases(name: String, aliases: [String])
    /// An attribute statement: `status = initiated`.
    case attribute(name: String, value: String)
    /// A relation statement, by ids and the relation's forward name.
    case relation(subject: String, predicate: String, object: String)
}

extension Claim {
    /// What a statement claims: a relation, or an attribute's value.
    public init(_ fact: Fact) {
        switch fact.object {
        case .entity(let object): self = .relation(subject: fact.subject, predicate: fact.predicate, object: object)
        case .value(let value): self = .attribute(name: fact.predicate, value: value.description)
        }
    }
}

/// A curator's note on how something was modelled, with what it is about: an entity's id or a statement's `subject predicate object`.
public struct CuratorNote: Hashable, Sendable {
    public var about: String
    public var text: String

    public init(about: String, text: String) {
        self.about = about
        self.text = text
    }
}
