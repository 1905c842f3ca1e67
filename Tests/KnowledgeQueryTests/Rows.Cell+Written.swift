@testable import KnowledgeQuery

extension Rows.Cell {
    /// The cell in a notation for expected values: numbers without `.0`, lists joined with `, `, steps as `from -rel->`.
    var written: String {
        switch self {
        case .text(let text), .entity(let text): return text
        case .number(let number): return number.rounded() == number ? String(Int(number)) : String(number)
        case .list(let items): return items.joined(separator: ", ")
        case .empty: return ""
        case .step(let step): return "\(step.from) \(step.arrow)"
        }
    }
}
