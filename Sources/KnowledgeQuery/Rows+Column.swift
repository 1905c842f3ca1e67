extension Rows {
    /// A named column, with what its cells mean where that matters to a reader.
    public struct Column: Sendable, Equatable {
        /// What a column's cells are, beyond their type.
        public enum Role: Sendable, Equatable {
            /// Values with no particular role.
            case value
            /// Entity ids, which people copy and type again.
            case identifier
            /// Numbers of things (entities, facts, hops), compared by size.
            case quantity
            /// What each row is about, with its identifier (a statement's predicate and object).
            case topic
        }

        public var name: String
        public var role: Role

        public init(_ name: String, _ role: Role = .value) {
            self.name = name
            self.role = role
        }
    }
}
