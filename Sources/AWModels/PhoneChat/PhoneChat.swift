/// The PhoneChat group of the AdultWork.com REST API v1 (`/v1/PhoneChat/...`): bookings of phone
/// and Skype sessions between clients and booked users.
///
/// Types are named after the API's own models (`ReceivedBooking`, `PhoneChatBookingUser` as
/// ``BookingUser``); their coding keys are the exact PascalCase wire names.
public enum PhoneChat {}
