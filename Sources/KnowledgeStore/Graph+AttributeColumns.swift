import KnowledgeGraph

extension Graph {
    /// Attribute `name` of the entities at `positions`, one row each: every statement of it, asserted,
    /// hedged or denied, as its value and qualifiers, without reading documents, quotes or notes.
    /// Names are compared by string number (strings are interned), so each statement costs a comparison
    /// of two numbers. O(statements of the entities).
    public func attributeColumn(_ name: String, of positions: [Int]) -> AttributeColumn {
        var column = AttributeColumn(name: name)
        let number = attributeNameNumber(name, among: positions)
        let names = columns.attributeName
        for position in positions {
            for index in attributes(at: position) where names[index] == number { column.append(statedValue(at: index)) }
            column.endRow()
        }
        return column
    }

    /// The string number of attribute name `name`, from the first statement among the entities at
    /// `positions` that has it; nil when none has.
    private func attributeNameNumber(_ name: String, among positions: [Int]) -> UInt32? {
        Array(name.utf8).withUnsafeBufferPointer { key in
            for position in positions {
                for index in attributes(at: position) where strings.compare(columns.attributeName[index], key) == 0 {
                    return columns.attributeName[index]
                }
            }
            return nil
        }
    }

    private func statedValue(at index: Int) -> StatedValue {
        let hedge = columns.attributeHedge[index]
        return StatedValue(value: Value(typeCode: columns.attributeType[index], text: strings[columns.attributeValue[index]]),
                           hedge: hedge == 0 ? nil : strings[hedge], negated: columns.attributeNegated[index] != 0)
    }
}
