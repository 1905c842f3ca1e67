import Foundation
import PackagePlugin

/// Build-tool plugin that embeds the package's `Knowledge/` folder into the target it is applied to,
/// so `kx` carries its default knowledge and works from any directory. It re-runs when a file there changes.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let knowledge = context.package.directoryURL.appending(path: "Knowledge").resolvingSymlinksInPath()
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge+Files.swift")
        var inputs: [URL] = []
        let enumerator = FileManager.default.enumerator(at: knowledge, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding the knowledge folder into \(target.name)",
                executable: try context.tool(named: "kx-embed").url,
                // The file list is part of the arguments so that adding or removing a file changes
                // the command, which makes the build system run it again.
                arguments: [knowledge.path, output.path] + inputs.map { String($0.path.dropFirst(knowledge.path.count)) }.sorted(),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
