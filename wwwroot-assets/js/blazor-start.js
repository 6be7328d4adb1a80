// Starts Blazor (App.razor loads its script with autostart="false") so that a dropped connection is not a stream of
// console errors: while the server is away every reconnect attempt fails by design, and the reconnect banner already
// tells the person. The connection's own messages are kept, one level down, as warnings (docs/decisions/0026).
(function () {
    const critical = 5; // SignalR's and Blazor's LogLevel.Critical; Error is 4, Warning 3
    const connectionLog = {
        log(level, message) {
            if (level >= critical) console.error(message);
            else if (level >= 3) console.warn(message);
        }
    };
    Blazor.start({
        circuit: {
            logLevel: critical,
            configureSignalR: builder => builder.configureLogging(connectionLog)
        }
    });
})();
