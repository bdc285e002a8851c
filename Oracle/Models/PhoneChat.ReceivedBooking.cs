// Mirror of AWModels' PhoneChat.ReceivedBooking: contract name, namespace and member order as its
// `dataContract` declares (one member group, in CodingKeys order, hence explicit Order values).
using System;
using System.Runtime.Serialization;

namespace API.Models.PhoneChat.Bookings.Received
{
    [DataContract(Name = "ReceivedBooking", Namespace = "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings.Received")]
    [OracleModel("PhoneChat.ReceivedBooking")]
    public class ReceivedBooking
    {
        [DataMember(Order = 0)] public int BookingID;
        [DataMember(Order = 1)] public int Duration;
        [DataMember(Order = 2)] public decimal Credits;
        [DataMember(Order = 3), NotNull] public string Status;   // Swift: BookingStatus, not optional
        [DataMember(Order = 4)] public int Method;
        [DataMember(Order = 5)] public string PhoneNumber;
        [DataMember(Order = 6)] public string SkypeName;
        [DataMember(Order = 7)] public DateTime CreateDate;
        [DataMember(Order = 8)] public DateTime SessionDate;
        [DataMember(Order = 9)] public DateTime AcceptBy;
        [DataMember(Order = 10)] public DateTime? AcceptedDate;
        [DataMember(Order = 11)] public DateTime? ConfirmedDate;
        [DataMember(Order = 12)] public DateTime? CancelledDate;
        [DataMember(Order = 13)] public string CancelledReason;
        [DataMember(Order = 14)] public string CancelledBy;
        [DataMember(Order = 15)] public string RejectedReason;
        [DataMember(Order = 16)] public DateTime LastUpdated;
        [DataMember(Order = 17)] public string Comments;
        [DataMember(Order = 18)] public string ActionCandidate;
        [DataMember(Order = 19), NotNull] public API.Models.PhoneChat.Bookings.PhoneChatBookingUser Client;
    }
}
