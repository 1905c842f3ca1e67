import Foundation

/// The text of `.help` and its topics.
enum Help {
    static let topics = ["queries", "commands", "formats", "scripts", "lessons"]

    static var overview: String {
        var text = "Type a query, or a dot-command. Examples:\n"
        text += "  trials where control=no-trastuzumab\n  registries -> addresses\n  show registher\n  why registher\n\n"
        text += "Dot-commands:\n"
        let width = DotCommand.all.map(\.usage.count).max() ?? 0
        for command in DotCommand.all {
            text += "  \(command.usage.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n"
        }
        text += "\nLessons, step-through playback and transcripts:\n"
        for command in Classroom.commands {
            text += "  \(command.usage.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n"
        }
        text += "\nMore: .help queries, .help commands, .help formats, .help scripts, .help lessons\n"
        return text
    }

    static func topic(_ name: String) -> String? {
        switch name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) {
        case "queries", "query", "language":
            return """
                Queries
                  KIND                         trials, registries, questions, drugs, entities
                  KIND where CONDITION         trials where control=no-trastuzumab
                  CONDITION: FIELD OP VALUE    OP is = != ~ < <= > >=; ~ is case-insensitive "contains"
                             has FIELD, not C, C and C, C or C, ( C )
                  FIELD: an attribute or a relation (either name); dotted paths follow relations:
                             trials where addresses.status=unanswered
                  QUERY -> RELATION            follow relations forward:   registries -> addresses
                  QUERY <- RELATION            follow relations backward:  trastuzumab <- concerns
                  ENTITY                       an id, name or alias; quote names with spaces
                  QUERY order by FIELD [desc]  QUERY limit N

                """
        case "commands", "command":
            return """
                Commands
                  show ENTITY                  everything known about an entity, with quotes
                  neighbors ENTITY [depth N]   entities within N hops
                  path ENTITY to ENTITY        the shortest paths between two entities
                  why ENTITY                   the verbatim quotes behind an entity
                  why ENTITY FIELD             the quotes behind one attribute or relation
                  why ENTITY RELATION ENTITY   the quotes behind one fact (also ENTITY ATTRIBUTE VALUE)
                  count QUERY                  how many entities a query finds
                  select F, F from QUERY       chosen fields as columns
                  kinds, relations, schema [KIND], sources

                """
        case "formats", "format":
            return """
                Formats (.format NAME, or --format NAME)
                  table      boxes for reading (the default, piped too; cut to fit a terminal)
                  plain      tab-separated, one row a line
                  json       an array of objects; cards, paths and quotes are objects
                             (.links on, or --links: each entity of a list with its relations)
                  csv        RFC 4180; ' before a leading = + - @ (--csv-raw: exact)
                  markdown   a pipe table
                  dot        a Graphviz picture of a graph: neighbors, path, show, an entity list
                             (kinds as colours, hedged arrows dashed, denied ones red); draw it
                             with: kx -c 'neighbors registher' --format dot | dot -Tpng -o n.png
                  svg        the same picture drawn as SVG by Graphviz's dot program
                             (apt-get install graphviz)

                """
        case "scripts", "script":
            return """
                Scripts (kx FILE.kx, .read FILE, or piped into kx)
                  One statement a line; a line ending in \\ continues on the next.
                  # starts a comment. Lines starting with #> under a statement hold its expected
                  output: `kx test FILE` checks them, `kx test --update FILE` rewrites them.
                  A script stops at its first error unless --keep-going is given.

                """
        case "lessons", "lesson", "step", "record", "teaching":
            return """
                Lessons
                  .lessons                     list the lessons (YAML files in the knowledge's lessons/ folder)
                                               and courses (lessons/COURSE/ with a course.yaml), with your progress
                  .lesson NAME                 start one, or resume it where you left it (kx --lesson NAME)
                  .lesson NAME restart         start it over; .lesson COURSE starts a course's next lesson
                  .next, .back                 go to the next or the previous step
                  .hint                        a hint for the open exercise (one at a time)
                  .answer REPLY                answer with a letter, a number, a few words or a sentence
                  .reveal                      the exercise's answer, run, and its explanation
                  .skip                        the same, then mark it skipped and go on
                  .where                       the lesson's steps and where you are
                  .end                         leave the lesson
                  .report [FILE]               your lessons in Markdown, to hand in (kx --report FILE)
                  At the prompt, progress is saved as it happens (in $XDG_STATE_HOME/kx/progress, or
                  ~/.local/state/kx/progress), unless --no-history is given.
                  While an exercise is open, every query you type runs as usual and is then checked
                  by what it finds: any query that finds the same entities (or counts them, when
                  the question asks how many) and uses what the exercise requires is right.
                  Dot-commands are never checked.

                Step-through playback (kx --step FILE, or .step FILE)
                  Plays a script one statement at a time: comments are shown as narration, each
                  statement is shown and runs when you press Enter; s skips it, b goes back one,
                  q quits. Keys act at once on a terminal; piped, each line is a key.

                Transcripts (kx --record FILE, or .record FILE)
                  Writes the session to FILE as Markdown as it happens: statements as code blocks,
                  results as tables, errors as text, lesson narration as prose. .record off stops.

                """
        default:
            return nil
        }
    }
}
