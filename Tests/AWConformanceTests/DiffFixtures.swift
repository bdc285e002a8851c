import AWConformance
import Foundation

/// An `Order` answer (``orderSchema``) as Json.NET writes it, one member per line; tests change
/// one thing at a time.
let diffOrderJSON = """
    {
      "Id": 7,
      "Amount": 12.5,
      "Status": "Open",
      "Kind": 1,
      "Note": null,
      "Placed": "2020-05-01T10:00:00.5",
      "Paid": true,
      "Codes": "1,2,3",
      "Buyer": {"Rating": 4, "Name": "Ann"}
    }
    """

/// The same order as DataContractSerializer writes it (members in ordinal order, `Rating` in
/// its base contract's namespace).
let diffOrderXML = """
    <Order xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:orders">\
    <Amount>12.5000</Amount><Buyer xmlns:d2p1="urn:people"><Rating xmlns="urn:base">4</Rating>\
    <d2p1:Name>Ann</d2p1:Name></Buyer><Codes>1,2,3</Codes><Id>7</Id><Kind>1</Kind>\
    <Note i:nil="true"/><Paid>true</Paid><Placed>2020-05-01T10:00:00.5</Placed><Status>Open</Status></Order>
    """

/// The `.http` file `awkit live --record` writes beside an answer.
func httpFile(status: Int = 200, contentType: String) -> String {
    """
    {
      "attempts" : 1,
      "headers" : {
        "Content-Type" : "\(contentType)"
      },
      "request" : {
        "accept" : "application/json",
        "method" : "GET",
        "record" : null,
        "url" : "http://127.0.0.1:8080/v1/Shop/GetOrder"
      },
      "status" : \(status)
    }

    """
}

/// A recorded run in a new temporary folder: `files` maps paths below it to their text.
func recordedRun(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("awkit-diff-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return root.path
}

/// A run with the order answered in JSON and XML (200, utf-8), each text changed by `json` /
/// `xml`.
func orderRun(
    json: (String) -> String = { $0 }, xml: (String) -> String = { $0 },
    jsonContentType: String = "application/json; charset=utf-8", status: Int = 200
) throws -> String {
    let answer = (200..<300).contains(status) ? "response" : "error-response"
    return try recordedRun([
        "Shop/GetOrder/\(answer).json": json(diffOrderJSON),
        "Shop/GetOrder/\(answer).json.http": httpFile(status: status, contentType: jsonContentType),
        "Shop/GetOrder/response.xml": xml(diffOrderXML),
        "Shop/GetOrder/response.xml.http": httpFile(contentType: "application/xml; charset=utf-8"),
    ])
}

/// The changes between two recorded runs, typed with ``orderSchema``.
func diffRuns(_ old: String, _ new: String) throws -> [APIChange] {
    let schemas = [orderSchema.endpoint: orderSchema]
    return APIDiff(
        old: try APISnapshot.recordedRun(at: old, schemas: schemas),
        new: try APISnapshot.recordedRun(at: new, schemas: schemas)
    ).changes()
}

/// The changes from the unchanged order run to one changed by `json` / `xml`.
func diffOrder(
    json: @escaping (String) -> String = { $0 }, xml: @escaping (String) -> String = { $0 },
    jsonContentType: String = "application/json; charset=utf-8", status: Int = 200
) throws -> [APIChange] {
    try diffRuns(try orderRun(), try orderRun(json: json, xml: xml, jsonContentType: jsonContentType, status: status))
}

extension String {
    /// The text with `old` replaced by `new` (a fixture without `old` stays as it is, and the
    /// test's expectations fail).
    func replacing(_ old: String, with new: String) -> String { replacingOccurrences(of: old, with: new) }
}
