import Foundation

/// Replays fuzz inputs without libFuzzer, as the fuzz targets do when built plainly: each argument
/// is a file, or a folder whose files (sorted by name) are inputs, so the tests run every seed.
public enum FuzzReplay {
    /// Replays the files and folders named on the command line through `body`, when the target's
    /// fixed inputs are `ready` (else it says so and exits with status 2).
    public static func replay(program: String, ready: Bool = true, unready: String = "its fixed inputs do not load", _ body: ([UInt8]) -> Void) {
        guard ready else {
            FileHandle.standardError.write(Data("\(program): \(unready)\n".utf8))
            exit(2)
        }
        run(program: program, arguments: Array(CommandLine.arguments.dropFirst()), body)
    }

    /// Runs `body` on every input and prints `PROGRAM: N inputs replayed`.
    public static func run(program: String, arguments: [String], _ body: ([UInt8]) -> Void) {
        var count = 0
        for argument in arguments {
            let url = URL(fileURLWithPath: argument)
            let paths = (try? FileManager.default.contentsOfDirectory(atPath: argument))?.sorted().map { url.appendingPathComponent($0).path } ?? [argument]
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                body([UInt8](data))
                count += 1
            }
        }
        print("\(program): \(count) inputs replayed")
    }
}
