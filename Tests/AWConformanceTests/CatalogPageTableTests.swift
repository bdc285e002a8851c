import AWConformance
import Foundation
import Testing

/// Every documentation page in `Docs/Pages/`, imported and held against facts taken by reading the
/// page text (not from the importer's output): endpoint id, method, path, Group manager path,
/// authentication, request and response properties with their types, and the response shape.
///
/// The conventions the table follows (the pages with samples, `Lists_GetEscortRateBreaks` and
/// `Pictures_GetPricePlans`, confirm them): one named Response row of type `aws:X` names the
/// returned value itself (`array of aws:X`, or `aws:X` described as "Array of"/"list of", is an
/// array of X; plain `aws:X` is an object of type X, with no properties when the page has no
/// table for X); a row with no name and a scalar type is a bare scalar; several rows are an
/// object, unless the prose says the operation returns a list ("returns all the …", "returns a
/// list of …"), then an array of `aws:<Operation>`.
@Suite("DocPageImporter: the 52 pages, read by hand")
struct CatalogPageTableTests {
    /// What one page says, as read from its text.
    struct PageFacts: Sendable, CustomTestStringConvertible {
        /// The file name in `Docs/Pages/`, without `.txt`.
        var page: String
        /// `Group/Operation`, the group as the navigation menu spells it.
        var endpoint: String
        var method: String
        /// As on the page's endpoint line.
        var path: String
        /// The `GET /v1/Groups/... (See Group manager)` line's path, or `nil`.
        var groupManagerPath: String? = nil
        /// `access-token`, `api-key` or `unspecified`.
        var authentication: String
        /// `"Name: canonical type"`, or `"Name"` when the page cuts or leaves out the type; in page
        /// order (for several request forms: their union, first form first).
        var request: [String]
        /// `object`, `array of aws:X`, `scalar decimal`, `empty`, or `nil` when the page shows no
        /// response.
        var responseShape: String?
        /// The response's rows from the page's tables, as ``request``.
        var response: [String]
        /// The members the JSON response sample shows for a returned `aws:X` the page has no table
        /// for (the importer marks their types as learnt from the sample).
        var inferredResponse: [String] = []

        var testDescription: String { page }
    }

    /// `"Name: type"` → (`Name`, `type`); `"Name"` → (`Name`, `nil`).
    static func split(_ property: String) -> (name: String, type: String?) {
        guard let range = property.range(of: ": ") else { return (property, nil) }
        return (String(property[..<range.lowerBound]), String(property[range.upperBound...]))
    }

