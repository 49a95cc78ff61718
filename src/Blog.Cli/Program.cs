using System.CommandLine;
using Blog.Cli;

var parse = new RootCommand("Tools for the blog's authors.") { new UploadCommand() }.Parse(args);
var exitCode = await parse.InvokeAsync();
return parse.Errors.Count > 0 ? ExitCodes.CouldNotRun : exitCode;
