// The floor for a Swift command-line tool on this machine: a static binary that prints one line.
// Benchmarks/startup.sh times it beside kx and sqlite3.
print("kx")
