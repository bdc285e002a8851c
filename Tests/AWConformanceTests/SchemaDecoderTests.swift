import AWConformance
import AWModels
import Foundation
import Testing

/// Decoding through a schema alone gives what the schema's generated model gives: the same
/// values in the same printed form, and a failure where the model fails.
@Suite struct SchemaDecoderTests {
    private let catalog = try! SchemaCatalog.builtIn()

    private func printed(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func bothDecode(_ json: String, endpoint id: String) throws -> (model: String?, schema: String?) {
        let data = Data(json.utf8)
        let endpoint = try #require(Endpoint.named(id))
        let schema = try #require(catalog[id])
        let model = try? printed(endpoint.decodeResponse(data, format: .json))
        let value = try? printed(SchemaDecoder().decode(data, format: .json, schema: schema))
        return (model, value)
    }

    private func bothDecodeRequest(_ json: String, endpoint id: String) throws -> (model: String?, schema: String?) {
        let data = Data(json.utf8)
        let type = try #require(Endpoint.named(id)?.requestType)
        let schema = try #require(catalog[id])
        let model = try? printed(JSONDecoder().decode(type, from: data))
        let value = try? printed(SchemaDecoder().decodeRequest(data, schema: schema))
        return (model, value)
    }

    @Test func anIntegerBeyond32BitsIsAnIntForBoth() throws {
        let result = try bothDecode(
            #"[{"RateBreakID": 3000000000, "RateBreak": "x", "Hours": 1.5, "IsOvernight": true}]"#,
            endpoint: "Lists/GetEscortRateBreaks")
        #expect(result.model != nil)
        #expect(result.model == result.schema)
    }

    @Test func aMissingRequiredMemberFailsBoth() throws {
        let result = try bothDecode(#"[{"RateBreakID": 1}]"#, endpoint: "Lists/GetEscortRateBreaks")
        #expect(result.model == nil)
        #expect(result.schema == nil)
    }

    @Test func datesAndListsFollowTheModelsTypes() throws {
        let accepted = try bothDecodeRequest(#"{"StartDate": "2018-01-22", "OrderBy": "date-asc"}"#, endpoint: "PhoneChat/MadeBookings")
        #expect(accepted.model != nil)
        #expect(accepted.model == accepted.schema)
        // A date with an offset is no date, for the model and the schema alike.
        let refused = try bothDecodeRequest(#"{"StartDate": "2018-01-22T00:00:00Z"}"#, endpoint: "PhoneChat/MadeBookings")
        #expect(refused.model == nil)
        #expect(refused.schema == nil)
        // Comma-separated integers with spaces read, and print as the model prints them.
        let list = try bothDecodeRequest(#"{"BookUserIDs": "1, 2,3"}"#, endpoint: "Webcam/GetUserBookingRequirements")
        #expect(list.model == #"{"BookUserIDs":"1,2,3"}"#)
        #expect(list.schema == list.model)
        let tooBig = try bothDecodeRequest(#"{"BookUserIDs": "1,3000000000"}"#, endpoint: "Webcam/GetUserBookingRequirements")
        #expect(tooBig.model == nil)
        #expect(tooBig.schema == nil)
    }

    @Test func aNumberWhereTheModelHasAStringFailsBoth() throws {
        let result = try bothDecode(
            #"[{"RateBreakID": 1, "RateBreak": 15, "Hours": 1.5, "IsOvernight": true}]"#, endpoint: "Lists/GetEscortRateBreaks")
        #expect(result.model == nil)
        #expect(result.schema == nil)
    }
}
