extension Rows {
    /// One value in a row, typed so each output format can show it its own way.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// Several values, such as the ids a relation reaches.
        case list([String])
        /// No value.
        case empty
        /// An entity, by its id.
        case entity(String)
        /// The edge a row was reached over.
        case step(PathStep)
    }
}
