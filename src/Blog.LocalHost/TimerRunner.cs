using NCrontab;

namespace Blog.LocalHost;

/// <summary>
/// The timer trigger, locally: runs each timer function on its NCRONTAB schedule (six fields,
/// with seconds; <c>%Setting%</c> resolved from configuration, as the Functions host does).
/// </summary>
public sealed class TimerRunner(IServiceProvider services, IConfiguration configuration, IReadOnlyList<FunctionBinding> functions, TimeProvider time, ILogger<TimerRunner> logger) : BackgroundService
{
    public static string ResolveSchedule(string schedule, IConfiguration configuration) =>
        schedule.StartsWith('%') && schedule.EndsWith('%')
            ? configuration[schedule.Trim('%')] ?? throw new InvalidOperationException($"The schedule setting {schedule} is not set.")
            : schedule;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(functions.Where(f => f.Kind == TriggerKind.Timer).Select(f => RunAsync(f, stoppingToken)));

    private async Task RunAsync(FunctionBinding function, CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(ResolveSchedule(function.Trigger, configuration), new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await Task.Delay(schedule.GetNextOccurrence(now) - now, time, stoppingToken);
            try
            {
                await FunctionInvoker.InvokeAsync(services, function, null, null, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Timer function {Function} failed", function.Name);
            }
        }
    }
}
