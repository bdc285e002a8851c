// Mirror of AWModels' PhoneChat.ReceivedBooking: contract name and namespace as its `dataContract` declares;
// members without Order (alphabetical, as the docs' XML sample shows them and DataContractEncoder writes them).
using System;
using System.Runtime.Serialization;

namespace API.Models.PhoneChat.Bookings.Received
{
    [DataContract(Name = "ReceivedBooking", Namespace = "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received")]
    [OracleModel("PhoneChat.ReceivedBooking")]
    public class ReceivedBooking
    {
        [DataMember] public int BookingID;
        [DataMember] public int Duration;
        [DataMember] public decimal Credits;
        [DataMember, NotNull] public string Status;   // Swift: BookingStatus, not optional
        [DataMember] public int Method;
        [DataMember] public string PhoneNumber;
        [DataMember] public string SkypeName;
        [DataMember] public DateTime CreateDate;
        [DataMember] public DateTime SessionDate;
        [DataMember] public DateTime AcceptBy;
        [DataMember] public DateTime? AcceptedDate;
        [DataMember] public DateTime? ConfirmedDate;
        [DataMember] public DateTime? CancelledDate;
        [DataMember] public string CancelledReason;
        [DataMember] public string CancelledBy;
        [DataMember] public string RejectedReason;
        [DataMember] public DateTime LastUpdated;
        [DataMember] public string Comments;
        [DataMember] public string ActionCandidate;
        [DataMember, NotNull] public API.Models.PhoneChat.Bookings.PhoneChatBookingUser Client;
    }
}