    /// The repository root: this file is at `Tests/AWConformanceTests/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func importPage(_ page: String) throws -> EndpointSchema {
        let url = repositoryRoot.appendingPathComponent("Docs/Pages/\(page).txt")
        return try DocPageImporter().importPage(String(contentsOf: url, encoding: .utf8))
    }

    /// The properties whose type is `unknown` because the page really gives none, as
    /// `"<page>: <where>.<Name>"` (`request`, `response` or the type's name), with the reason.
    static let unknownTypeExceptions: [String: String] = [
        "PhoneChat_AcceptReceivedBooking: PhoneChatBookingUser.PhoneNumber":
            "aws:PhoneChatBookingUser has no table; both samples show PhoneNumber only as null (JSON) / i:nil (XML)",
        "PhoneChat_AcceptReceivedBooking: PhoneChatBookingUser.SkypeName":
            "aws:PhoneChatBookingUser has no table; both samples show SkypeName only as null (JSON) / i:nil (XML)",
    ]

    static let pages: [PageFacts] = [
        // the response table is cut after its first row: one named scalar row, so an object
        PageFacts(
            page: "Account_GetServices", endpoint: "Account/GetServices", method: "GET",
            path: "/v1/account/getServices", groupManagerPath: "/v1/Groups/account/getServices",
            authentication: "access-token",
            request: [],
            responseShape: "object",
            response: ["UserID: integer"]),
        // line 45: `ProfileImages ProfileUpdateImages`, a type name written without aws:
        PageFacts(
            page: "Account_Update", endpoint: "Account/Update", method: "PUT", path: "/v1/Account/Update",
            groupManagerPath: "/v1/Groups/Account/Update", authentication: "access-token",
            request: [
                "Summary: string", "Details: string", "RegionID: integer", "CountyID: integer", "Town: string",
                "PostCode: string", "ProfileImages: aws:ProfileUpdateImages", "GenderID: integer", "TVTS: boolean",
                "OrientationID: integer", "EnjoysList: string of comma-separated integers",
                "EnjoysWithList: string of comma-separated integers", "InCalls: boolean", "OutCalls: boolean",
            ],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Account_VerifyCredentials", endpoint: "Account/VerifyCredentials", method: "GET",
            path: "/v1/account/verifyCredentials", authentication: "access-token",
            request: [],
            responseShape: "object",
            response: [
                "UserID: integer", "EmailAddress: string", "IsAgeVerified: boolean", "GroupID: integer",
                "GroupName: string", "IsGroupManager: boolean", "UserTypeID: integer", "UserType: string",
            ]),
        PageFacts(
            page: "Bookings_CreateBooking", endpoint: "Bookings/CreateBooking", method: "POST",
            path: "/v1/Bookings/CreateBooking", authentication: "access-token",
            request: [
                "BookUserID: integer", "FirstName: string", "LastName: string", "ContactNumber: string",
                "ContactOn: date", "ContactOnStartTime: string", "ContactOnEndTime: string", "MeetStartDate: date",
                "MeetStartTime: string", "MeetEndDate: date", "MeetEndTime: string", "IsInCall: boolean",
            ],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Bookings_GetBooking", endpoint: "Bookings/GetBooking", method: "GET",
            path: "/v1/Bookings/GetBooking", groupManagerPath: "/v1/Groups/Bookings/GetBooking",
            authentication: "access-token",
            request: ["BookingID: integer"],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Bookings_GetBookings", endpoint: "Bookings/GetBookings", method: "GET",
            path: "/v1/Bookings/GetBookings", groupManagerPath: "/v1/Groups/Bookings/GetBookings",
            authentication: "access-token",
            request: ["BookingsPerPage: integer", "PageNumber: integer", "OrderBy: string", "UnreadOnly: boolean"],
            responseShape: "object",
            response: ["PageCount: integer", "PageNumber: integer"]),
        PageFacts(
            page: "Bookings_GetMadeBooking", endpoint: "Bookings/GetMadeBooking", method: "GET",
            path: "/v1/Bookings/GetMadeBooking", groupManagerPath: "/v1/Groups/Bookings/GetMadeBooking",
            authentication: "access-token",
            request: ["BookingID: string"],
            responseShape: "object",
            response: ["BookingID: integer", "Date: datetime", "MeetStartDate: datetime", "MeetEndDate: datetime"]),
        PageFacts(
            page: "Bookings_GetMadeBookings", endpoint: "Bookings/GetMadeBookings", method: "GET",
            path: "/v1/Bookings/GetMadeBookings", groupManagerPath: "/v1/Groups/Bookings/GetMadeBookings",
            authentication: "access-token",
            request: ["OrderBy: string", "BookingsPerPage: integer", "PageNumber: integer"],
            responseShape: nil,
            response: []),
        // line 70: ` decimal ...`, a row with no name: a bare scalar
        PageFacts(
            page: "CreditHistory_GetCurrentCreditBalance", endpoint: "CreditHistory/GetCurrentCreditBalance",
            method: "GET", path: "/v1/CreditHistory/GetCurrentCreditBalance", authentication: "access-token",
            request: [],
            responseShape: "scalar decimal",
            response: []),
        PageFacts(
            page: "DirectCam_GetSettings", endpoint: "DirectCam/GetSettings", method: "GET",
            path: "/v1/DirectCam/GetSettings", groupManagerPath: "/v1/Groups/DirectCam/GetSettings",
            authentication: "access-token",
            request: [],
            responseShape: "object",
            response: ["DoesFree: boolean"]),
        PageFacts(
            page: "DirectCam_ScheduleShow", endpoint: "DirectCam/ScheduleShow", method: "POST",
            path: "/v1/DirectCam/ScheduleShow", groupManagerPath: "/v1/Groups/DirectCam/ScheduleShow",
            authentication: "access-token",
            request: [
                "ScheduledDate: datetime", "EstimatedLengthInMinutes: integer", "Title: string",
                "WebcamCategoryID: integer", "Summary: string", "Image: string", "Details: string",
            ],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "DirectCam_UpdateScheduledShow", endpoint: "DirectCam/UpdateScheduledShow", method: "PUT",
            path: "/v1/DirectCam/UpdateScheduledShow", groupManagerPath: "/v1/Groups/DirectCam/UpdateScheduledShow",
            authentication: "access-token",
            request: [
                "ScheduledID: integer", "ScheduledDate: datetime", "EstimatedLengthInMinutes: integer", "Title: string",
                "WebcamCategoryID: integer", "Summary: string", "Image: string", "Details: string",
            ],
            responseShape: nil,
            response: []),
        // line 26: "returns all the DirectChat PINs": several rows, a list
        PageFacts(
            page: "DirectChat_GetAllPINs", endpoint: "DirectChat/GetAllPINs", method: "GET",
            path: "/v1/DirectChat/GetAllPINs", authentication: "access-token",
            request: [],
            responseShape: "array of aws:GetAllPINs",
            response: [
                "User: aws:DirectChatPINUser", "PIN: string", "CreatedDate: datetime", "NumberOfCalls: integer",
                "LastCallDate: datetime", "InProgress: boolean",
            ]),
        PageFacts(
            page: "Email_BlockedSendersAdd", endpoint: "Email/BlockedSendersAdd", method: "POST",
            path: "/v1/Email/BlockedSendersAdd", authentication: "access-token",
            request: [
                "OtherUserID: integer", "Nickname: string", "BlockBookings: boolean", "BlockSales: boolean",
                "BlockDirectChat: boolean", "Reason: string",
            ],
            responseShape: "empty",
            response: []),
        PageFacts(
            page: "Email_BlockedSendersUpdate", endpoint: "Email/BlockedSendersUpdate", method: "PUT",
            path: "/v1/Email/BlockedSendersUpdate", authentication: "access-token",
            request: [
                "BlockID: integer", "RemoveBlock: boolean", "BlockBookings: boolean", "BlockSales: boolean",
                "BlockDirectChat: boolean", "Reason: string",
            ],
            responseShape: "empty",
            response: []),
        PageFacts(
            page: "Email_CustomFolders", endpoint: "Email/CustomFolders", method: "POST",
            path: "/v1/Email/CustomFolders", groupManagerPath: "/v1/Groups/Email/CustomFolders",
            authentication: "access-token",
            request: [
                "NewFolderName: string", "DeleteFolderID: integer", "ClearFolderID: integer", "FromFolderID: integer",
                "ToFolderID: integer",
            ],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Email_GetEmails", endpoint: "Email/GetEmails", method: "GET", path: "/v1/Email/GetEmails",
            groupManagerPath: "/v1/Groups/Email/GetEmails", authentication: "access-token",
            request: [
                "Search: string", "UnreadOnly: boolean", "FolderID: integer", "ReturnCustomFolders: boolean",
                "ReturnEmailBody: boolean", "OrderBy: string", "EmailsPerPage: integer", "PageNumber: integer",
            ],
            responseShape: nil,
            response: []),
        // line 85: ` integer ...`, a row with no name; the Group manager path from line 34
        PageFacts(
            page: "Email_GetUnreadEmails", endpoint: "Email/GetUnreadEmails", method: "GET",
            path: "/v1/Email/GetUnreadEmails", groupManagerPath: "/v1/Groups/Email/GetUnreadEmails",
            authentication: "access-token",
            request: [],
            responseShape: "scalar integer",
            response: []),
        PageFacts(
            page: "Email_Manage", endpoint: "Email/Manage", method: "GET", path: "/v1/Email/Manage",
            groupManagerPath: "/v1/Groups/Email/Manage", authentication: "access-token",
            request: ["EmailID: integer", "Spam: boolean", "Delete: boolean", "MoveFolderID: integer"],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Email_Send", endpoint: "Email/Send", method: "POST", path: "/v1/Email/Send",
            groupManagerPath: "/v1/Groups/Email/Send", authentication: "access-token",
            request: [
                "RecipientUserID: integer", "ReplyToEmailID: integer", "Subject: string", "Body: string",
                "AllowFacePicture: boolean",
            ],
            responseShape: nil,
            response: []),
        // line 64: one named row aws:FieldReportDetails, no table for it
        PageFacts(
            page: "FieldReport_GetFieldReport", endpoint: "FieldReport/GetFieldReport", method: "GET",
            path: "/v1/fieldreport/getFieldReport", authentication: "api-key",
            request: ["ReportID: integer"],
            responseShape: "object",
            response: []),
        PageFacts(
            page: "Groups_GetGroupDetails", endpoint: "Groups/GetGroupDetails", method: "GET",
            path: "/v1/groups/getGroupDetails", authentication: "api-key",
            request: [
                "GroupID: integer", "GroupName: string", "ReturnDetails: boolean", "ReturnImages: boolean",
                "ReturnOpeningHours: boolean", "ReturnMembers: boolean", "ReturnMemberImages: boolean",
                "ReturnMemberEscortRates: boolean", "MembersPerPage: integer", "PageNumber: integer", "OrderBy: string",
            ],
            responseShape: nil,
            response: []),
        // line 75: one named row aws:HotList, no table for it
        PageFacts(
            page: "HotLists_GetHotList", endpoint: "HotLists/GetHotList", method: "GET",
            path: "/v1/HotLists/GetHotList", authentication: "access-token",
            request: ["ListID: integer", "ReturnMemberProfiles: boolean"],
            responseShape: "object",
            response: []),
        // line 62: `aws:RateBreaks Array of RateBreaks.`; the JSON sample is a bare array
        PageFacts(
            page: "Lists_GetEscortRateBreaks", endpoint: "Lists/GetEscortRateBreaks", method: "GET",
            path: "/v1/lists/getEscortRateBreaks", authentication: "api-key",
            request: [],
            responseShape: "array of aws:RateBreaks",
            response: [],
            inferredResponse: ["RateBreakID: integer", "RateBreak: string", "Hours: decimal", "IsOvernight: boolean"]),
        // request forms "Top views" and "Top ratings" (same names); no Authentication section, no sample
        PageFacts(
            page: "Lists_GetTopList", endpoint: "Lists/GetTopList", method: "GET", path: "/v1/lists/getTopList",
            authentication: "unspecified",
            request: [
                "NumberOfRecords: integer", "Type: string", "DateRange: string", "VATIPAddress: string",
                "VATUserID: integer",
            ],
            responseShape: nil,
            response: []),
        // line 66: `Rental movie aws:RentalMovie`, one named row (a name with a space)
        PageFacts(
            page: "Movie_GetRentalDetails", endpoint: "Movie/GetRentalDetails", method: "GET",
            path: "/v1/movie/getRentalDetails", authentication: "api-key",
            request: ["MovieID: string", "VATIPAddress: string", "VATUserID: integer"],
            responseShape: "object",
            response: []),
        // line 61: "An Authorization header ... the access_token of the user"
        PageFacts(
            page: "PhoneChat_AcceptReceivedBooking", endpoint: "PhoneChat/AcceptReceivedBooking", method: "POST",
            path: "/v1/PhoneChat/AcceptReceivedBooking", authentication: "access-token",
            request: ["BookingID: integer", "Credits: decimal"],
            responseShape: "object",
            response: [
                "BookingID: integer", "Duration: integer", "Credits: decimal", "Status: string", "Method: integer",
                "PhoneNumber: string", "SkypeName: string", "CreateDate: datetime", "SessionDate: datetime",
                "AcceptBy: datetime", "AcceptedDate: datetime", "ConfirmedDate: datetime", "CancelledDate: datetime",
                "CancelledReason: string", "CancelledBy: string", "RejectedReason: string", "LastUpdated: datetime",
                "Comments: string", "ActionCandidate: string", "Client: aws:PhoneChatBookingUser",
            ]),
        PageFacts(
            page: "PhoneChat_CancelMadeBooking", endpoint: "PhoneChat/CancelMadeBooking", method: "POST",
            path: "/v1/PhoneChat/CancelMadeBooking", authentication: "access-token",
            request: ["BookingID: integer", "Reason: string"],
            responseShape: "object",
            response: [
                "BookingID: integer", "Duration: integer", "Credits: decimal", "Status: string", "Method: integer",
            ]),
        // no Authentication section (the Headers paragraph is not one), no sample URL
        PageFacts(
            page: "PhoneChat_CreateBooking", endpoint: "PhoneChat/CreateBooking", method: "POST",
            path: "/v1/PhoneChat/CreateBooking", authentication: "unspecified",
            request: [
                "BookUserID: integer", "SessionDate: datetime", "Duration: integer", "Method: integer",
                "PhoneNumber: string", "SkypeName: string", "Credits: decimal", "AcceptBy: datetime",
                "Comments: string",
            ],
            responseShape: nil,
            response: []),
        // line 76: "returns a list of both deleted and non-deleted ..."
        PageFacts(
            page: "PhoneChat_DeleteReceivedBooking", endpoint: "PhoneChat/DeleteReceivedBooking", method: "POST",
            path: "/v1/PhoneChat/DeleteReceivedBooking", authentication: "access-token",
            request: ["BookingIDs: string of comma-separated integers"],
            responseShape: "array of aws:DeleteReceivedBooking",
            response: ["BookingID: integer", "Deleted: boolean", "Message: string"]),
        PageFacts(
            page: "PhoneChat_GetSettings", endpoint: "PhoneChat/GetSettings", method: "GET",
            path: "/v1/PhoneChat/GetSettings", groupManagerPath: "/v1/Groups/PhoneChat/GetSettings",
            authentication: "access-token",
            request: [],
            responseShape: "object",
            response: [
                "OfferDirectChat: boolean", "DirectChat: aws:DirectChatSettings", "PhoneChatNumber: string",
                "ShowPhoneChatNumber: boolean", "PhoneChatPPM: decimal",
            ]),
        // line 79: one named row of a scalar type: an object
        PageFacts(
            page: "PhoneChat_GetUserBookingRequirements", endpoint: "PhoneChat/GetUserBookingRequirements",
            method: "GET", path: "/v1/PhoneChat/GetUserBookingRequirements", authentication: "access-token",
            request: ["BookUserID: integer"],
            responseShape: "object",
            response: ["PhoneChatPPM: decimal"]),
        PageFacts(
            page: "PhoneChat_MadeBookingDetails", endpoint: "PhoneChat/MadeBookingDetails", method: "GET",
            path: "/v1/PhoneChat/MadeBookingDetails", groupManagerPath: "/v1/Groups/PhoneChat/MadeBookingDetails",
            authentication: "access-token",
            request: ["BookingID: integer"],
            responseShape: "object",
            response: [
                "BookingID: integer", "Duration: integer", "Credits: decimal", "Status: string", "Method: integer",
            ]),
        // no Authentication section, no sample URL
        PageFacts(
            page: "PhoneChat_MadeBookings", endpoint: "PhoneChat/MadeBookings", method: "GET",
            path: "/v1/PhoneChat/MadeBookings", groupManagerPath: "/v1/Groups/PhoneChat/MadeBookings",
            authentication: "unspecified",
            request: ["StartDate: date", "OrderBy: string", "BookingsPerPage: integer", "PageNumber: integer"],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "PhoneChat_RescheduleMadeBooking", endpoint: "PhoneChat/RescheduleMadeBooking", method: "POST",
            path: "/v1/PhoneChat/RescheduleMadeBooking", authentication: "access-token",
            request: ["BookingID: integer"],
            responseShape: "object",
            response: ["BookingID: integer", "Duration: integer", "Credits: decimal"]),
        PageFacts(
            page: "PhoneChat_SaveSettings", endpoint: "PhoneChat/SaveSettings", method: "POST",
            path: "/v1/PhoneChat/SaveSettings", groupManagerPath: "/v1/Groups/PhoneChat/SaveSettings",
            authentication: "access-token",
            request: [
                "OfferDirectChat: boolean", "DirectChat: aws:DirectChatSettings", "PhoneChatNumber: string",
                "PhoneChatPPM: decimal",
            ],
            responseShape: nil,
            response: []),
        // line 55: "the developer's API key"; line 73: `Array of aws:FreePicture`
        PageFacts(
            page: "Pictures_GetFreeGallery", endpoint: "Pictures/GetFreeGallery", method: "GET",
            path: "/v1/pictures/getFreeGallery", authentication: "api-key",
            request: ["UserID: integer", "PageSize: integer", "PageNumber: integer"],
            responseShape: "object",
            response: [
                "PageNumber: integer", "PageCount: integer", "PageSize: integer", "PicturesTotal: integer",
                "User: aws:FreeGalleryUser", "Pictures: array of aws:FreePicture",
            ]),
        PageFacts(
            page: "Pictures_GetGallery", endpoint: "Pictures/GetGallery", method: "GET",
            path: "/v1/Pictures/GetGallery", groupManagerPath: "/v1/Groups/Pictures/GetGallery",
            authentication: "access-token",
            request: [
                "UserID: integer", "AlbumID: integer", "OrderBy: string", "PageSize: integer", "PageNumber: integer",
            ],
            responseShape: nil,
            response: []),
        // line 64: `PricePlans Array of aws:PricePlans`; the JSON sample is a bare array
        PageFacts(
            page: "Pictures_GetPricePlans", endpoint: "Pictures/GetPricePlans", method: "GET",
            path: "/v1/pictures/getPricePlans", authentication: "api-key",
            request: ["UserID: integer", "VATIPAddress: string", "VATUserID: integer"],
            responseShape: "array of aws:PricePlans",
            response: [],
            inferredResponse: ["PricePlanID: integer", "Duration: string", "Price: decimal"]),
        // the copy ends before the Response section
        PageFacts(
            page: "Pictures_UpdatePricePlans", endpoint: "Pictures/UpdatePricePlans", method: "PUT",
            path: "/v1/Pictures/UpdatePricePlans", groupManagerPath: "/v1/Groups/Pictures/UpdatePricePlans",
            authentication: "access-token",
            request: ["PricePlans: array of aws:PricePlansInput"],
            responseShape: nil,
            response: []),
        // no Authentication section, no sample URL
        PageFacts(
            page: "Search_SearchFieldReports", endpoint: "Search/SearchFieldReports", method: "GET",
            path: "/v1/search/searchFieldReports", authentication: "unspecified",
            request: [
                "UserID: integer", "Nickname: string", "GenderID: integer", "ReportID: integer",
                "CreatedDateFrom: datetime", "CreatedDateTo: datetime", "MeetDateFrom: datetime",
                "MeetDateTo: datetime", "InCall: boolean", "OutCall: boolean", "Recommended: boolean",
                "VisitAgain: boolean", "MinReports: integer", "CountryID: integer", "RegionID: integer",
                "CountyID: integer", "OrderBy: string",
            ],
            responseShape: nil,
            response: []),
        // no Authentication section, no sample URL
        PageFacts(
            page: "Search_SearchPictures", endpoint: "Search/SearchPictures", method: "GET",
            path: "/v1/search/searchPictures", authentication: "unspecified",
            request: [
                "MinPictureSize: integer", "MinGalleryPrice: decimal", "MaxGalleryPrice: decimal",
                "MinGallerySize: integer", "Keywords: string", "IsEscort: boolean", "IsWebcam: boolean",
                "IsPhoneChat: boolean", "GenderID: integer", "MinAge: integer", "MaxAge: integer", "Ethnicity: string",
                "DressSize: string", "BustSize: string", "VATIPAddress: string",
            ],
            responseShape: nil,
            response: []),
        // no Authentication section, no sample URL
        PageFacts(
            page: "Search_SearchRentals", endpoint: "Search/SearchRentals", method: "GET",
            path: "/v1/search/searchRentals", authentication: "unspecified",
            request: [
                "UserID: integer", "GroupID: integer", "MinSize: big integer", "MaxSize: big integer",
                "MinDuration: integer", "MaxDuration: integer", "Keywords: string", "Nickname: string",
                "AspectRatio: string", "Uploaded: integer", "IsAmateur: boolean", "IsProfessional: boolean",
                "HasThumbnail: boolean", "IsEscort: boolean", "IsWebCam: boolean", "IsPhoneChat: boolean",
            ],
            responseShape: nil,
            response: []),
        // no Authentication section, no sample URL
        PageFacts(
            page: "Search_SearchTours", endpoint: "Search/SearchTours", method: "GET", path: "/v1/search/searchTours",
            authentication: "unspecified",
            request: [
                "PageSize: integer", "PageNumber: integer", "UserID: integer", "GenderID: integer",
                "OrientationID: integer", "MinAge: integer", "MaxAge: integer", "CountryID: integer",
                "RegionID: integer", "CountyID: integer", "Town: string", "TourDateFrom: datetime",
                "TourDateTo: datetime", "LocationProximityMiles: integer", "LocationProximityKilometres: integer",
            ],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Webcam_AcceptReceivedBooking", endpoint: "Webcam/AcceptReceivedBooking", method: "POST",
            path: "/v1/Webcam/AcceptReceivedBooking", authentication: "access-token",
            request: ["BookingID: integer", "Credits: decimal"],
            responseShape: "object",
            response: [
                "WebcamBookingID: integer", "Duration: integer", "Credits: decimal", "Status: string",
                "IsMulitple: boolean", "SoftwareTypeID: integer",
            ]),
        PageFacts(
            page: "Webcam_CancelMadeBooking", endpoint: "Webcam/CancelMadeBooking", method: "POST",
            path: "/v1/Webcam/CancelMadeBooking", authentication: "access-token",
            request: ["BookingID: integer", "Reason: string"],
            responseShape: "object",
            response: [
                "WebcamBookingID: integer", "Duration: integer", "Credits: decimal", "Status: string",
                "IsMulitple: boolean",
            ]),
        PageFacts(
            page: "Webcam_ConfirmMadeBooking", endpoint: "Webcam/ConfirmMadeBooking", method: "POST",
            path: "/v1/Webcam/ConfirmMadeBooking", authentication: "access-token",
            request: ["BookingID: integer"],
            responseShape: "object",
            response: [
                "WebcamBookingID: integer", "Duration: integer", "Credits: decimal", "Status: string",
                "IsMulitple: boolean", "SoftwareTypeID: integer",
            ]),
        // no Authentication section, no sample URL
        PageFacts(
            page: "Webcam_CreateBooking", endpoint: "Webcam/CreateBooking", method: "POST",
            path: "/v1/Webcam/CreateBooking", authentication: "unspecified",
            request: [
                "BookUserIDs: string", "AlsoPhoneChat: boolean", "PhoneNumber: string", "SessionDate: datetime",
                "Duration: integer", "Credits: decimal", "SoftwareTypeID: integer", "SignInNameOrEmail: string",
                "SendSMSOnAccept: boolean",
            ],
            responseShape: nil,
            response: []),
        // line 32: `/v1/WebCam/...` as on the page; line 72: `array of aws:WebCamUser`
        PageFacts(
            page: "Webcam_GetUserBookingRequirements", endpoint: "Webcam/GetUserBookingRequirements", method: "GET",
            path: "/v1/WebCam/GetUserBookingRequirements", authentication: "access-token",
            request: ["BookUserIDs: string of comma-separated integers"],
            responseShape: "array of aws:WebCamUser",
            response: []),
        PageFacts(
            page: "Webcam_MadeBookingDetails", endpoint: "Webcam/MadeBookingDetails", method: "GET",
            path: "/v1/Webcam/MadeBookingDetails", groupManagerPath: "/v1/Groups/Webcam/MadeBookingDetails",
            authentication: "access-token",
            request: ["BookingID: integer"],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Webcam_ReceivedBookingDetails", endpoint: "Webcam/ReceivedBookingDetails", method: "GET",
            path: "/v1/Webcam/ReceivedBookingDetails", groupManagerPath: "/v1/Groups/Webcam/ReceivedBookingDetails",
            authentication: "access-token",
            request: ["BookingID: integer"],
            responseShape: nil,
            response: []),
        PageFacts(
            page: "Webcam_RescheduleMadeBooking", endpoint: "Webcam/RescheduleMadeBooking", method: "POST",
            path: "/v1/Webcam/RescheduleMadeBooking", authentication: "access-token",
            request: ["BookingID: integer"],
            responseShape: "object",
            response: [
                "WebcamBookingID: integer", "Duration: integer", "Credits: decimal", "Status: string",
                "IsMulitple: boolean", "SoftwareTypeID: integer",
            ]),
    ]

    @Test("the table holds every page in Docs/Pages, once")
    func everyPage() throws {
        let directory = Self.repositoryRoot.appendingPathComponent("Docs/Pages")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        #expect(Self.pages.map(\.page).sorted() == files)
        #expect(Self.pages.count == 52)
    }

    @Test(
        "endpoint, method, paths, authentication, request, response shape and properties",
        arguments: CatalogPageTableTests.pages)
    func pageFacts(_ facts: PageFacts) throws {
        let schema = try Self.importPage(facts.page)
        #expect(schema.endpoint == facts.endpoint)
        #expect(schema.method == facts.method)
        #expect(schema.path == facts.path)
        #expect(schema.groupManagerPath == facts.groupManagerPath)
        #expect(schema.authentication?.value.rawValue == facts.authentication)

        Self.expectProperties(schema.request, facts.request, "request")
        #expect(schema.responseShape?.value.description == facts.responseShape)
        let properties = schema.response?.properties ?? []
        Self.expectProperties(properties.filter { $0.type.source != .sample }, facts.response, "response")
        Self.expectProperties(properties.filter { $0.type.source == .sample }, facts.inferredResponse, "inferred")
    }

    /// The names in order, and each type the page gives.
    static func expectProperties(_ properties: [PropertySchema], _ expected: [String], _ part: String) {
        let facts = expected.map(Self.split)
        #expect(properties.map(\.name) == facts.map { $0.name }, "\(part) names")
        let types = properties.map { $0.type.value.description }
        for (index, fact) in facts.enumerated() {
            guard let type = fact.type, index < properties.count, properties[index].name == fact.name else { continue }
            #expect(types[index] == type, "\(part) \(fact.name)")
        }
    }

    @Test(
        "every type spelling is read: unknown only where the page gives no type",
        arguments: CatalogPageTableTests.pages)
    func noUnreadTypeSpelling(_ facts: PageFacts) throws {
        let schema = try Self.importPage(facts.page)
        var unknown = schema.request.filter { $0.type.value.isUnknown }.map { "request.\($0.name)" }
        unknown += (schema.response?.properties ?? []).filter { $0.type.value.isUnknown }.map { "response.\($0.name)" }
        for name in schema.types.keys.sorted() {
            unknown += schema.types[name]!.properties.filter { $0.type.value.isUnknown }.map { "\(name).\($0.name)" }
        }
        let unexpected = unknown.filter { Self.unknownTypeExceptions["\(facts.page): \($0)"] == nil }
        #expect(unexpected == [], "types the importer did not read")
    }
}
