// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kx",
    products: [
        .executable(name: "kx", targets: ["kx"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: [
        .target(name: "FileSafety"),
        .target(name: "KnowledgeGraph", dependencies: ["CYAML", "FileSafety"]),
        // The compiled image, the graph read from it and its indexes, and the loader that compiles packs into it.
        .target(name: "KnowledgeStore", dependencies: ["KnowledgeGraph", "FileSafety"]),
        .target(name: "KnowledgeQuery", dependencies: ["KnowledgeGraph", "KnowledgeStore", "Rendering"]),
        .target(name: "KnowledgeImport", dependencies: ["KnowledgeGraph", "KnowledgeStore"]),
        .target(name: "Export", dependencies: ["KnowledgeGraph", "KnowledgeStore", "FileSafety"]),
        .target(name: "Rendering"),
        // Reporting checklists (CONSORT, PRISMA for Abstracts): read from YAML, reported on a graph.
        .target(name: "Checklists", dependencies: ["KnowledgeGraph", "KnowledgeStore", "Rendering"]),
        .target(name: "Explorer", dependencies: ["Export", "FileSafety", "KnowledgeGraph", "KnowledgeStore", "KnowledgeQuery", "Rendering"]),
        // libcurl is loaded with dlopen when an endpoint is first used, so it is not linked.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "SPARQLBackend", dependencies: ["KnowledgeQuery", "CCurl"]),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LineEditor", dependencies: ["CEditLine", "FileSafety", "Rendering"]),
        .executableTarget(name: "kx-embed", dependencies: ["Checklists", "KnowledgeGraph", "KnowledgeStore"], path: "Sources/kx-embed"),
        // Fuzz targets (Fuzz/run builds them with libFuzzer); built plainly they replay a corpus.
        .target(name: "CFuzzing"),
        .target(name: "FuzzReplay", dependencies: ["CFuzzing"]),
        .executableTarget(name: "kx-fuzz-pack", dependencies: ["KnowledgeGraph", "KnowledgeStore", "FuzzReplay"], path: "Sources/kx-fuzz-pack"),
        .executableTarget(name: "kx-fuzz-image", dependencies: ["KnowledgeGraph", "KnowledgeStore", "FuzzReplay"], path: "Sources/kx-fuzz-image"),
        .executableTarget(name: "kx-fuzz-import", dependencies: ["KnowledgeImport", "KnowledgeGraph", "KnowledgeStore", "EmbeddedKnowledge", "FuzzReplay"], path: "Sources/kx-fuzz-import"),
        .executableTarget(name: "kx-fuzz-trials", dependencies: ["KnowledgeImport", "KnowledgeGraph", "KnowledgeStore", "EmbeddedKnowledge", "FuzzReplay"], path: "Sources/kx-fuzz-trials"),
        .executableTarget(name: "kx-fuzz-session", dependencies: ["Explorer", "EmbeddedKnowledge", "FuzzReplay"], path: "Sources/kx-fuzz-session"),
        .executableTarget(name: "kx-fuzz-lesson", dependencies: ["Explorer", "EmbeddedKnowledge", "FuzzReplay"], path: "Sources/kx-fuzz-lesson"),
        .executableTarget(name: "kx-fuzz-progress", dependencies: ["Explorer", "EmbeddedKnowledge", "FileSafety", "FuzzReplay"], path: "Sources/kx-fuzz-progress"),
        .executableTarget(name: "kx-fuzz-endpoint", dependencies: ["SPARQLBackend", "Explorer", "FuzzReplay"], path: "Sources/kx-fuzz-endpoint"),
        .executableTarget(name: "kx-fuzz-checklist", dependencies: ["Checklists", "KnowledgeGraph", "KnowledgeStore", "Rendering", "FuzzReplay"], path: "Sources/kx-fuzz-checklist"),
        .executableTarget(name: "kx-fuzz-history", dependencies: ["LineEditor", "FuzzReplay"], path: "Sources/kx-fuzz-history"),
        .plugin(
            name: "EmbedKnowledge",
            capability: .buildTool(),
            dependencies: ["kx-embed"]
        ),
        // Sources/EmbeddedKnowledge/Knowledge links to Knowledge/. Declaring it as a resource makes
        // SwiftPM notice files added to or removed from it, so the embedding plugin runs again.
        .target(name: "EmbeddedKnowledge", dependencies: ["KnowledgeGraph", "KnowledgeStore"], resources: [.copy("Knowledge")], plugins: ["EmbedKnowledge"]),
        .executableTarget(
            name: "kx",
            dependencies: [
                "CEditLine", "Checklists", "Explorer", "Export", "LineEditor", "EmbeddedKnowledge", "KnowledgeGraph", "KnowledgeStore", "KnowledgeImport", "SPARQLBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FileSafetyTests", dependencies: ["FileSafety"]),
        .testTarget(name: "KnowledgeGraphTests", dependencies: ["FileSafety", "KnowledgeGraph", "KnowledgeStore", "EmbeddedKnowledge"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KnowledgeStoreTests", dependencies: ["KnowledgeStore"]),
        .testTarget(name: "KnowledgeQueryTests", dependencies: ["KnowledgeQuery", "KnowledgeGraph", "KnowledgeStore", "EmbeddedKnowledge"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "KnowledgeGraph", "KnowledgeStore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KnowledgeImportTests", dependencies: ["KnowledgeImport", "KnowledgeGraph", "KnowledgeStore", "EmbeddedKnowledge"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering"]),
        .testTarget(name: "ChecklistsTests", dependencies: ["Checklists", "KnowledgeGraph", "KnowledgeStore", "EmbeddedKnowledge", "Rendering"]),
        .testTarget(name: "SPARQLBackendTests", dependencies: ["SPARQLBackend", "Explorer", "EmbeddedKnowledge", "OxigraphFixture"],
                    exclude: ["Support/fake-endpoint.py"]),
        .target(name: "OxigraphFixture", dependencies: ["Export"], path: "Tests/OxigraphFixture"),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "KnowledgeGraph", "KnowledgeStore", "EmbeddedKnowledge"],
                    exclude: ["Goldens"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        // Goldens/ holds the expected output the tests read from the package folder, not from a bundle.
        .testTarget(name: "EndToEndTests", dependencies: ["kx", "OxigraphFixture"], exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
