using System.Reflection;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Blog.LocalHost;

public enum TriggerKind { Http, Blob, Timer }

/// <summary>One function as the Functions host sees it: its class, method and trigger.</summary>
public sealed record FunctionBinding(string Name, Type Class, MethodInfo Method, TriggerKind Kind, string Trigger, IReadOnlyList<string> HttpMethods)
{
    /// <summary>For HTTP: the route; for blobs: the path pattern (<c>articles/{name}</c>); for timers: the schedule.</summary>
    public string Trigger { get; } = Trigger;
}

/// <summary>
/// Finds the functions of an assembly from the same attributes the Functions SDK reads to
/// generate <c>functions.metadata</c>, so both hosts serve the same routes, paths and schedules.
/// </summary>
public static class FunctionCatalog
{
    private static readonly Type[] Supported = [typeof(HttpRequest), typeof(CancellationToken), typeof(string), typeof(BlobClient), typeof(TimerInfo)];

    public static IReadOnlyList<FunctionBinding> Discover(Assembly assembly)
    {
        var functions = new List<FunctionBinding>();
        foreach (var type in assembly.GetExportedTypes())
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function) continue;
            foreach (var parameter in method.GetParameters())
            {
                if (!Supported.Contains(parameter.ParameterType))
                    throw new NotSupportedException($"{function.Name}: the local host cannot bind a parameter of type {parameter.ParameterType.Name}.");
                switch (parameter.GetCustomAttribute<HttpTriggerAttribute>(), parameter.GetCustomAttribute<BlobTriggerAttribute>(), parameter.GetCustomAttribute<TimerTriggerAttribute>())
                {
                    case ({ } http, _, _):
                        functions.Add(new(function.Name, type, method, TriggerKind.Http, http.Route ?? function.Name, http.Methods ?? ["get", "post"]));
                        break;
                    case (_, { } blob, _):
                        functions.Add(new(function.Name, type, method, TriggerKind.Blob, blob.BlobPath, []));
                        break;
                    case (_, _, { } timer):
                        functions.Add(new(function.Name, type, method, TriggerKind.Timer, timer.Schedule, []));
                        break;
                }
            }
        }
        return functions;
    }
}
