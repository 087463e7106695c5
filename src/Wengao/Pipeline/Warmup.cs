using System.Runtime.CompilerServices;

namespace Wengao.Pipeline;

/// <summary>
/// What a build will read whatever it builds, made ahead on a thread of its own rather than on the critical path where
/// first read: on the sample, the sources load and parse on one thread meanwhile and the second core was idle
/// (docs/performance.md, session 17). Not on the thread pool: its two workers would be taken from the parse.
/// A step is made once (a static constructor, a face's Lazy): a thread that needs it first waits for it or makes it.
/// </summary>
internal static class Warmup
{
    /// <summary>
    /// Scriban's built-in functions (ScriptContext's static state, some 35 ms in the native program), the reading fold
    /// of the editions' name matching (13 ms) and the pinyin and stroke table of the lists' name order (18 ms), in the
    /// order a build first reads them. Each type is named where it is run, so the AOT compiler keeps its constructor.
    /// </summary>
    public static readonly Action[] Tables =
    [
        () => RuntimeHelpers.RunClassConstructor(typeof(Expand.ScriptContext).TypeHandle),
        () => RuntimeHelpers.RunClassConstructor(typeof(Redact.ReadingFold).TypeHandle),
        () => RuntimeHelpers.RunClassConstructor(typeof(Text.HanziTable).TypeHandle),
    ];

    /// <summary>Runs the steps one after the other on a background thread.</summary>
    public static void Start(params Action[] steps) =>
        new Thread(() =>
        {
            foreach (var step in steps)
            {
                // A step that fails fails again where the build reads what it makes, located there: here it is left to that.
                try { step(); }
                catch (Exception) { }
            }
        }) { IsBackground = true, Name = "warm-up" }.Start();
}
