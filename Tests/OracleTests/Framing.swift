import Foundation

/// The oracle's file formats (Oracle/Oracle.cs): framed documents and values lines.
enum Framing {
    /// Documents framed as "<byte count>\n<bytes>\n".
    static func documents(in data: Data) throws -> [[UInt8]] {
        let bytes = [UInt8](data)
        var result: [[UInt8]] = []
        var p = 0
        while p < bytes.count {
            guard let newline = bytes[p...].firstIndex(of: 0x0A),
                let count = Int(String(decoding: bytes[p..<newline], as: UTF8.self)), newline + 1 + count < bytes.count + 1
            else { throw OracleFailure("bad framing at byte \(p)") }
            result.append(Array(bytes[(newline + 1)..<(newline + 1 + count)]))
            p = newline + 1 + count + 1
        }
        return result
    }

    static func frame(_ documents: [[UInt8]]) -> Data {
        var data = Data()
        for document in documents {
            data.append(contentsOf: Array("\(document.count)\n".utf8))
            data.append(contentsOf: document)
            data.append(0x0A)
        }
        return data
    }

    /// One values line per document: `nil` for a line starting with "!" (the oracle could not
    /// read that document; the message is in `errors`), else path → token.
    static func values(in data: Data) -> [Result<[String: String], OracleFailure>] {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            if line.hasPrefix("!") { return .failure(OracleFailure(String(line.dropFirst()))) }
            var values: [String: String] = [:]
            for pair in line.split(separator: "\t") {
                guard let equals = pair.firstIndex(of: "=") else { continue }
                values[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            return .success(values)
        }
    }
}
