global using Blog.Infra.Tests.Support;
global using Xunit;
