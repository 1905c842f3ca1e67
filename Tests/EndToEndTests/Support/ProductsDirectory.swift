import Foundation

/// The SwiftPM build products folder (e.g. `.build/debug`), found from inside the
/// running test bundle, so tests can run built executables such as `kx`.
func productsDirectory() -> URL {
    let candidates = Bundle.allBundles.map(\.bundleURL) + [
        Bundle.main.bundleURL,
        URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
    ]
    for url in candidates where url.pathExtension == "xctest" {
        return url.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
}
