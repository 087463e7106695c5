// Made-up namespaces for ArchitectureTests' reader test: Caller refers to the others only where the IL shows it.
namespace Wengao.Tests.Repository.ArchitectureFixture.Called
{
    public static class Callee
    {
        public static object Make<T>() where T : new() => new T();
    }
}

namespace Wengao.Tests.Repository.ArchitectureFixture.Argument
{
    public sealed class Made;
}

namespace Wengao.Tests.Repository.ArchitectureFixture.Captured
{
    public sealed class Held(int value)
    {
        public int Value { get; } = value;
    }
}

namespace Wengao.Tests.Repository.ArchitectureFixture.Caller
{
    using Wengao.Tests.Repository.ArchitectureFixture.Argument;
    using Wengao.Tests.Repository.ArchitectureFixture.Called;
    using Wengao.Tests.Repository.ArchitectureFixture.Captured;

    public static class Calling
    {
        /// <summary>A generic method's argument and declaring type, named in no signature.</summary>
        public static object Run() => Callee.Make<Made>();

        /// <summary>A type used only in a lambda that captures a parameter, compiled into a nested closure class.</summary>
        public static Func<int> Later(int seed) => () => new Held(seed).Value;
    }
}
