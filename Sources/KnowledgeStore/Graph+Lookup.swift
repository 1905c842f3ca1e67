import KnowledgeGraph

extension Graph {
    /// The position of the entity with exactly this id. O(log n) in the name table.
    public func position(of id: String) -> Int? {
        positions(named: id).first { self.id(at: $0) == id }
    }

    /// The entity with exactly this id.
    public func entity(id: String) -> Entity? {
        position(of: id).map { entity(at: $0) }
    }

    /// Positions of the entities of a kind (singular name): one run, since entities are sorted by kind name.
    public func positions(ofKind kind: String) -> Range<Int> {
        guard let number = schema.kinds.firstIndex(where: { $0.name == kind }) else { return 0..<0 }
        let name = schema.kinds[number].name
        // Entities are sorted by kind name, so a binary search over names finds the run.
        let order = { (row: Int) -> Int in
            let kind = self.schema.kinds[Int(self.columns.entityKind[row])].name
            return kind < name ? -1 : kind == name ? 0 : 1
        }
        let start = lowerBound(count: entityCount, order)
        return start..<lowerBound(count: entityCount, from: start) { order($0) <= 0 ? -1 : 1 }
    }

    /// Entities of a kind (singular name), sorted by id.
    public func entities(ofKind kind: String) -> [Entity] {
        positions(ofKind: kind).map { entity(at: $0) }
    }

    /// Positions of the entities whose id, name or an alias equals `reference`, ignoring case, in order. O(log n + k).
    public func positions(named reference: String) -> [Int] {
        let found = nameRows(matching: reference.lowercased(), prefix: false).map { Int(columns.nameEntity[$0]) }
        return Array(Set(found)).sorted()
    }

    /// Entities whose id, name or an alias equals `reference`, ignoring case.
    public func entities(named reference: String) -> [Entity] {
        positions(named: reference).map { entity(at: $0) }
    }

    /// Ids, names and aliases that start with `prefix` (ignoring case), as written, with their entity's position.
    /// O(log n + k) for k words; stops after `limit`.
    public func words(startingWith prefix: String, limit: Int = .max) -> [(word: String, position: Int)] {
        nameRows(matching: prefix.lowercased(), prefix: true).prefix(limit).map { (strings[columns.nameWord[$0]], Int(columns.nameEntity[$0])) }
    }

    /// How many ids, names and aliases start with `prefix`, ignoring case.
    public func wordCount(startingWith prefix: String) -> Int {
        nameRows(matching: prefix.lowercased(), prefix: true).count
    }

    /// Positions of entities whose attribute `name` has a plainly asserted value equal to `value`, ignoring case. O(log n + k).
    public func positions(attribute name: String, equalTo value: String) -> [Int] {
        var key = Array(value.lowercased().utf8)
        let nameBytes = Array(name.utf8)
        return key.withUnsafeMutableBufferPointer { key in
            nameBytes.withUnsafeBufferPointer { nameBytes in
                let rows = lowerBound(count: columns.valueName.count) { row in
                    let order = strings.compare(columns.valueName[row], nameBytes)
                    return order != 0 ? order : strings.compare(columns.valueKey[row], UnsafeBufferPointer(key))
                }
                var found: [Int] = []
                var row = rows
                while row < columns.valueName.count, strings.compare(columns.valueName[row], nameBytes) == 0,
                      strings.compare(columns.valueKey[row], UnsafeBufferPointer(key)) == 0 {
                    found.append(Int(columns.valueEntity[row]))
                    row += 1
                }
                return found
            }
        }
    }

    /// Entities with a plainly asserted value of attribute `name` whose text (lower-cased, as the
    /// value index holds it) passes `test`, for range filters: the attribute's run of the index is
    /// found by binary search and each distinct value in it tested once, O(log n + v + m) for its
    /// v distinct values and m statements, without building an entity.
    public func positions(attribute name: String, whereValue test: (String) -> Bool) -> [Int] {
        let nameBytes = Array(name.utf8)
        return nameBytes.withUnsafeBufferPointer { nameBytes in
            let (names, keys, entities) = (columns.valueName, columns.valueKey, columns.valueEntity)
            var row = lowerBound(count: names.count) { strings.compare(names[$0], nameBytes) }
            var found: [Int] = []
            var (previous, passes) = (UInt32?.none, false)
            while row < names.count, strings.compare(names[row], nameBytes) == 0 {
                if keys[row] != previous {
                    (previous, passes) = (keys[row], test(strings[keys[row]]))
                }
                if passes { found.append(Int(entities[row])) }
                row += 1
            }
            return found
        }
    }

    /// Entities whose attribute `name` has a value equal (ignoring case) to `value`.
    public func entities(attribute name: String, equalTo value: String) -> [Entity] {
        positions(attribute: name, equalTo: value).map { entity(at: $0) }
    }

    /// The distinct values sources assert for attribute `name`, as written, sorted; restricted to a kind when given.
    public func values(ofAttribute name: String, kind: String? = nil) -> [String] {
        var seen: Set<String> = []
        let positions = kind.map { Array(self.positions(ofKind: $0)) } ?? Array(0..<entityCount)
        for position in positions {
            for index in attributes(at: position) where isAsserted(attribute: index) && strings[columns.attributeName[index]] == name {
                seen.insert(strings[columns.attributeValue[index]])
            }
        }
        return seen.sorted()
    }

    /// Whether some statement of `predicate` (an attribute or a relation type's forward name) is hedged or denied.
    public func hasQualifiedStatements(_ predicate: String) -> Bool {
        columns.qualifiedPredicates.contains { strings[$0] == predicate }
    }

    /// Rows of the name table whose key equals `key` (or starts with it).
    private func nameRows(matching key: String, prefix: Bool) -> Range<Int> {
        var bytes = Array(key.utf8)
        return bytes.withUnsafeMutableBufferPointer { bytes in
            let key = UnsafeBufferPointer(bytes)
            let table = columns.nameKey
            let start = lowerBound(count: table.count) { strings.compare(table[$0], key) }
            let end = lowerBound(count: table.count, from: start) { row in
                if prefix { return strings.hasPrefix(table[row], key) ? -1 : 1 }
                return strings.compare(table[row], key) <= 0 ? -1 : 1
            }
            return start..<end
        }
    }

    /// The first row in `from..<count` for which `order` is not negative (rows are sorted by it).
    func lowerBound(count: Int, from start: Int = 0, _ order: (Int) -> Int) -> Int {
        var (low, high) = (start, count)
        while low < high {
            let middle = (low + high) / 2
            if order(middle) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
