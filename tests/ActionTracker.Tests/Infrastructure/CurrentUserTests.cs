using ActionTracker.Tests.Support;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Infrastructure;

public class CurrentUserTests
{
    [Fact]
    public async Task GetDisplayNameAsync_SignedIn_TheirName() =>
        Assert.Equal("Lucy Milner", await new CurrentUser(new SignedInUser("Lucy Milner")).GetDisplayNameAsync());

    [Fact]
    public async Task GetDisplayNameAsync_Anonymous_UnknownUser() =>
        Assert.Equal(CurrentUser.Anonymous, await new CurrentUser(new SignedInUser(null)).GetDisplayNameAsync());
}
