import DataContractXML
import Foundation
import Testing

@Suite("The PhoneChat/AcceptReceivedBooking seed XML")
struct SeedDocumentTests {
    @Test func verbatimSeedFailsNamingActionCandidateLeftOpenAtLine4WithMissingSlashHint() throws {
        let error = try #require(throws: DataContractXMLError.self) {
            try decode(ReceivedBooking.self, Fixtures.seedVerbatim)
        }
        #expect(error.code == .notWellFormed)
        #expect(error.openElement == "ActionCandidate")
        #expect(error.openElementLine == 4)
        #expect(error.openElementColumn == 5)
        #expect(error.missingSlashSuspected)
        // The position is where the fix goes (the start tag that should be </ActionCandidate>);
        // where libxml2 noticed the damage is kept in the message.
        #expect(error.line == 4)
        #expect(error.column == 50)
        #expect(error.description.hasPrefix("line 4, column 50: "))
        #expect(error.description.contains("libxml2 stopped at line 33, column 19"))
        #expect(error.description.contains("<ActionCandidate> opened at line 4, column 5 is never closed"))
        #expect(error.description.contains("a \"/\" looks missing (</ActionCandidate>)"))
        #expect(error.description.contains("<Comments> opened at line 21"))
    }

    @Test func repairedSeedDecodesToTheValuesItShows() throws {
        let booking = try decode(ReceivedBooking.self, Fixtures.seedRepaired)
        #expect(booking.client.negative == 1)
        #expect(booking.client.positive == 7)
        #expect(booking.client.ratings == 8)
        #expect(booking.client.total == 6)
        #expect(booking.client.disputes == 0)
        #expect(booking.client.neutral == 0)
        #expect(booking.client.userID == 123654)
        #expect(booking.client.nickname == "BookingUser")
        #expect(booking.client.phoneNumber == nil)
        #expect(booking.confirmedDate == DateTime("2018-01-21T13:24:05.987"))
        #expect(booking.comments == "Hi, I had a great time last weekend, I want to do it again tonight!")
        #expect(booking.credits == Decimal(8))
        #expect(booking.bookingID == 1)
        #expect(booking.duration == 15)
        #expect(booking.method == 1)
        #expect(booking.status == .accepted)
        #expect(booking.actionCandidate == "BookingUser Needs to Confirm")
        #expect(booking.cancelledBy == nil && booking.cancelledDate == nil && booking.rejectedReason == nil)
        #expect(booking.createDate.description == "2018-01-20T12:34:56.789")
        #expect(booking.sessionDate == DateTime("2018-01-22T21:30:00"))
    }

    @Test func repairedSeedDecodesUnderStrictNamespacesWithClientMembersInTwoNamespaces() throws {
        var options = DataContractDecoder.Options()
        options.strictNamespaces = true
        options.unknownElements = .error
        let booking = try decode(ReceivedBooking.self, Fixtures.seedRepaired, options: options)
        #expect(booking.client.ratings == 8)
        #expect(booking.client.nickname == "BookingUser")
    }

    @Test func feedingTheRepairedSeedSplitAtEveryByteGivesTheSameResult() throws {
        let bytes = Array(Fixtures.seedRepaired.utf8)
        let whole = try DataContractDecoder().decode(ReceivedBooking.self, from: bytes)
        for split in 0...bytes.count {
            let chunks = [Array(bytes[..<split]), Array(bytes[split...])]
            let value = try DataContractDecoder().decode(ReceivedBooking.self, fromChunks: chunks)
            #expect(value == whole, "split at \(split)")
        }
        // And one byte at a time.
        let single = try DataContractDecoder().decode(ReceivedBooking.self, fromChunks: bytes.map { [$0] })
        #expect(single == whole)
    }

    @Test func verbatimSeedFailsTheSameWayAtEverySplitPoint() throws {
        let bytes = Array(Fixtures.seedVerbatim.utf8)
        for split in stride(from: 0, through: bytes.count, by: 7) {
            let error = try #require(throws: DataContractXMLError.self) {
                try DataContractDecoder().decode(
                    ReceivedBooking.self, fromChunks: [Array(bytes[..<split]), Array(bytes[split...])])
            }
            #expect(error.openElement == "ActionCandidate" && error.openElementLine == 4, "split at \(split)")
        }
    }
}
