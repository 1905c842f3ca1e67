import FileSafety
import Foundation
import KnowledgeGraph

/// Writes each record as a new pack folder under a knowledge root: `source.txt` and `facts.yaml`.
public enum PackWriter {
    /// A pack about to be written: its folder name and its two files.
    public struct Pack: Equatable, Sendable {
        public var id: String
        public var source: String
        public var facts: String
        /// What the record states that the pack leaves out, and why, for the import summary.
        public var notes: [String] = []
    }

    /// The packs of `records`, named from the first author's family name and the year (`pusztai-2006`),
    /// with `-2`, `-3`… when the name is taken by another record of this import or another pack in `root`.
    /// - Throws: `KnowledgeError` at the record when its folder already holds the same record and `force` is false.
    public static func packs(_ records: [PublicationRecord], root: String, force: Bool) throws -> [Pack] {
        var taken: Set<String> = []
        var packs: [Pack] = []
        for record in records {
            let id = try folder(base: baseID(record), firstLine: PackSource(record: record).titleLine, location: record.location, root: root, force: force, taken: &taken)
            packs.append(pack(record, id: id))
        }
        return packs
    }

    /// The folder of `root` for a record: `base`, or `base-2`, `base-3`… when the name is in `taken`
    /// or another record's pack in `root` has it. A pack whose source begins with `firstLine`
    /// holds the same record: its folder is the answer when `force`, an error at `location` if not.
    static func folder(base: String, firstLine: String, location: SourceLocation, root: String, force: Bool, taken: inout Set<String>) throws -> String {
        var id = base
        for suffix in 2...10_000 {
            let existing = (try? FileReader.read(root + "/" + id + "/source.txt", limit: KnowledgeFiles.maximumFileSize)).map { String(decoding: $0, as: UTF8.self) }
            let exists = FileManager.default.fileExists(atPath: root + "/" + id)
            if !taken.contains(id), !exists { break }
            if !taken.contains(id), let existing, existing.hasPrefix(firstLine + "\n") {
                guard force else {
                    throw KnowledgeError(Diagnostic(location: location,
                                                    message: "the pack folder '\(root)/\(id)' already holds this record; expected a record not yet imported, or --force to replace it"))
                }
                break
            }
            id = "\(base)-\(suffix)"
        }
        taken.insert(id)
        return id
    }

    /// The pack of `record` in the folder `id`, built without reading the disk.
    public static func pack(_ record: PublicationRecord, id: String) -> Pack {
        Pack(id: id, source: PackSource(record: record).text, facts: FactsWriter(record: record, id: id, origin: "\(record.location.file):\(record.location.line)").text)
    }

    /// Writes `packs` as folders of `root`, creating it when missing.
    public static func write(_ packs: [Pack], root: String) throws {
        for pack in packs {
            let folder = root + "/" + pack.id
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write(pack.source, to: folder + "/source.txt")
            try AtomicFile.write(pack.facts, to: folder + "/facts.yaml")
        }
    }

    /// `pusztai-2006`: the first author's family name and the year as a slug, or the title's first words.
    public static func baseID(_ record: PublicationRecord) -> String {
        let name = record.authors.first.map(\.familyName.slug) ?? record.title.slug.split(separator: "-").prefix(3).joined(separator: "-")
        let id = [name.isEmpty ? "publication" : name, record.date.map { String($0.prefix(4)) }].compactMap { $0 }.joined(separator: "-")
        return id
    }
}
