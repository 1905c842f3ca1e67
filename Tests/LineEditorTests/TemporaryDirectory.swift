import Foundation

/// A fresh directory under the system temporary folder, removed by `remove()`.
/// XCTest makes one test case instance per test, so each test gets its own.
struct TemporaryDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("LineEditorTests-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    private init(url: URL) {
        self.url = url
    }

    /// A placeholder that names no directory, until `setUp` makes a real one.
    static let unset = TemporaryDirectory(url: URL(fileURLWithPath: "/nonexistent"))

    func path(_ component: String) -> String {
        url.appendingPathComponent(component).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Permission bits of the file or directory at `path`.
    static func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
