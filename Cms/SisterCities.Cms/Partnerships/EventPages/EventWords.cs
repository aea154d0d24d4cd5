namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary>The fixed labels of the events pages in Ukrainian and English (other cultures read English).</summary>
public sealed class EventWords(string culture)
{
    private readonly bool _uk = culture == "uk";

    public string Events => _uk ? "Події" : "Events";
    public string CityIntro => _uk ? "Торговельні місії, бізнес-форуми та візити, які громада проводить, приймає або в яких бере участь." : "Trade missions, business forums and visits the municipality hosts, holds or takes part in.";
    public string NetworkIntro => _uk ? "Торговельні місії, бізнес-форуми та промотури громад мережі." : "Trade missions, business forums and promotional tours of the network's municipalities.";
    public string Upcoming => _uk ? "Найближчі події" : "Upcoming events";
    public string Archive => _uk ? "Архів подій" : "Past events";
    public string NoUpcoming => _uk ? "Найближчих подій поки немає." : "No upcoming events yet.";
    public string NoPast => _uk ? "Минулих подій немає." : "No past events.";
    public string Calendar => _uk ? "Календар (iCalendar, .ics) — підписатися" : "Subscribe to the calendar (iCalendar, .ics)";
    public string AddToCalendar => _uk ? "Додати до календаря (.ics)" : "Add to calendar (.ics)";
    public string Register => _uk ? "Зареєструватися" : "Register";
    public string Kind => _uk ? "Тип" : "Type";
    public string When => _uk ? "Коли" : "When";
    public string Where => _uk ? "Де" : "Where";
    public string TimeZone => _uk ? "час київський" : "Kyiv time";
    public string Organiser => _uk ? "Організатор" : "Organiser";
    public string Participants => _uk ? "Учасники" : "Taking part";
    public string Businesses => _uk ? "Підприємства" : "Businesses";
    public string AllEvents => _uk ? "Усі події" : "All events";
    public string Months => _uk ? "Події за місяцями" : "Events by month";
    public string Cancelled => _uk ? "Скасовано" : "Cancelled";
    public string CancelledNotice => _uk ? "Подію скасовано." : "This event has been cancelled.";
    public string CancellationReason => _uk ? "Причина" : "Reason";
    public string Network => _uk ? "Мережа SisterCities" : "The SisterCities network";
}
