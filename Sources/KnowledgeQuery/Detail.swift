/// How much of its entities an entity list carries, which the output format decides: the values a
/// table shows, or also where each statement comes from, which only JSON shows. Other results
/// carry the same in either case.
public enum Detail: Sendable {
    /// Ids, kinds, names and the attribute columns: values with their hedges and denials.
    case values
    /// Also each entity whole: aliases, and every attribute statement with its document, date, notes
    /// and where it is quoted.
    case provenance
}
