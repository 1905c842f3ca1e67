import Foundation

/// A file that results are written to by `.output` or `.once`: written to a temporary file beside
/// the target and renamed over it when closed, so a crash never leaves half a file.
final class OutputFile {
    let path: String
    private let temporaryPath: String
    private var handle: FileHandle?

    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil), let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            let folder = url.deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
            throw OutputFileError(message: "cannot write '\(path)'" + (exists ? "" : ": there is no folder '\(folder)'"))
        }
        self.handle = handle
    }

    func write(_ text: String) {
        handle?.write(Data(text.utf8))
    }

    /// Finishes the file; returns an error message when it could not be put in place.
    func close() -> String? {
        guard let handle else { return nil }
        self.handle = nil
        try? handle.close()
        guard rename(temporaryPath, path) == 0 else {
            unlink(temporaryPath)
            return "cannot write '\(path)': \(String(cString: strerror(errno)))"
        }
        return nil
    }

    deinit {
        _ = close()
    }
}

struct OutputFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
