import Synchronization
import KnowledgeGraph

/// The image's sections as typed columns, each checked the first time it is read: its checksum, and
/// that every number in it that indexes another column is in range and every start array is
/// ordered. A query touches only the pages of the sections it reads, so opening a large image costs
/// its section table, its strings and its schema, not a pass over every page.
///
/// A section that fails its check reads as zeros of its own length, which every other column's
/// check holds for, so nothing reads out of bounds; each read of it counts as damaged, and
/// `Graph.failingOnDamage` turns that into an error naming the section.
final class GraphColumns: @unchecked Sendable {
    private let image: ImageBuffer
    /// What each section's numbers must satisfy, at its tag.
    private let rules: [SectionRule]
    /// Sections checked so far, of those the damaged ones, and the others (read without further
    /// ado), one bit per tag (tags are below 64, as a test checks).
    private let checked = Atomic<UInt64>(0)
    private let damaged = Atomic<UInt64>(0)
    private let clean = Atomic<UInt64>(0)
    private let damagedReads = Atomic<Int>(0)
    /// Each section's bytes as read: the image's, or zeros when it failed its check. Written only
    /// under `state`, before the section's bit is set in `checked`.
    private let effective: UnsafeMutableBufferPointer<UnsafeRawBufferPointer>
    /// The zeroed stand-ins to free, and what was wrong with each damaged section, at its tag.
    private let state: Mutex<(standIns: [UnsafeMutableRawPointer], problems: [String?])>

    let entityCount, attributeCount, relationCount: Int

    /// Checks what the section table alone tells (every column's length against the others'), and
    /// prepares each section to be checked on first use against `strings` and `schema`.
    init(_ image: ImageBuffer, strings: Int, schema: Schema) throws {
        self.image = image
        let slots = Int(ImageSection.allCases.map(\.rawValue).max() ?? 0) + 1
        let count = { (section: ImageSection) in image.bytes(section).count / section.width }
        (entityCount, attributeCount, relationCount) = (count(.entityID), count(.attributeName), count(.relationSubject))
        let limits = SectionRule.Limits(strings: strings, kinds: schema.kinds.count, relationTypes: schema.relations.count, entities: entityCount,
                                        attributes: attributeCount, relations: relationCount, quotes: count(.provenanceDocument),
                                        documents: count(.documentID), segments: count(.segmentRole), count: count)
        var rules = [SectionRule](repeating: .any, count: slots)
        for section in ImageSection.allCases {
            let (rule, length) = SectionRule.of(section, limits)
            try rule.checkLength(count(section), expected: length)
            rules[Int(section.rawValue)] = rule
        }
        self.rules = rules
        effective = .allocate(capacity: slots)
        effective.initialize(repeating: UnsafeRawBufferPointer(start: nil, count: 0))
        for section in ImageSection.allCases { effective[Int(section.rawValue)] = UnsafeRawBufferPointer(image.bytes(section)) }
        state = Mutex(([], Array(repeating: nil, count: slots)))
    }

    deinit {
        state.withLock { $0.standIns.forEach { $0.deallocate() } }
        effective.deallocate()
    }

