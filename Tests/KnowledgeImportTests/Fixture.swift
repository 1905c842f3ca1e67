import Foundation
import KnowledgeGraph
@testable import KnowledgeImport

/// The fictional article of Fixtures/ (invented for these tests; it states nothing about real
/// medicine) in the three PubMed formats, and the fictional trials of Fixtures/ctgov as
/// ClinicalTrials.gov records.
enum Fixture {
    static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the Fixtures resource is not in the test bundle"))
        }
        return url.appendingPathComponent(name).path
    }

    static func records(_ name: String) throws -> [PublicationRecord] {
        let path = try path(name)
        return try RecordReader.read(try String(contentsOfFile: path, encoding: .utf8), file: name)
    }
}

extension Fixture {
    static func trials(_ name: String) throws -> [TrialRecord] {
        try ClinicalTrialsReader.read(try String(contentsOfFile: try path(name), encoding: .utf8), file: name)
    }
}
