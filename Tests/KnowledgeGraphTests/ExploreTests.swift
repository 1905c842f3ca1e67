import XCTest
@testable import KnowledgeGraph

final class ExploreTests: XCTestCase {
    func show(_ name: String, _ facts: String, source: String = TestPacks.source) {
        print("=== \(name)")
        print(TestPacks.errors(facts: TestPacks.header + facts, source: source))
    }
    func testExplore() throws {
        show("dupkey", "entities:\n  - id: t\n    kind: trial\n    kind: drug\n    name: T\n    quote: Two trials\n")
        show("missing name", "entities:\n  - id: t\n    kind: trial\n    quote: Two trials\n")
        show("unknown key", "entities:\n  - id: t\n    kind: trial\n    nmae: T\n    quote: Two trials\n")
        show("not mapping", "entities:\n  - t\n")
        show("slug", "entities:\n  - id: T x\n    kind: trial\n    name: T\n    quote: Two trials\n")
        show("entities not list", "entities: 3\n")
        show("empty facts", "")
        show("control", "entities: \u{7}\n")
        print("=== empty file")
        print(TestPacks.errors([TestPacks.root(facts: "")]))
        let a = """
        document:
          id: doc-a
          citation: A.
        entities:
          - id: trastuzumab
            kind: drug
            name: trastuzumab
            aliases: [Herceptin]
            quote: trastuzumab
          - id: t
            kind: trial
            name: T
            quote: Two trials
            attributes:
              status: {value: planned, quote: were planned}

        """
        let b = """
        document:
          id: doc-b
          citation: B.
        entities:
          - id: trastuzumab
            kind: drug
            name: trastuzumab
            aliases: [herceptin, HERC]
            quote: trastuzumab
          - id: t
            kind: trial
            name: T
            quote: Two trials
            attributes:
              count: {value: "2", quote: Two trials}
              status: {value: completed, quote: failed to accrue}
        relations:
          - subject: t
            type: concerns
            object: trastuzumab
            quote: trastuzumab

        """
        let s = Array(TestPacks.source.utf8)
        func root(_ a: String, _ b: String) -> KnowledgeFiles {
            KnowledgeFiles(root: "K", files: ["schema.yaml": Array(TestPacks.schema.utf8), "a/facts.yaml": Array(a.utf8), "a/source.txt": s, "b/facts.yaml": Array(b.utf8), "b/source.txt": s])
        }
        print("=== merge conflict")
        print(TestPacks.errors([root(a, b)]))
        print("=== same doc")
        print(TestPacks.errors([root(a, b.replacingOccurrences(of: "doc-b", with: "doc-a").replacingOccurrences(of: "completed", with: "planned"))]))
        let g = try KnowledgeLoader.load([root(a, b.replacingOccurrences(of: "completed", with: "planned"))])
        for e in g.entities { print(e.id, e.aliases, e.attributes.map { "\($0.name)=\($0.value)" }, e.provenance.map(\.document)) }
        // symlink
        let tmp = NSTemporaryDirectory() + "kx-explore-\(getpid())"
        try? FileManager.default.removeItem(atPath: tmp)
        try FileManager.default.createDirectory(atPath: tmp + "/real/p", withIntermediateDirectories: true)
        try Data(TestPacks.schema.utf8).write(to: URL(fileURLWithPath: tmp + "/real/schema.yaml"))
        try Data((TestPacks.header + "entities: []\n").utf8).write(to: URL(fileURLWithPath: tmp + "/real/p/facts.yaml"))
        try Data(TestPacks.source.utf8).write(to: URL(fileURLWithPath: tmp + "/real/p/source.txt"))
        try FileManager.default.createSymbolicLink(atPath: tmp + "/link", withDestinationPath: tmp + "/real")
        try FileManager.default.createSymbolicLink(atPath: tmp + "/real/p/linked.txt", withDestinationPath: tmp + "/real/p/source.txt")
        print("=== real", try KnowledgeFiles(directory: tmp + "/real").files.keys.sorted())
        print("=== real/", try KnowledgeFiles(directory: tmp + "/real/").files.keys.sorted())
        print("=== link", try KnowledgeFiles(directory: tmp + "/link").files.keys.sorted())
        print("=== dotdot", try KnowledgeFiles(directory: tmp + "/real/p/../").files.keys.sorted())
        print("=== rel", FileManager.default.currentDirectoryPath)
        try? FileManager.default.removeItem(atPath: tmp)
    }
}
