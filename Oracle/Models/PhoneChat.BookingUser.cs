// Mirror of AWModels' PhoneChat.BookingUser: contract `PhoneChatBookingUser` in
// API.Models.PhoneChat.Bookings, whose base contract in API.Models.Profile declares the
// feedback counts (members without Order: alphabetical, base first).
using System;
using System.Runtime.Serialization;

namespace API.Models.Profile
{
    [DataContract(Namespace = "http://schemas.datacontract.org/2004/07/API.Models.Profile")]
    public class ProfileFeedback
    {
        [DataMember] public int Total;
        [DataMember] public int Positive;
        [DataMember] public int Neutral;
        [DataMember] public int Negative;
        [DataMember] public int Ratings;
        [DataMember] public int Disputes;
    }
}

namespace API.Models.PhoneChat.Bookings
{
    [DataContract(Name = "PhoneChatBookingUser", Namespace = "http://schemas.datacontract.org/2004/07/API.Models.PhoneChat.Bookings")]
    [OracleModel("PhoneChat.BookingUser")]
    public class PhoneChatBookingUser : API.Models.Profile.ProfileFeedback
    {
        [DataMember] public int UserID;
        [DataMember, NotNull] public string Nickname;
        [DataMember] public string PhoneNumber;
        [DataMember] public string SkypeName;
    }
}
