import Foundation

/// A knowledge pack big enough for a statement that runs for seconds: `count` treatments, each
/// concerning the next `fanOut` ones (in a ring). Every quote is a word near the start of
/// source.txt, so the pack loads quickly.
enum LargePack {
    /// Writes the pack's facts.yaml and source.txt into `folder`; each name is padded to about
    /// `nameLength` characters, so listing the treatments takes long to render.
    static func write(to folder: URL, count: Int = 4000, fanOut: Int = 3, nameLength: Int = 0, id: String = "large") throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Title: A large made-up pack\n\nAbstract\n\nEach treatment concerns other treatments.\n"
            .write(to: folder.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        var facts = "document: {id: \(id), citation: \"Large 2026 (made up)\"}\nentities:\n"
        let padding = String(repeating: " and more", count: nameLength / 9)
        for index in 0..<count {
            facts += "  - {id: t\(index), kind: treatment, name: \"treatment \(index)\(padding)\", quote: \"treatment\"}\n"
        }
        facts += "relations:\n"
        for index in 0..<count {
            for step in 1...fanOut {
                facts += "  - {subject: t\(index), type: concerns, object: t\((index + step) % count), quote: \"concerns\"}\n"
            }
        }
        try facts.write(to: folder.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
    }

    /// A statement that walks every treatment `steps` times over: several seconds on this pack.
    static func longStatement(steps: Int = 120) -> String {
        "count treatments" + String(repeating: " -> concerns", count: steps)
    }
}
