import AWModels
import BlogModels
import Foundation

// Decodes each response file given (the page's JSON and XML samples) through the generated model
// and prints what it holds, then the query of a request.
for path in CommandLine.arguments.dropFirst() {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let page = try GeneratedEndpoints.blogsGetBlogEntries.decodeResponse(data) as! Blogs.BlogEntries
    let entries = page.entries.map { entry in
        "\(entry.entryID)|\(entry.title)|\(entry.written)|\(entry.status)|\(entry.rating.map { "\($0)" } ?? "nil")"
    }
    print("\((path as NSString).lastPathComponent): Total=\(page.total) \(entries.joined(separator: "; "))")
}
let request = Blogs.GetBlogEntriesRequest(fromDate: try DateOnly(year: 2018, month: 3, day: 1), status: .draft)
let http = try request.httpRequest()
print("request: \(http.method) \(http.path)?\(http.queryItems.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: "&"))")
