import ArgumentParser
@main struct AWKitCommand: ParsableCommand {}