    /// A section of 32-bit numbers, checked the first time it is read.
    @inline(__always)
    func words(_ section: ImageSection) -> UnsafeBufferPointer<UInt32> {
        let bytes = read(section)
        return UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt32.self), count: bytes.count / 4)
    }

    /// A section of bytes, checked the first time it is read.
    @inline(__always)
    func bytes(_ section: ImageSection) -> UnsafeBufferPointer<UInt8> {
        let bytes = read(section)
        return UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    /// Whether `section` has been read and found damaged.
    func isDamaged(_ section: ImageSection) -> Bool {
        damaged.load(ordering: .acquiring) & (1 << UInt64(section.rawValue)) != 0
    }

    /// How many reads have found a section damaged so far.
    var damagedReadCount: Int { damagedReads.load(ordering: .relaxed) }

    /// What is wrong with the damaged sections read so far, in section order.
    var problems: [(ImageSection, String)] {
        state.withLock { state in ImageSection.allCases.compactMap { section in state.problems[Int(section.rawValue)].map { (section, $0) } } }
    }

    /// A section's bytes: at once when it was checked and found clean, the only case after its first read.
    @inline(__always)
    private func read(_ section: ImageSection) -> UnsafeRawBufferPointer {
        if clean.load(ordering: .acquiring) & (1 << UInt64(section.rawValue)) != 0 { return effective[Int(section.rawValue)] }
        return readFirst(section)
    }

    /// A section's bytes the first time it is read (it is checked then), or whenever it is damaged
    /// (the read is counted then).
    @inline(never)
    private func readFirst(_ section: ImageSection) -> UnsafeRawBufferPointer {
        let bit = UInt64(1) << UInt64(section.rawValue)
        if checked.load(ordering: .acquiring) & bit == 0 { check(section) }
        if damaged.load(ordering: .acquiring) & bit != 0 { damagedReads.add(1, ordering: .relaxed) }
        return effective[Int(section.rawValue)]
    }

    /// Checks `section` and the sections it is checked together with, once: a pair whose numbers are
    /// checked against each other stands or falls together.
    private func check(_ section: ImageSection) {
        state.withLock { state in
            let group = section.checkedTogether
            guard checked.load(ordering: .acquiring) & group.map({ 1 << UInt64($0.rawValue) }).reduce(0, |) == 0 else { return }
            let found = group.lazy.compactMap(self.problem(in:)).first
            var bits: UInt64 = 0
            for member in group {
                let slot = Int(member.rawValue)
                bits |= 1 << UInt64(slot)
                guard let found else { continue }
                state.problems[slot] = found
                let size = effective[slot].count
                guard size > 0 else { continue }
                let zeros = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
                zeros.initializeMemory(as: UInt8.self, repeating: 0, count: size)
                state.standIns.append(zeros)
                effective[slot] = UnsafeRawBufferPointer(start: zeros, count: size)
            }
            if found == nil { clean.bitwiseOr(bits, ordering: .releasing) } else { damaged.bitwiseOr(bits, ordering: .releasing) }
            checked.bitwiseOr(bits, ordering: .releasing)
        }
    }

    /// What is wrong with `section` as the image holds it, or nil when its checksum and numbers
    /// hold. Pages read only to check it are let go (`ImageBuffer.release`).
    private func problem(in section: ImageSection) -> String? {
        let rule = rules[Int(section.rawValue)]
        guard rule != .any else { return image.problem(in: section) }
        let words = image.words(section)
        return image.problem(in: section) { range in
            let elements = range.lowerBound / 4..<range.upperBound / 4
            let problem = rule.problem(in: words, elements: elements, partner: image.words)
            if case .notBefore(let other, _) = rule, image.words(other).count == words.count {
                image.release(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: image.words(other)[elements])))
            }
            return problem
        }
    }

    var entityID: UnsafeBufferPointer<UInt32> { words(.entityID) }
    var entityKind: UnsafeBufferPointer<UInt32> { words(.entityKind) }
    var entityName: UnsafeBufferPointer<UInt32> { words(.entityName) }
    var aliasStart: UnsafeBufferPointer<UInt32> { words(.aliasStart) }
    var aliases: UnsafeBufferPointer<UInt32> { words(.aliases) }
    var xrefStart: UnsafeBufferPointer<UInt32> { words(.xrefStart) }
    var xrefPrefix: UnsafeBufferPointer<UInt32> { words(.xrefPrefix) }
    var xrefValue: UnsafeBufferPointer<UInt32> { words(.xrefValue) }
    var entityNoteStart: UnsafeBufferPointer<UInt32> { words(.entityNoteStart) }
    var entityNotes: UnsafeBufferPointer<UInt32> { words(.entityNotes) }
    var entityProvenanceStart: UnsafeBufferPointer<UInt32> { words(.entityProvenanceStart) }
    var attributeStart: UnsafeBufferPointer<UInt32> { words(.attributeStart) }
    var attributeName: UnsafeBufferPointer<UInt32> { words(.attributeName) }
    var attributeType: UnsafeBufferPointer<UInt8> { bytes(.attributeType) }
    var attributeValue: UnsafeBufferPointer<UInt32> { words(.attributeValue) }
    var attributeDocument: UnsafeBufferPointer<UInt32> { words(.attributeDocument) }
    var attributeHedge: UnsafeBufferPointer<UInt32> { words(.attributeHedge) }
    var attributeNegated: UnsafeBufferPointer<UInt8> { bytes(.attributeNegated) }
    var attributeAsOf: UnsafeBufferPointer<UInt32> { words(.attributeAsOf) }
    var attributeNoteStart: UnsafeBufferPointer<UInt32> { words(.attributeNoteStart) }
    var attributeNotes: UnsafeBufferPointer<UInt32> { words(.attributeNotes) }
    var attributeProvenanceStart: UnsafeBufferPointer<UInt32> { words(.attributeProvenanceStart) }
    var relationSubject: UnsafeBufferPointer<UInt32> { words(.relationSubject) }
    var relationType: UnsafeBufferPointer<UInt32> { words(.relationType) }
    var relationObject: UnsafeBufferPointer<UInt32> { words(.relationObject) }
    var relationDocument: UnsafeBufferPointer<UInt32> { words(.relationDocument) }
    var relationHedge: UnsafeBufferPointer<UInt32> { words(.relationHedge) }
    var relationNegated: UnsafeBufferPointer<UInt8> { bytes(.relationNegated) }
    var relationAsOf: UnsafeBufferPointer<UInt32> { words(.relationAsOf) }
    var relationNoteStart: UnsafeBufferPointer<UInt32> { words(.relationNoteStart) }
    var relationNotes: UnsafeBufferPointer<UInt32> { words(.relationNotes) }
    var relationProvenanceStart: UnsafeBufferPointer<UInt32> { words(.relationProvenanceStart) }
    var outgoingStart: UnsafeBufferPointer<UInt32> { words(.outgoingStart) }
    var incomingStart: UnsafeBufferPointer<UInt32> { words(.incomingStart) }
    var incomingOrder: UnsafeBufferPointer<UInt32> { words(.incomingOrder) }
    var provenanceDocument: UnsafeBufferPointer<UInt32> { words(.provenanceDocument) }
    var provenanceStart: UnsafeBufferPointer<UInt32> { words(.provenanceStart) }
    var provenanceEnd: UnsafeBufferPointer<UInt32> { words(.provenanceEnd) }
    var documentID: UnsafeBufferPointer<UInt32> { words(.documentID) }
    var documentCitation: UnsafeBufferPointer<UInt32> { words(.documentCitation) }
    var documentDate: UnsafeBufferPointer<UInt32> { words(.documentDate) }
    var documentTextStart: UnsafeBufferPointer<UInt32> { words(.documentTextStart) }
    var documentTextBytes: UnsafeBufferPointer<UInt8> { bytes(.documentTextBytes) }
    var segmentStart: UnsafeBufferPointer<UInt32> { words(.segmentStart) }
    var segmentRole: UnsafeBufferPointer<UInt8> { bytes(.segmentRole) }
    var segmentLabel: UnsafeBufferPointer<UInt32> { words(.segmentLabel) }
    var segmentFrom: UnsafeBufferPointer<UInt32> { words(.segmentFrom) }
    var segmentTo: UnsafeBufferPointer<UInt32> { words(.segmentTo) }
    var nameKey: UnsafeBufferPointer<UInt32> { words(.nameKey) }
    var nameWord: UnsafeBufferPointer<UInt32> { words(.nameWord) }
    var nameEntity: UnsafeBufferPointer<UInt32> { words(.nameEntity) }
    var valueName: UnsafeBufferPointer<UInt32> { words(.valueName) }
    var valueKey: UnsafeBufferPointer<UInt32> { words(.valueKey) }
    var valueEntity: UnsafeBufferPointer<UInt32> { words(.valueEntity) }
    var qualifiedPredicates: UnsafeBufferPointer<UInt32> { words(.qualifiedPredicates) }
}
