import Foundation
import KnowledgeGraph
import KnowledgeQuery

extension Session {
    /// `.load DIR`: adds the folder at `path` to the knowledge and rebuilds the graph. A folder already
    /// loaded is read again in its place; so is a loaded knowledge root that holds it (the folder is one of
    /// its packs); a folder that holds loaded packs replaces them.
    func load(_ path: String, span: Range<Int>, statement: StatementText) -> Bool {
        let failed = "nothing was loaded from '\(path)'"
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
           let index = knowledge.firstIndex(where: { $0.holds(path) }) {
            let root = knowledge[index].root
            return rebuild(span: span, statement: statement, done: "reloaded \(root), which holds \(path)", failed: failed) {
                var folders = knowledge
                folders[index] = try folders[index].reread()
                return folders
            }
        }
        let held = knowledge.indices.filter { knowledge[$0].isInside(path) }
        let done = held.isEmpty ? "loaded \(path)" : "loaded \(path) in place of \(held.map { knowledge[$0].root }.joined(separator: ", ")), which it holds"
        return rebuild(span: span, statement: statement, done: done, failed: failed) {
            let folder = try KnowledgeFiles(directory: path, deferringPacks: true)
            var folders = knowledge
            if let index = folders.firstIndex(where: { $0.isSameFolder(as: folder) }) {
                folders[index] = folder
            } else if let first = held.first {
                folders[first] = folder
                for index in held.dropFirst().reversed() { folders.remove(at: index) }
            } else {
                folders.append(folder)
            }
            return folders
        }
    }
}
