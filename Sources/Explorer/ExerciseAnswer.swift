import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// What a query's result answers, in the terms exercises compare: which entities it finds, and
/// whether it counts them.
///
/// `count QUERY` is compared by the entities QUERY finds, so counting the right number of the
/// wrong rows is not a right answer.
struct ExerciseAnswer: Equatable {
    /// Entity ids in result order, without repeats.
    var ids: [String]
    /// True for `count …`: the answer is a number.
    var isCount: Bool
    /// The ids of the entities the rows are about: the entities themselves, or each statement's
    /// subject and object (an attribute's value too, which names no entity).
    var entities: [String]

    /// The answer a statement's result gives, or nil when it cannot answer an exercise
    /// (quotes, paths, cards, introspection).
    init?(statement: String, result: QueryResult, executor: any Executor) {
        switch result {
        case .entities(let list):
            self.init(ids: list.ids, isCount: false)
        case .count:
            // The number alone cannot say which rows were counted: evaluate what was counted.
            guard case .count(let query)? = try? Parser.parse(statement),
                  let counted = try? executor.evaluate(.query(query)),
                  let rows = ExerciseAnswer(statement: "", result: counted, executor: executor) else { return nil }
            self.init(ids: rows.ids, isCount: true, entities: rows.entities)
        case .rows(let rows):
            // `select id, … from QUERY` lists entities; `statements …` lists statements, each
            // known by its subject, predicate and object.
            let table = ResultRenderer.table(rows)
            let names = table.columns.map(\.name)
            if let column = names.firstIndex(of: "id") {
                self.init(ids: table.rows.compactMap { column < $0.count ? $0[column].plainText : nil }, isCount: false)
            } else if let subject = names.firstIndex(of: "subject"), let predicate = names.firstIndex(of: "predicate"), let object = names.firstIndex(of: "object") {
                let width = max(subject, predicate, object)
                let rows = table.rows.filter { $0.count > width }
                self.init(ids: rows.map { "\($0[subject].plainText) \($0[predicate].plainText) \($0[object].plainText)" }, isCount: false,
                          entities: rows.flatMap { [$0[subject].plainText, $0[object].plainText] })
            } else {
                return nil
            }
        case .card, .paths, .quotes, .explanation:
            return nil
        }
    }

    /// `entities` are the `ids` unless given.
    init(ids: [String], isCount: Bool, entities: [String]? = nil) {
        var seen: Set<String> = []
        self.ids = ids.filter { seen.insert($0).inserted }
        self.isCount = isCount
        seen = []
        self.entities = (entities ?? ids).filter { seen.insert($0).inserted }
    }

    /// How this answer (the student's) compares with `accepted`: nil when it is right, else what
    /// to tell the student — which rows are missing or do not belong, or that the question asks for
    /// a count (or for the rows themselves).
    func feedback(against accepted: ExerciseAnswer) -> String? {
        let given = Set(ids), expected = Set(accepted.ids)
        if given == expected {
            if isCount == accepted.isCount { return nil }
            return accepted.isCount ? "Right rows, but this is a count question: put count in front of your query."
                                    : "Right rows, but this question asks which ones: leave out count to list them."
        }
        var message = isCount ? "You counted \(ids.count). " : ""
        let missing = accepted.ids.filter { !given.contains($0) }
        let extra = ids.filter { !expected.contains($0) }
        if ids.isEmpty {
            message += "Your query finds nothing; the answer has \(accepted.ids.count) \(accepted.ids.count == 1 ? "row" : "rows")."
        } else if missing.count == accepted.ids.count {
            message += "Not the answer: none of your rows is in it."
        } else if extra.isEmpty {
            message += "Close: your rows are right, but some are missing: \(Self.list(missing))."
        } else if missing.isEmpty {
            message += "Close: the answer is there, but so are rows that do not belong: \(Self.list(extra))."
        } else {
            message += "Partly right. Missing: \(Self.list(missing)). Should not be there: \(Self.list(extra))."
        }
        if accepted.isCount != isCount {
            message += accepted.isCount ? " And this is a count question." : " And this question asks which ones, not how many."
        }
        return message
    }

    /// `a, b, c and 2 more`.
    private static func list(_ ids: [String]) -> String {
        let shown = ids.prefix(4).joined(separator: ", ")
        return ids.count > 4 ? "\(shown) and \(ids.count - 4) more" : shown
    }
}
