using MudBlazor;

namespace ActionTracker.Web.Components.Layout;

/// <summary>
/// The product's colours as a MudBlazor theme, light and dark. Every text colour meets WCAG 2.2 AA (4.5:1) on its
/// background; app.css takes its own colours from the same palette variables, so both follow the mode.
/// </summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00616e",
            Secondary = "#12294a",
            Tertiary = "#5a3e8a",
            AppbarBackground = "#12294a",
            AppbarText = "#ffffff",
            Background = "#ffffff",
            Surface = "#ffffff",
            BackgroundGray = "#f5f7fa",
            DrawerBackground = "#f5f7fa",
            DrawerText = "#1b1f24",
            TextPrimary = "#1b1f24",
            TextSecondary = "#4a4f57",
            Error = "#a4161a",
            Warning = "#7a4b00",
            Success = "#1e6b34",
            Info = "#0b4f9c",
            LinesDefault = "#c9ced6",
            TableLines = "#c9ced6",
            Divider = "#c9ced6",
            ActionDefault = "#4a4f57",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5cc8d6",
            PrimaryContrastText = "#0b1a30",
            SecondaryContrastText = "#0b1a30",
            Secondary = "#a9c4ee",
            Tertiary = "#c8b3f0",
            AppbarBackground = "#0b1a30",
            AppbarText = "#ffffff",
            Background = "#16181c",
            Surface = "#1f2228",
            BackgroundGray = "#24272e",
            DrawerBackground = "#1f2228",
            DrawerText = "#e8eaee",
            TextPrimary = "#e8eaee",
            TextSecondary = "#b9bec7",
            Error = "#ff8a8d",
            Warning = "#f2c14e",
            Success = "#7fd49a",
            Info = "#8ab8ff",
            LinesDefault = "#4a4f57",
            TableLines = "#4a4f57",
            Divider = "#4a4f57",
            ActionDefault = "#c9ced6",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Arial", "Liberation Sans", "sans-serif"] },
        },
    };
}
