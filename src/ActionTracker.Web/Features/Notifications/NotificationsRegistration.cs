using ActionTracker.Web.Features.Calendar;

namespace ActionTracker.Web.Features.Notifications;

public static class NotificationsRegistration
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddMailDelivery();
        services.AddSingleton<NotificationSender>();
        services.AddSingleton<ReminderScheduler>();
        services.AddSingleton<ReminderPass>();
        services.AddSingleton<CalendarService>();
        services.AddScoped<NotificationService>();
        if (configuration.GetValue(NotificationOptions.Section + ":" + nameof(NotificationOptions.Background), true))
        {
            services.AddHostedService<NotificationBackgroundService>();
        }

        return services;
    }
}
