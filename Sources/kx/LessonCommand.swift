import ArgumentParser

/// `kx lesson SUBCOMMAND`: what is done with a lesson outside the prompt (`render`).
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kx lesson",
        abstract: "Work with lessons outside the prompt.",
        discussion: "Lessons are taken at the prompt (kx --lesson NAME, .lesson NAME); kx lesson render makes a handout of one.",
        subcommands: [LessonRender.self]
    )
}
